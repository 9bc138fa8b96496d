package by.vestnik.check;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the checks found, each naming the page and, where known, the source file it came from. */
final class Findings {
    private final Map<String, Path> sources;
    private final Severity severity;
    private final Path shownRoot;
    private final List<Diagnostic> found = new ArrayList<>();

    Findings(Map<String, Path> sources, Severity severity, Path shownRoot) {
        this.sources = Map.copyOf(sources);
        this.severity = severity;
        this.shownRoot = shownRoot;
    }

    synchronized void report(String page, String message) {
        Path source = sources.get(page);
        String from = source == null ? "" : " (from " + source + ")";
        found.add(new Diagnostic(shownRoot.resolve(page), 0, 0, severity, message + from));
    }

    /** Everything reported, in the stable order of diagnostics. */
    synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(found);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
