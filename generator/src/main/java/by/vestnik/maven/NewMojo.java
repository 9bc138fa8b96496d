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
 * Starts a new story: {@code mvn vestnik:new -Dslug=sco-meeting -Dlang=ru} writes
 * {@code content/news/<today>-sco-meeting/ru.md} with its front matter filled in (as a draft),
 * or adds a language version to that story; never overwrites a file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public final class NewMojo extends AbstractMojo {

    @Parameter(property = "slug", required = true)
    private String slug;

    /** The language of the new version; the site's first language when not given. */
    @Parameter(property = "lang")
    private String lang;

    @Parameter(property = "vestnik.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    @Parameter(property = "vestnik.languages", defaultValue = "ru,be,en")
    private List<String> languages;

    @Parameter(property = "vestnik.timeZone", defaultValue = "UTC")
    private String timeZone;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            String language = lang == null || lang.isBlank() ? languages.get(0) : lang.trim();
            LocalDate today = LocalDate.now(ZoneId.of(timeZone));
            var file = StoryScaffold.create(contentDirectory.toPath(), languages, slug, language, today);
            getLog().info("vestnik: created " + file + " (a draft until you remove 'draft: true')");
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("vestnik: cannot create the story: " + e.getMessage(), e);
        }
    }
}
