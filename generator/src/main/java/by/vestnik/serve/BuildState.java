package by.vestnik.serve;

import by.vestnik.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of the latest build while serving: a generation number that grows with every
 * build, and the errors of the latest one (empty when it succeeded). Pages wait on it to reload.
 */
final class BuildState {
    private long generation;
    private List<String> errors = List.of();
    /** Requests waiting for the next build right now (open pages' long-polls): a fact tests wait on. */
    private int waiting;

    synchronized void succeeded() {
        errors = List.of();
        generation++;
        notifyAll();
    }

    synchronized void failed(List<Diagnostic> diagnostics, Path projectDir) {
        errors = diagnostics.stream().filter(Diagnostic::isError).map(d -> d.format(projectDir)).toList();
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    synchronized List<String> errors() {
        return errors;
    }

    /** A generation with its own errors, read together. */
    record Snapshot(long generation, List<String> errors) {
    }

    /** Waits until a build newer than {@code seen} finished, or the timeout passed; then what is current. */
    synchronized Snapshot awaitSnapshotNewerThan(long seen, long timeoutMillis) throws InterruptedException {
        awaitNewerThan(seen, timeoutMillis);
        return new Snapshot(generation, errors);
    }

    /** Waits until a build newer than {@code seen} finished, or the timeout passed. */
    synchronized long awaitNewerThan(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        waiting++;
        try {
            while (generation <= seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
        } finally {
            waiting--;
        }
        return generation;
    }

    /** How many requests are waiting for a build newer than the one they saw. */
    synchronized int waiting() {
        return waiting;
    }
}
