package by.vestnik.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Walks a directory tree and hands each regular file's relative path ('/'-separated) and
 * {@link Stamp} to a visitor. One stat per entry gives everything (a {@code Files.walk} followed
 * by {@code readAttributes} costs more system calls per file, which at tens of thousands of files
 * was most of an unchanged rebuild), and folders are listed in parallel, on the pool of the
 * caller. Links are followed, as the loader reads through them: an edit behind a link is an edit.
 */
public final class FileStamps {
    /**
     * What a file is on disk: size, modification and change time (nanoseconds), inode. The change
     * time and inode are -1 where the file system does not tell them.
     */
    public record Stamp(long size, long modifiedNanos, long changedNanos, long inode) {
        /** Vanished, unreadable or a link loop: a stamp no real file has, so it never matches. */
        public static final Stamp UNREADABLE = new Stamp(-1, -1, -1, -1);

        public long modifiedMillis() {
            return modifiedNanos < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(modifiedNanos);
        }

        /**
         * The same file with the same bytes, as far as a stat tells: inode, size and modification
         * time. The change time is left out: a hard link to the file (as publishing makes) changes it.
         */
        public boolean sameFile(Stamp other) {
            return inode >= 0 && inode == other.inode && size == other.size && modifiedNanos == other.modifiedNanos;
        }
    }

    /** One regular file of the tree; called from several threads at once. */
    @FunctionalInterface
    public interface Visitor {
        /** @return false to stop the walk */
        boolean visit(String path, Stamp stamp);
    }

    /** The files of a tree by path. */
    public record Listing(Map<String, Stamp> files) {
        static final Listing EMPTY = new Listing(Map.of());
    }

    /**
     * Folders whose names a walk may take as known instead of listing the folder again: a file
     * added, removed or renamed in a folder sets its modification and change time, so a folder
     * whose stamp is the one remembered with its names still holds those names.
     */
    public interface KnownFolders {
        KnownFolders NONE = (folder, stamp) -> null;

        /** The folder's names as remembered with {@code stamp}, or null to list it. */
        List<String> names(Path folder, Stamp stamp);

        /** A folder as the walk listed it (its stamp taken before the listing), for remembering; called from several threads. */
        default void listed(Path folder, Stamp stamp, List<String> names) {
        }
    }

    private static final boolean UNIX_VIEW = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private FileStamps() {
    }

    /**
     * @param stop asked before each file; true ends the walk early (the answer is no longer needed)
     * @return true when every file was visited, false when the visitor or {@code stop} ended the walk
     * @throws IOException when the root cannot be listed
     */
    public static boolean walk(Path root, BooleanSupplier stop, Visitor visitor) throws IOException {
        return walk(root, stop, visitor, KnownFolders.NONE);
    }

    /** The same walk, taking the names of the folders {@code known} vouches for from there. */
    public static boolean walk(Path root, BooleanSupplier stop, Visitor visitor, KnownFolders known) throws IOException {
        AtomicBoolean stopped = new AtomicBoolean();
        Entry rootEntry = readEntry(root); // not a folder: the listing below fails, as it should
        Stamp rootStamp = rootEntry.directory() ? rootEntry.stamp() : Stamp.UNREADABLE;
        Object rootKey = rootEntry.key();
        Folder top = new Folder(root, rootStamp, "", rootKey == null ? List.of() : List.of(rootKey), stop, visitor,
                known, stopped);
        top.listOrFail();
        ForkJoinTask.invokeAll(top.subfolders);
        return !stopped.get();
    }

