package by.vestnik.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import by.vestnik.load.FileStamps;
import java.util.concurrent.RecursiveAction;
import java.util.function.Predicate;

/**
 * The two walks publishing makes of a whole tree, each folder listed once and its subfolders in
 * parallel (at 43,000 folders a walk one folder after another was over a second of a rebuild).
 * Links are never followed: a link is an entry like a file.
 */
final class TreeWalk {
    /** Each entry of a tree: a file (or link, or other non-directory) by path, or an empty directory. Called from several threads. */
    interface Visitor {
        void visit(String path, boolean isEmptyDirectory) throws IOException;

        /** A folder below the root, with its stamp as it was just before it was listed (empty: unreadable). */
        default void folder(String path, Optional<FileStamps.Stamp> stamp) {
        }
    }

    /** What a walk does with a folder's listing; called from several threads. */
    private interface FolderWork {
        /** An entry that is not a folder, with its path relative to the root. */
        void other(Path entry, String path) throws IOException;

        /** The folder once its subfolders are done; {@code empty} when it had no entry at all. */
        void done(String path, List<Path> subfolders, boolean empty) throws IOException;

        /** A folder about to be listed, when its stamp is wanted (false: it is not taken). */
        default boolean wantsStamps() {
            return false;
        }

        default void stamp(String path, Optional<FileStamps.Stamp> stamp) {
        }
    }

    private TreeWalk() {
    }

    /** Visits every file and every empty folder of the tree under {@code root}. */
    static void entries(Path root, Visitor visitor) throws IOException {
        walk(root, new FolderWork() {
            @Override
            public void other(Path entry, String path) throws IOException {
                visitor.visit(path, false);
            }

            @Override
            public void done(String path, List<Path> subfolders, boolean empty) throws IOException {
                if (empty && !path.isEmpty()) {
                    visitor.visit(path, true);
                }
            }

            @Override
            public boolean wantsStamps() {
                return true;
            }

            @Override
            public void stamp(String path, Optional<FileStamps.Stamp> stamp) {
                if (!path.isEmpty()) {
                    visitor.folder(path, stamp);
                }
            }
        });
    }

    /**
     * Deletes from the tree every file {@code keepFile} refuses (by relative path) and every folder
     * {@code keepFolder} refuses, after its entries; a folder refused is expected to be empty by then.
     */
    static void prune(Path root, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) throws IOException {
        prune(root, "", keepFile, keepFolder, disk);
    }

    /** {@link #prune} of the folder at {@code path} under {@code root} (paths stay relative to the root). */
    static void prune(Path root, String path, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk)
            throws IOException {
        walk(root.resolve(path), path, new FolderWork() {
            @Override
            public void other(Path entry, String path) throws IOException {
                if (!keepFile.test(path)) {
                    disk.delete(entry);
                }
            }

            @Override
            public void done(String path, List<Path> subfolders, boolean empty) throws IOException {
                for (Path folder : subfolders) {
                    if (!keepFolder.test(folder)) {
                        Trees.delete(folder, disk);
                    }
                }
            }
        });
    }

    private static void walk(Path root, FolderWork work) throws IOException {
        walk(root, "", work);
    }

    private static void walk(Path dir, String path, FolderWork work) throws IOException {
        try {
            new Folder(dir, path, work).invoke();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One folder: listed once, its other entries handed over, its subfolders walked in parallel. */
    private static final class Folder extends RecursiveAction {
        private final Path dir;
        /** The folder's path relative to the root ("" for the root): its entries' paths are built on it, not relativized one by one. */
        private final String path;
        private final FolderWork work;

        Folder(Path dir, String path, FolderWork work) {
            this.dir = dir;
            this.path = path;
            this.work = work;
        }

        @Override
        protected void compute() {
            try {
                if (work.wantsStamps()) {
                    work.stamp(path, FileStamps.folder(dir));
                }
                List<Path> subfolders = new ArrayList<>();
                boolean empty = true;
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
                    for (Path entry : listing) {
                        empty = false;
                        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                            subfolders.add(entry);
                        } else {
                            work.other(entry, pathOf(entry));
                        }
                    }
                }
                invokeAll(subfolders.stream().map(folder -> new Folder(folder, pathOf(folder), work)).toList());
                work.done(path, subfolders, empty);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String pathOf(Path entry) {
            String name = entry.getFileName().toString();
            return path.isEmpty() ? name : path + "/" + name;
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
