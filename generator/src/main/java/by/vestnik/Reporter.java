package by.vestnik;

import by.vestnik.diag.Diagnostic;

/** Where the engine's messages go: Maven's log, the console, or a test's list. */
public interface Reporter {
    void diagnostic(Diagnostic diagnostic);

    void info(String message);

    void debug(String message);

    /** A reporter that prints to standard error, for the plain {@code main} entry point. */
    static Reporter console(java.nio.file.Path base, boolean verbose) {
        return new Reporter() {
            @Override
            public void diagnostic(Diagnostic d) {
                System.err.println("vestnik: " + d.format(base));
            }

            @Override
            public void info(String message) {
                System.err.println("vestnik: " + message);
            }

            @Override
            public void debug(String message) {
                if (verbose) {
                    System.err.println("vestnik: [debug] " + message);
                }
            }
        };
    }
}
