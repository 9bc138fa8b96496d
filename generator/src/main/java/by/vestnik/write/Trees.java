package by.vestnik.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Removes a tree of publishing's own (staging, previous), links inside it removed as links.
 * Each entry is removed first and looked at only when that fails (a folder with entries): almost
 * all are files, so that costs one call each.
 */
public final class Trees {
    private Trees() {
    }

    /** Deletes the tree, if there is one, on the real disk. */
    public static void delete(Path root) throws IOException {
        delete(root, Disk.system());
    }

    static void delete(Path root, Disk disk) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            deleteEntries(root, disk);
        }
        disk.delete(root);
    }

    private static void deleteEntries(Path dir, Disk disk) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                try {
                    disk.delete(entry);
                } catch (DirectoryNotEmptyException e) {
                    deleteEntries(entry, disk);
                    disk.delete(entry);
                }
            }
        }
    }
}
