package by.vestnik.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    }

    private TreeWalk() {
    }

    /** Visits every file and every empty folder of the tree under {@code root}. */
    static void entries(Path root, Visitor visitor) throws IOException {
        run(new Entries(root, root, visitor));
    }

    /**
     * Deletes from the tree every file {@code keepFile} refuses (by relative path) and every folder
     * {@code keepFolder} refuses, after its entries; a folder refused is expected to be empty by then.
     */
    static void prune(Path root, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) throws IOException {
        run(new Prune(root, root, keepFile, keepFolder, disk));
    }

    private static void run(RecursiveAction top) throws IOException {
        try {
            top.invoke();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Receives an entry of a folder that is not a folder itself. */
    private interface Other {
        void accept(Path entry) throws IOException;
    }

    /** Lists one folder: its subfolders, in listing order; every other entry goes to {@code other}. */
    private static List<Path> list(Path dir, Other other) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path entry : listing) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry);
                } else {
                    other.accept(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }

    private static final class Entries extends RecursiveAction {
        private final Path root;
        private final Path dir;
        private final Visitor visitor;

        Entries(Path root, Path dir, Visitor visitor) {
            this.root = root;
            this.dir = dir;
            this.visitor = visitor;
        }

        @Override
        protected void compute() {
            int[] files = {0};
            List<Path> folders = list(dir, entry -> {
                files[0]++;
                visitor.visit(relative(root, entry), false);
            });
            if (files[0] == 0 && folders.isEmpty() && !dir.equals(root)) {
                try {
                    visitor.visit(relative(root, dir), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            invokeAll(folders.stream().map(folder -> new Entries(root, folder, visitor)).toList());
        }
    }

    private static final class Prune extends RecursiveAction {
        private final Path root;
        private final Path dir;
        private final Predicate<String> keepFile;
        private final Predicate<Path> keepFolder;
        private final Disk disk;

        Prune(Path root, Path dir, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) {
            this.root = root;
            this.dir = dir;
            this.keepFile = keepFile;
            this.keepFolder = keepFolder;
            this.disk = disk;
        }

        @Override
        protected void compute() {
            List<Path> folders = list(dir, entry -> {
                if (!keepFile.test(relative(root, entry))) {
                    disk.delete(entry);
                }
            });
            invokeAll(folders.stream().map(folder -> new Prune(root, folder, keepFile, keepFolder, disk)).toList());
            try {
                for (Path folder : folders) {
                    if (!keepFolder.test(folder)) {
                        Trees.delete(folder, disk);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
