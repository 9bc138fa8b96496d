package by.vestnik.write;

import by.vestnik.load.FileStamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the tree the last build replaced holds, as that build's walk of the live output found it
 * just before the swap: every file (or link) by path, and every folder with its stamp taken just
 * before it was listed. The next build reuses that tree as its staging tree and must remove what
 * it neither publishes nor keeps; with this listing it lists again only the folders whose stamp
 * changed since (at 43,000 folders, listing them all was a second or more of a one-edit rebuild).
 *
 * <p>Nothing in the reused tree is trusted on the listing's word alone: an entry added, removed
 * or renamed in a folder sets the folder's modification and change time, so a folder whose stamp
 * (inode, modification and change time) is the one listed holds the names listed; any other
 * folder, and the top one (a rename sets its change time), is listed again. The listing names
 * the replaced tree and the live one by identity, and a build {@linkplain #take takes} it,
 * deleting it durably, before it changes the reused tree: a build that fails or is killed leaves
 * no listing, and the next one walks the whole tree.
 */
final class PreviousTree {
    private static final String HEADER = "vestnik-previous 2";
    private static final String FILE = "f\t";
    private static final String FOLDER = "d\t";

    /** The listing's lines of entries, one text (after {@link #verify}, the folders' without their stamps). */
    private String lines;
    /** Folders of the listing whose stamp is not the listed one: listed again when pruning. */
    private Set<String> changedFolders;

    private PreviousTree(String lines) {
        this.lines = lines;
    }

    /**
     * The listing of the replaced tree, when the file beside the output describes the trees that
     * are there now; the file is deleted either way, and the deletion is on the disk before this
     * returns.
     */
    static Optional<PreviousTree> take(StateFiles state, Disk disk) throws IOException {
        Path file = state.previousListing();
        if (!StateFiles.exists(file)) {
            return Optional.empty();
        }
        Optional<PreviousTree> listing = read(file, key(state.previous()), key(state.output()));
        disk.delete(file);
        disk.sync(file.getParent());
        return listing;
    }

    private static Optional<PreviousTree> read(Path file, String previousKey, String outputKey) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String head = HEADER + "\n" + previousKey + "\n" + outputKey + "\n";
            // a listing cut short (written, then the power failed before it reached the disk) has no last line
            int end = text.lastIndexOf("end\n");
            if (!text.startsWith(head) || end < head.length() || end + 4 != text.length()) {
                return Optional.empty();
            }
            return Optional.of(new PreviousTree(text.substring(head.length(), end)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Leaves the listing of the tree just replaced, now at {@code state.previous()}, for the next build.
     *
     * @param previousKey the identity of that tree, taken while it was live
     * @param lines       what the walk of it found, as {@link #file} and {@link #folder} lines
     */
    static void remember(StateFiles state, String previousKey, Collection<String> lines, Disk disk) throws IOException {
        if (!previousKey.equals(key(state.previous()))) {
            return; // not the tree walked: nothing to vouch for
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(previousKey).append('\n')
                .append(key(state.output())).append('\n');
        for (String line : new TreeSet<>(lines)) {
            text.append(line).append('\n');
        }
        text.append("end\n");
        Path file = state.previousListing();
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        disk.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
        disk.sync(temporary);
        disk.rename(temporary, file);
    }

    /** The line of a file (or link, or anything but a folder) the walk found. */
    static String file(String path) {
        return FILE + path;
    }

    /** The line of a folder the walk found, with its stamp from just before it was listed. */
    static String folder(String path, Optional<FileStamps.Stamp> stamp) {
        FileStamps.Stamp s = stamp.orElse(FileStamps.Stamp.UNREADABLE);
        return FOLDER + s.modifiedNanos() + "\t" + s.changedNanos() + "\t" + s.inode() + "\t" + path;
    }

    private static String key(Path dir) throws IOException {
        return StagedOutput.treeKeyOrAbsent(dir);
    }

    /**
     * Compares the stamp of every listed folder with the tree at {@code root} (the reused tree,
     * before this build changed anything in it); called once, from the build's pool.
     */
    void verify(Path root) {
        // one reading of the lines: the folders' stamps for the comparison, and the text without
        // them, which is what is held through rendering
        List<String[]> folders = new ArrayList<>();
        StringBuilder paths = new StringBuilder(lines.length() / 2);
        for (String line : (Iterable<String>) lines.lines()::iterator) {
            if (line.startsWith(FOLDER)) {
                String[] fields = line.split("\t", 5);
                folders.add(fields);
                paths.append(FOLDER).append(fields[4]).append('\n');
            } else {
                paths.append(line).append('\n');
            }
        }
        lines = paths.toString();
        changedFolders = folders.parallelStream().filter(fields -> {
            long inode = Long.parseLong(fields[3]);
            Optional<FileStamps.Stamp> now = FileStamps.folder(root.resolve(fields[4]));
            return inode < 0 || now.isEmpty() || now.get().inode() != inode
                    || now.get().modifiedNanos() != Long.parseLong(fields[1])
                    || now.get().changedNanos() != Long.parseLong(fields[2]);
        }).map(fields -> fields[4]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Deletes from the tree at {@code root} (this listing's tree, as changed by a build since) every
     * file {@code keepFile} refuses, and every folder {@code keepFolder} refuses with all that is in
     * it, as {@link TreeWalk#prune} does walking the tree: listed entries are taken from the listing
     * where the folder is unchanged, and the top folder and the changed ones are listed again.
     */
    void prune(Path root, Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) throws IOException {
        if (changedFolders == null) {
            throw new IllegalStateException("verify the listed folders before the build changes the tree");
        }
        TreeSet<String> folders = new TreeSet<>(); // sorted: a folder before the folders in it
        List<String> files = new ArrayList<>();
        for (String line : (Iterable<String>) lines.lines()::iterator) {
            if (line.startsWith(FILE)) {
                files.add(line.substring(FILE.length()));
            } else if (line.startsWith(FOLDER)) {
                folders.add(line.substring(FOLDER.length()));
            }
        }
        Set<String> removed = new HashSet<>();
        for (String folder : folders) {
            if (removed.contains(parentOf(folder))) {
                removed.add(folder); // went with the folder it was in
            } else if (!keepFolder.test(root.resolve(folder)) && !keepFile.test(folder)) {
                Trees.delete(root.resolve(folder), disk);
                removed.add(folder);
            }
        }
        for (String file : files) {
            if (!removed.contains(parentOf(file)) && !keepFile.test(file)) {
                deleteUnlessKeptFolder(root, file, keepFolder, disk);
            }
        }
        List<String> relisted = new ArrayList<>(changedFolders);
        relisted.add("");
        for (String folder : relisted) {
            if (!removed.contains(folder) && !removed.contains(parentOf(folder))
                    && Files.isDirectory(root.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
                pruneListedAgain(root, folder, folders, keepFile, keepFolder, disk);
            }
        }
    }

    /** The entries of a folder that changed since the listing: what the listing does not name is judged here. */
    private static void pruneListedAgain(Path root, String folder, Set<String> listedFolders,
                                         Predicate<String> keepFile, Predicate<Path> keepFolder, Disk disk) throws IOException {
        List<String> unknownFolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(folder))) {
            for (Path entry : entries) {
                String path = folder.isEmpty() ? entry.getFileName().toString() : folder + "/" + entry.getFileName();
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (!keepFile.test(path)) {
                        disk.delete(entry);
                    }
                } else if (!listedFolders.contains(path)) {
                    unknownFolders.add(path);
                }
            }
        }
        for (String path : unknownFolders) {
            if (keepFolder.test(root.resolve(path))) {
                TreeWalk.prune(root, path, keepFile, keepFolder, disk); // nothing in it is known: walked
            } else {
                Trees.delete(root.resolve(path), disk);
            }
        }
    }

    private static void deleteUnlessKeptFolder(Path root, String file, Predicate<Path> keepFolder, Disk disk)
            throws IOException {
        Path entry = root.resolve(file);
        BasicFileAttributes there = attributes(entry);
        // a folder at a file's old place is one this build made (or it would have been removed above)
        if (there != null && !(there.isDirectory() && keepFolder.test(entry))) {
            Trees.delete(entry, disk);
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
