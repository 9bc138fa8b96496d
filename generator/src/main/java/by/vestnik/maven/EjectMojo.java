package by.vestnik.maven;

import by.vestnik.eject.TemplateEjector;
import by.vestnik.render.EmbeddedTheme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts an override: copies embedded templates, theme files or message bundles into
 * <code>templatesDirectory</code>, where they replace the embedded ones, e.g.
 * <code>mvn vestnik:eject -Dvestnik.files=article.ftlh,static/style.css,messages/messages_en.properties</code>
 * (<code>messages</code>, <code>static</code> or <code>all</code> name a whole group). Never
 * overwrites: if a file is there already, nothing is copied and the build fails naming it.
 * Without <code>vestnik.files</code> it lists the embedded files. Runs once, in the project Maven
 * was started in.
 */
@Mojo(name = "eject", threadSafe = true, requiresProject = true, aggregator = true)
public final class EjectMojo extends AbstractMojo {

    /** The embedded files to copy, named as under <code>templates/</code>, comma-separated. */
    @Parameter(property = "vestnik.files")
    private List<String> files;

    /** The project's templates, where the copies go. */
    @Parameter(property = "vestnik.templatesDirectory", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path project = projectDirectory.toPath();
        if (files == null || files.isEmpty()) {
            getLog().info("vestnik: embedded theme files (copy with -Dvestnik.files=NAME,NAME…; "
                    + "messages, static or all for a group):");
            EmbeddedTheme.names().forEach(name -> getLog().info("vestnik:   " + name));
            return;
        }
        TemplateEjector.Result result;
        try {
            result = new TemplateEjector(templatesDirectory.toPath()).eject(files);
        } catch (IOException e) {
            throw new MojoExecutionException("vestnik: cannot copy into " + templatesDirectory + ": " + e.getMessage(), e);
        }
        MavenReporter reporter = new MavenReporter(getLog(), project);
        result.problems().forEach(reporter::diagnostic);
        if (!result.problems().isEmpty()) {
            throw new MojoFailureException("vestnik: nothing copied: " + result.problems().size()
                    + (result.problems().size() == 1 ? " problem" : " problems") + " (above)");
        }
        for (Path file : result.written()) {
            Path shown = file.startsWith(project) ? project.relativize(file) : file;
            getLog().info("vestnik: copied the embedded version to " + shown.toString().replace('\\', '/'));
        }
    }
}
