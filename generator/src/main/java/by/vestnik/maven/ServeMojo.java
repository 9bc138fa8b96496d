package by.vestnik.maven;

import by.vestnik.SiteConfig;
import by.vestnik.serve.PreviewSession;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into a preview directory, serves it on a local address under the base URL's
 * sub-path, rebuilds on every change to the content or templates and reloads open pages. Errors
 * are printed and shown over the page; the server keeps serving the last good build. Ctrl-C stops.
 * Takes the parameters of <code>build</code> as well; runs once, in the project Maven was started in.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true, aggregator = true)
public final class ServeMojo extends BuildMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "vestnik.port", defaultValue = "8080")
    private int port;

    /** The address to listen on; anything but loopback exposes the preview to the network. */
    @Parameter(property = "vestnik.host", defaultValue = "127.0.0.1")
    private String host;

    /** Where the preview is built; not the published output, since it may show drafts. */
    @Parameter(property = "vestnik.previewDirectory", defaultValue = "${project.build.directory}/vestnik-preview")
    private File previewDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SiteConfig published = config();
        // the preview never writes into the published output, and a broken link must not stop it
        SiteConfig preview = published.toBuilder()
                .outputDir(previewDirectory.toPath())
                .linkCheck(SiteConfig.LinkCheck.WARN)
                .build();
        MavenReporter reporter = new MavenReporter(getLog(), preview.projectDir());
        try (PreviewSession session = PreviewSession.start(preview, reporter, host, port)) {
            getLog().info("vestnik: serving " + session.url() + " (Ctrl-C stops)");
            session.awaitTermination();
        } catch (IOException e) {
            throw new MojoExecutionException("vestnik: cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        }
    }
}
