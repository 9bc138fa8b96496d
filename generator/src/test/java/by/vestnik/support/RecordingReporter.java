package by.vestnik.support;

import by.vestnik.Reporter;
import by.vestnik.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the engine reports, for assertions. */
public final class RecordingReporter implements Reporter {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final List<String> debugs = new ArrayList<>();

    @Override
    public synchronized void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    @Override
    public synchronized void info(String message) {
        infos.add(message);
    }

    @Override
    public synchronized void debug(String message) {
        debugs.add(message);
    }

    /** The messages of the debug log ({@code -X}): stage times, image counts. */
    public synchronized List<String> debugs() {
        return List.copyOf(debugs);
    }

    public synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The diagnostics as the build log shows them, files relative to {@code base}. */
    public synchronized List<String> formatted(Path base) {
        return diagnostics.stream().map(d -> d.format(base)).toList();
    }
}
