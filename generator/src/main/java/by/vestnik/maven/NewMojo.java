package by.vestnik.maven;

import by.vestnik.load.StoryScaffold;
import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new story: {@code mvn vestnik:new -Dvestnik.title="Заседание…" -Dlang=ru} writes
 * {@code content/news/<today>-<slug of the title>/ru.md} with its front matter filled in (as a
 * draft); {@code -Dslug=sco-meeting} names the folder instead,
 * or adds a language version to that story; never overwrites a file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public final class NewMojo extends AbstractMojo {

    /** The story's URL segment; when not given, made from the title by the ministry's scheme. */
    @Parameter(property = "slug")
    private String slug;

    /** The title of the new version, in its language; also gives the slug when none is given. */
    @Parameter(property = "vestnik.title")
    private String title;

    /** The language of the new version; the site's first language when not given. */
    @Parameter(property = "lang")
    private String lang;

    @Parameter(property = "vestnik.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** Where {@code slugs/<lang>.txt} may override the plugin's slug rules. */
    @Parameter(property = "vestnik.templatesDirectory", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    @Parameter(property = "vestnik.languages", defaultValue = "ru,be,en")
    private List<String> languages;

    @Parameter(property = "vestnik.timeZone", defaultValue = "UTC")
    private String timeZone;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            String language = lang == null || lang.isBlank() ? languages.get(0) : lang.trim();
            LocalDate today = LocalDate.now(ZoneId.of(timeZone));
            var file = StoryScaffold.create(contentDirectory.toPath(), templatesDirectory.toPath(), languages,
                    slug, title, language, today);
            getLog().info("vestnik: created " + file + " (a draft until you remove 'draft: true')");
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("vestnik: cannot create the story: " + e.getMessage(), e);
        }
    }
}
