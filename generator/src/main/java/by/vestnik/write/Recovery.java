package by.vestnik.write;

import by.vestnik.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Clears or completes what an interrupted build left beside the output, before a new one starts.
 * The next manifest names the tree it describes by device and inode: if the output is that tree,
 * the swap had happened and only the record was missing; if the output is absent and the staging
 * tree is that one, the crash fell between the two renames of a system without an atomic
 * exchange, and the rename is finished. Anything else in staging never reached the output.
 */
final class Recovery {
    private final StateFiles state;
    private final Disk disk;
    private final Reporter reporter;

    Recovery(StateFiles state, Disk disk, Reporter reporter) {
        this.state = state;
        this.disk = disk;
        this.reporter = reporter;
    }

    void run() throws IOException {
        Optional<Manifest> next = Manifest.read(state.nextManifest());
        String name = state.output().getFileName().toString();
        if (next.isPresent() && next.get().tree().equals(key(state.output()))) {
            disk.rename(state.nextManifest(), state.manifest());
            reporter.info("the last build into " + name + " was interrupted just after it published; its manifest was completed");
        } else if (next.isPresent() && !StateFiles.exists(state.output()) && next.get().tree().equals(key(state.staging()))) {
            disk.rename(state.staging(), state.output());
            disk.rename(state.nextManifest(), state.manifest());
            disk.sync(state.output().getParent());
            reporter.info("the last build into " + name + " was interrupted while it replaced the site; "
                    + "the new site it had staged completely is now in place");
        }
        Files.deleteIfExists(state.nextManifest());
        if (StateFiles.exists(state.staging())) {
            reporter.info("removed " + state.staging().getFileName() + ", left by an interrupted build; "
                    + name + " holds the last complete build");
            Trees.delete(state.staging(), disk);
        }
        for (Path temporary : new Path[] {tmp(state.manifest()), tmp(state.nextManifest())}) {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path tmp(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static String key(Path dir) throws IOException {
        return StagedOutput.treeKeyOrAbsent(dir);
    }
}
