package by.vestnik;

import by.vestnik.diag.Diagnostic;
import java.util.List;

/** The content or templates have errors; each was already passed to the {@link Reporter}. */
public final class BuildFailedException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return "the site was not built: " + errors + (errors == 1 ? " error" : " errors")
                + " in the content or templates; " + "the previous output was left as it was";
    }
}