    /** Every regular file of the tree, by path; empty when the root cannot be listed. */
    public static Listing list(Path root) {
        Map<String, Stamp> files = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            if (Files.isDirectory(root)) {
                walk(root, () -> false, (path, stamp) -> files.put(path, stamp) == null);
            }
        } catch (IOException e) {
            return Listing.EMPTY;
        }
        return new Listing(files);
    }

    /**
     * The modification time of a regular file of this size (links followed, as the walk does):
     * what a record of the tree compares without listing folders again. Empty when it is gone,
     * unreadable, no regular file, or of another size.
     */
    public static java.util.OptionalLong modified(Path file, long size) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile() || a.size() != size) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(nanos(a.lastModifiedTime()));
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** One regular file's stamp, the file itself (not a link's target); empty when it is no readable regular file. */
    public static java.util.Optional<Stamp> of(Path file) {
        return regularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** A regular file's stamp as a walk sees it, a link followed to its file; empty when it is no readable regular file. */
    public static java.util.Optional<Stamp> following(Path file) {
        return regularFile(file);
    }

    /** A folder's stamp (size 0), the folder itself (not a link's target); empty when it is no readable folder. */
    public static java.util.Optional<Stamp> folder(Path dir) {
        Entry entry = entry(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return entry == null || !entry.directory() ? java.util.Optional.empty() : java.util.Optional.of(entry.stamp());
    }

    private static java.util.Optional<Stamp> regularFile(Path file, java.nio.file.LinkOption... options) {
        Entry entry = entry(file, options);
        return entry == null || entry.directory() ? java.util.Optional.empty() : java.util.Optional.ofNullable(entry.stamp());
    }

    /** One folder: its files visited, its subfolders forked. */
    private static final class Folder extends RecursiveAction {
        private final Path dir;
        private final Stamp stamp;
        private final String prefix;
        private final List<Object> ancestors;
        private final BooleanSupplier stop;
        private final Visitor visitor;
        private final KnownFolders known;
        private final AtomicBoolean stopped;
        private final List<Folder> subfolders = new ArrayList<>();

        Folder(Path dir, Stamp stamp, String prefix, List<Object> ancestors, BooleanSupplier stop, Visitor visitor,
               KnownFolders known, AtomicBoolean stopped) {
            this.dir = dir;
            this.stamp = stamp;
            this.prefix = prefix;
            this.known = known;
            this.ancestors = ancestors;
            this.stop = stop;
            this.visitor = visitor;
            this.stopped = stopped;
        }

        @Override
        protected void compute() {
            try {
                listOrFail();
            } catch (IOException e) {
                // a folder that vanished or cannot be listed: seen as an unreadable file, so it never matches
                visit(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), Stamp.UNREADABLE);
                return;
            }
            ForkJoinTask.invokeAll(subfolders);
        }

        void listOrFail() throws IOException {
            List<String> names = known.names(dir, stamp);
            if (names != null) {
                for (String name : names) {
                    if (!visitEntry(dir.resolve(name))) {
                        return;
                    }
                }
                return;
            }
            List<String> listed = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    listed.add(entry.getFileName().toString());
                    if (!visitEntry(entry)) {
                        return;
                    }
                }
            }
            known.listed(dir, stamp, listed);
        }

        /** @return false once the walk is stopped */
        private boolean visitEntry(Path entry) {
            if (stopped.get()) {
                return false;
            }
            String name = prefix + entry.getFileName();
            Entry found = entry(entry);
            if (found == null) {
                visit(name, Stamp.UNREADABLE);
            } else if (found.directory()) {
                if (found.key() != null && ancestors.contains(found.key())) {
                    visit(name, Stamp.UNREADABLE); // a link back up the tree
                    return true;
                }
                List<Object> path = new ArrayList<>(ancestors);
                path.add(found.key());
                subfolders.add(new Folder(entry, found.stamp(), name + "/", path, stop, visitor, known, stopped));
            } else if (found.stamp() != null) {
                visit(name, found.stamp());
            }
            return true;
        }

        private void visit(String path, Stamp stamp) {
            if (stopped.get() || stop.getAsBoolean() || !visitor.visit(path, stamp)) {
                stopped.set(true);
            }
        }
    }

    /**
     * A directory (with its key, for loops, and a stamp of which the size does not count)
     * or a regular file (with its stamp); null when unreadable.
     */
    private record Entry(boolean directory, Object key, Stamp stamp) {
    }

    private static Entry entry(Path entry, java.nio.file.LinkOption... options) {
        try {
            return readEntry(entry, options);
        } catch (IOException e) {
            // a dangling link is no file (skipped, as before); anything else cannot be read
            return Files.isSymbolicLink(entry) ? DANGLING : null;
        }
    }

    private static Entry readEntry(Path entry, java.nio.file.LinkOption... options) throws IOException {
        if (UNIX_VIEW) {
            Map<String, Object> a = Files.readAttributes(entry,
                    "unix:isDirectory,isRegularFile,fileKey,size,lastModifiedTime,ctime,ino", options);
            if ((Boolean) a.get("isDirectory")) {
                return new Entry(true, a.get("fileKey"), new Stamp(0, nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")), (Long) a.get("ino")));
            }
            return new Entry(false, null, (Boolean) a.get("isRegularFile")
                    ? new Stamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                    nanos((FileTime) a.get("ctime")), (Long) a.get("ino"))
                    : null);
        }
        BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, options);
        if (a.isDirectory()) {
            return new Entry(true, a.fileKey(), folderStamp(a.lastModifiedTime()));
        }
        return new Entry(false, null, a.isRegularFile()
                ? new Stamp(a.size(), nanos(a.lastModifiedTime()), -1, -1) : null);
    }

    private static Stamp folderStamp(FileTime modified) {
        return new Stamp(0, nanos(modified), -1, -1);
    }

    private static final Entry DANGLING = new Entry(false, null, null);

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
