package by.vestnik.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build, from any thread, so that all of them are reported at once.
 * The same problem (same file, line, column and message) is reported once, however often it is
 * met: a body whose replay from the last build's memo fell short is rendered after all, and the
 * questions both asked report the same problems.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final java.util.Set<Diagnostic> seen = new java.util.HashSet<>();

    public synchronized void add(Diagnostic diagnostic) {
        if (seen.add(diagnostic)) {
            all.add(diagnostic);
        }
    }

    public void error(Path file, int line, String message) {
        add(Diagnostic.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        add(Diagnostic.warning(file, line, message));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    /** All diagnostics in a stable order: by file, line, column, message. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }
}
