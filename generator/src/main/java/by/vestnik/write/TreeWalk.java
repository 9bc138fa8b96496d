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
        run(new Folder(root, root, visitor, null, null, null));
    }

    /**
     * Deletes from the tree every file {@code keepFile} refuses (by relative path) and every folder
     * {@code keepFolder} refuses, after its entries; a folder refused is expected to be empty by then.
     */
    static void prune(Path root, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) throws IOException {
        run(new Folder(root, root, null, keepFile, keepFolder, disk));
    }

    private static void run(Folder top) throws IOException {
        try {
            top.invoke();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final class Folder extends RecursiveAction {
        private final Path root;
        private final Path dir;
        private final Visitor visitor;
        private final Predicate<String> keepFile;
        private final Predicate<Path> keepFolder;
        private final Disk disk;

        Folder(Path root, Path dir, Visitor visitor, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) {
            this.root = root;
            this.dir = dir;
            this.visitor = visitor;
            this.keepFile = keepFile;
            this.keepFolder = keepFolder;
            this.disk = disk;
        }

        @Override
        protected void compute() {
            try {
                List<Folder> folders = new ArrayList<>();
                int entries = 0;
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
                    for (Path entry : listing) {
                        entries++;
                        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                            folders.add(new Folder(root, entry, visitor, keepFile, keepFolder, disk));
                        } else if (visitor != null) {
                            visitor.visit(relative(root, entry), false);
                        } else if (!keepFile.test(relative(root, entry))) {
                            disk.delete(entry);
                        }
                    }
                }
                if (visitor != null && entries == 0 && !dir.equals(root)) {
                    visitor.visit(relative(root, dir), true);
                }
                invokeAll(folders);
                if (visitor == null) {
                    for (Folder folder : folders) {
                        if (!keepFolder.test(folder.dir)) {
                            Trees.delete(folder.dir, disk);
                        }
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
