package by.vestnik.maven;

import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.model.TranslationCoverage;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists, per language, the published stories that have no version in it (folder, date, the
 * languages it has), newest first. With {@code requiredTranslations} a story missing one of those
 * languages fails the goal, after the whole list was printed. Takes the same parameters as
 * {@code build}; reads the content only, writes nothing.
 */
@Mojo(name = "translations", threadSafe = true, requiresProject = true)
public final class TranslationsMojo extends BuildMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        SiteConfig config = config();
        TranslationCoverage coverage = run(() -> Vestnik.translations(config, new MavenReporter(getLog(), config.projectDir())));
        coverage.lines().forEach(line -> getLog().info("vestnik: " + line));
        long required = config.requiredTranslations().stream().mapToLong(l -> coverage.missing(l).size()).sum();
        if (required > 0) {
            throw new MojoFailureException("vestnik: " + required + (required == 1 ? " version" : " versions")
                    + " missing in " + String.join(", ", config.requiredTranslations()) + " (requiredTranslations)");
        }
    }
}
