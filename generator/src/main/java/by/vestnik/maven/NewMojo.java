package by.vestnik.maven;

import by.vestnik.load.StoryScaffold;
import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new story: <code>mvn vestnik:new -Dvestnik.title="Заседание…" -Dvestnik.lang=ru</code> writes
 * <code>content/news/&lt;date&gt;-&lt;slug&gt;/&lt;lang&gt;.md</code> (the date is today's in
 * <code>timeZone</code>, the slug made from the title, or <code>-Dvestnik.slug=sco-meeting</code>)
 * with its front matter filled in, as a draft; run again with another <code>vestnik.lang</code>,
 * it adds that language version to the same story. Never overwrites a file. Runs once, in the
 * project Maven was started in (the site), not in each module of a reactor.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true, aggregator = true)
public final class NewMojo extends AbstractMojo {

    /** The story's URL segment; when not given, made from the title by the ministry's scheme. */
    @Parameter(property = "vestnik.slug")
    private String slug;

    /** The title of the new version, in its language; also gives the slug when none is given. */
    @Parameter(property = "vestnik.title")
    private String title;

    /** The language of the new version; the site's first language when not given. */
    @Parameter(property = "vestnik.lang")
    private String lang;

    /** Where the site's stories are; the story is written under its <code>news/</code>. */
    @Parameter(property = "vestnik.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** Where <code>slugs/&lt;lang&gt;.txt</code> may override the plugin's slug rules. */
    @Parameter(property = "vestnik.templatesDirectory", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    /** The site's languages; the new version must be one of them. */
    @Parameter(property = "vestnik.languages", defaultValue = "ru,be,en")
    private List<String> languages;

    /** The zone whose today dates the story. */
    @Parameter(property = "vestnik.timeZone", defaultValue = "UTC")
    private String timeZone;

    /** To read the names this goal had before <code>vestnik.slug</code> and <code>vestnik.lang</code>. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true, required = true)
    private Properties userProperties;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String slug = DeprecatedProperty.value(this.slug, "vestnik.slug", "slug", userProperties, getLog());
        String lang = DeprecatedProperty.value(this.lang, "vestnik.lang", "lang", userProperties, getLog());
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
