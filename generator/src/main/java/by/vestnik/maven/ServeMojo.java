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
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public final class ServeMojo extends BuildMojo {

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
        SiteConfig preview = SiteConfig.builder()
                .projectDir(published.projectDir())
                .contentDir(published.contentDir())
                .templatesDir(published.templatesDir())
                .outputDir(previewDirectory.toPath())
                .baseUrl(published.baseUrl().toString())
                .languages(published.languages())
                .timeZone(published.timeZone())
                .now(published.now())
                .drafts(published.drafts())
                .feedSize(published.feedSize())
                .pageSize(published.pageSize())
                .allowedHtmlElements(published.allowedHtmlElements())
                .threads(published.threads())
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
