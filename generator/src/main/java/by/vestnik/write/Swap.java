package by.vestnik.write;

import by.vestnik.Reporter;
import java.io.IOException;

/**
 * Puts the staging tree in the output's place. Where the file system can, one atomic exchange:
 * the output name holds the old tree until the instant it holds the new one. Elsewhere two
 * renames, between which the output is absent for a moment; a crash there is completed by the
 * next build ({@link Recovery}).
 */
final class Swap {
    private final StateFiles state;
    private final Disk disk;
    private final Reporter reporter;

    Swap(StateFiles state, Disk disk, Reporter reporter) {
        this.state = state;
        this.disk = disk;
        this.reporter = reporter;
    }

    void run() throws IOException {
        if (!StateFiles.exists(state.output())) {
            disk.rename(state.staging(), state.output());
        } else {
            try {
                disk.exchange(state.staging(), state.output());
            } catch (UnsupportedOperationException e) {
                reporter.info(e.getMessage() + ": " + state.output().getFileName()
                        + " is replaced by two renames, and is absent for the moment between them");
                disk.rename(state.output(), state.previous());
                disk.rename(state.staging(), state.output());
            }
        }
        // no sync of the parent here: from the exchange on, the new site is live and the build has
        // published, whatever fails after it; the sync comes with the tidying that follows
        // (StagedOutput), and a crash before it leaves whole trees that Recovery tells apart
    }
}
