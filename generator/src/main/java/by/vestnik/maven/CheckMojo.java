package by.vestnik.maven;

import by.vestnik.BuildFailedException;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the site already in {@code outputDirectory}: internal links and images resolve, hreflang
 * groups are complete and reciprocal with x-default, feeds are RSS 2.0 with absolute links, the
 * sitemap lists every page. {@code build} runs the same check before it publishes; this goal is
 * for a site built earlier, bound to {@code verify} where a project wants it. Takes the same
 * parameters as {@code build}.
 */
@Mojo(name = "check", threadSafe = true, requiresProject = true)
public final class CheckMojo extends BuildMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        SiteConfig config = config();
        if (config.linkCheck() == SiteConfig.LinkCheck.OFF) {
            getLog().info("vestnik: check is off (vestnik.linkCheck=OFF)");
            return;
        }
        try {
            int findings = Vestnik.check(config, new MavenReporter(getLog(), config.projectDir())).size();
            getLog().info("vestnik: checked " + config.outputDir() + ": " + findings
                    + (findings == 1 ? " warning" : " warnings"));
        } catch (BuildFailedException e) {
            throw new MojoFailureException("vestnik: the site in " + config.outputDir() + " failed its check: "
                    + e.diagnostics().stream().filter(d -> d.isError()).count() + " problems");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("vestnik: internal error: " + e, e);
        }
    }
}
