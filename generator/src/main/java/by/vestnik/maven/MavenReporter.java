package by.vestnik.maven;

import by.vestnik.Reporter;
import by.vestnik.diag.Diagnostic;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/** The engine's messages on Maven's log, files named relative to the project. */
final class MavenReporter implements Reporter {
    private final Log log;
    private final Path projectDir;

    MavenReporter(Log log, Path projectDir) {
        this.log = log;
        this.projectDir = projectDir;
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        String line = "vestnik: " + diagnostic.format(projectDir);
        if (diagnostic.isError()) {
            log.error(line);
        } else {
            log.warn(line);
        }
    }

    @Override
    public void info(String message) {
        log.info("vestnik: " + message);
    }

    @Override
    public void debug(String message) {
        log.debug("vestnik: " + message);
    }
}
