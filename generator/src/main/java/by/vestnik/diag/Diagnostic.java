package by.vestnik.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in the content or templates. Line and column are 1-based; 0 means unknown.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/news/x/ru.md:12:3: error: message}, the file relative to {@code base}. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(relativeName(base, file));
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(message).toString();
    }

    private static String relativeName(Path base, Path file) {
        Path shown = file;
        if (base != null && file.isAbsolute() && file.normalize().startsWith(base.normalize())) {
            shown = base.normalize().relativize(file.normalize());
        }
        return shown.toString().replace('\\', '/');
    }
}
