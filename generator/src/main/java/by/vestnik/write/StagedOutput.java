package by.vestnik.write;

import by.vestnik.Reporter;
import by.vestnik.load.FileStamps;
import by.vestnik.render.PageSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * Publishes a build as one whole tree. The build is written into a staging tree beside the
 * output: a hard link to the published file for every file whose bytes did not change (same
 * inode, bytes and modification time), the new bytes for the others, and, at {@link #prepare},
 * a hard link to every file in the output that no build of Vestnik published (they stay, as they
 * are). {@link #commit} makes the staging tree durable, records what it published in the
 * manifest and swaps it with the output in one atomic exchange: a reader, a web server and the
 * next build see the old tree or the new one, never a mix. Files the last build published that
 * this one does not produce are simply not linked: that is their removal. A build that fails
 * calls {@link #abort()}: the output was never touched. An interrupted build's leftovers are
 * cleared, or its swap completed, when the next one opens.
 *
 * <p>The tree the last build replaced is not deleted: it becomes this build's staging tree, and
 * is brought up to date where it differs. At tens of thousands of pages, making a whole tree of
 * folders and links and deleting the old one was most of the time a build that changed a few
 * pages spent. Nothing in it is trusted: an entry stays only when it is the very file (inode) the
 * new tree would link, anything else at a path this build publishes is replaced, never written
 * into (it may be a link to a published file), and what this build does not publish is removed
 * before the swap. Where the staging tree needs a folder, a file or link left there is removed
 * first, so nothing is ever written through a link. What the reused tree holds is known from the
 * listing the last build's walk of the output left ({@link PreviousTree}): only its folders whose
 * stamp changed since are listed again.
 */
public final class StagedOutput implements PageSink {
    private static final int SYNC_THREADS = 8;
    /** A path claimed whose file is not staged yet (no stat returns this instance). */
    private static final FileStamps.Stamp CLAIMED = FileStamps.Stamp.UNREADABLE;

    private final StateFiles state;
    private final Disk disk;
    private final Reporter reporter;
    private final FileChannel lockChannel;
    /** What the last build published: read when publishing needs it, not held through rendering (53,000 paths at 3 x 10,000). */
    private Manifest last;
    /** The output directory as configured (a link, maybe): where an older Vestnik's record is. */
    private final Path configuredOutput;
    /**
     * Every path this build claimed, with the stamp of the file staged there once it is (CLAIMED
     * until then): after the swap they are the published files' stamps, so the build record and the
     * memo need no walk of the published tree.
     */
    private final Map<String, FileStamps.Stamp> produced = new ConcurrentHashMap<>();
    /** The files of the output no build of Vestnik published, linked into the new tree as they are, with their stamps. */
    private final Map<String, FileStamps.Stamp> foreign = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    private final BuildFolders directories;
    private Plan plan;
    /** What the reused staging tree holds, when the last build's listing vouches for it; null: it is walked. */
    private final PreviousTree reusedListing;
    /** Every entry the walk of the output found, for the listing of the tree the swap replaces. */
    private final java.util.Queue<String> walked = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The identity of the output tree as walked, which the swap makes the replaced tree. */
    private String walkedKey;
    /** True when the staging tree is the tree the last build replaced: its entries are stale until checked. */
    private final boolean reusing;
    /**
     * False when there was no output at all when the build began (a first or clean build): then no
     * published file can equal a page, and asking the disk for each one (a failed stat, and its
     * exception, per page) is left out.
     */
    private final boolean outputExisted;

    /** What a commit did; {@code kept} counts the files of the output that Vestnik did not publish. */
    public record Stats(int written, int unchanged, int removed, int kept) {
    }

    /**
     * What publishing would do to the output, known before anything changes there.
     *
     * @param removed   files the last build published that this one does not produce
     * @param kept      files in the output that no build of Vestnik published: they stay
     * @param conflicts paths where such a file is in the way of one this build publishes
     */
    public record Plan(List<String> removed, List<String> kept, List<String> conflicts) {
    }

    private StagedOutput(StateFiles state, Path configuredOutput, Disk disk, Reporter reporter, FileChannel lockChannel,
                         boolean reusing, PreviousTree reusedListing) {
        this.configuredOutput = configuredOutput;
        this.directories = new BuildFolders(state.staging());
        this.reusing = reusing;
        this.reusedListing = reusedListing;
        this.outputExisted = Files.exists(state.output(), LinkOption.NOFOLLOW_LINKS);
        this.state = state;
        this.disk = disk;
        this.reporter = reporter;
        this.lockChannel = lockChannel;
    }

    public static StagedOutput open(Path outputDir, Reporter reporter) {
        return open(outputDir, Disk.system(), reporter);
    }

    /**
     * Takes the output's lock, completes or clears what an interrupted build left, and starts an
     * empty staging tree.
     *
     * @throws IllegalStateException when another build is publishing into the same output
     */
    public static StagedOutput open(Path outputDir, Disk disk, Reporter reporter) {
        StateFiles state = StateFiles.of(outputDir);
        FileChannel lock = lock(state);
        try {
            new Recovery(state, disk, reporter).run();
            // Recovery left no staging tree: the replaced tree, if there is one, becomes it
            boolean reusing = Files.isDirectory(state.previous(), LinkOption.NOFOLLOW_LINKS);
            // taken (and deleted) before anything changes the tree it lists
            PreviousTree listing = PreviousTree.take(state, disk).filter(known -> reusing).orElse(null);
            if (reusing) {
                disk.rename(state.previous(), state.staging());
                if (listing != null) {
                    listing.verify(state.staging());
                }
            } else {
                Trees.delete(state.previous(), disk); // a file or link by that name, if any: not a tree to reuse
                disk.createDirectories(state.staging());
            }
            keepPermissions(state);
            StagedOutput output = new StagedOutput(state, outputDir, disk, reporter, lock, reusing, listing);
            output.directories.add(state.staging());
            return output;
        } catch (IOException | RuntimeException e) {
            close(lock);
            throw e instanceof IOException io ? new UncheckedIOException(problem(state, io), io) : (RuntimeException) e;
        }
    }

    /** The new tree's top folder takes the place of the old one: it gets its permissions (a web root's group access, say). */
    private static void keepPermissions(StateFiles state) throws IOException {
        if (Files.isDirectory(state.output(), LinkOption.NOFOLLOW_LINKS)
                && Files.getFileStore(state.output()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(state.staging(), Files.getPosixFilePermissions(state.output(), LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static FileChannel lock(StateFiles state) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(state.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new IllegalStateException("another build is publishing into " + state.output()
                    + " (it holds " + state.lock() + "); wait for it to finish");
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException(problem(state, e), e);
        }
    }

    /** What the last build published (or, after an older Vestnik, what its record listed). */
    public Manifest lastPublished() {
        if (last == null) {
            // the lock is held: no other build changes it after Recovery completed it at open
            last = Manifest.read(state.manifest())
                    .or(() -> BuildRecord.legacyOutputs(configuredOutput).map(files -> new Manifest("", 0, files)))
                    .orElse(Manifest.empty());
        }
        return last;
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = claim(path);
        Path staged = staged(path);
        try {
            if (outputExisted && isFileOfSize(target, content.length) && Arrays.equals(Files.readAllBytes(target), content)) {
                linkUnchanged(path, staged, target);
                return;
            }
            clearStale(staged);
            disk.write(staged, content);
            changed.add(path);
            noteStamp(path, staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        Path target = claim(path);
        Path staged = staged(path);
        try {
            if (outputExisted && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(source, target) == -1) {
                linkUnchanged(path, staged, target);
                return;
            }
            clearStale(staged);
            disk.copy(source, staged);
            changed.add(path);
            noteStamp(path, staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the published file into the new tree as it is, without reading it, when it is still the
     * file the last build published there (same inode, size and modification time), in the reused
     * staging tree or in the output: its renderer knows the bytes would be the same. False, and
     * nothing done, when it is neither.
     */
    @Override
    public boolean keep(String path, FileStamps.Stamp published) {
        Path target = state.output().resolve(path);
        if (reusing) {
            Path staged = staged(claimed(path));
            // the reused tree holds the very file published (a tree swapped out keeps the inodes it
            // shared): it stays, whatever is at the output's path now, and one stat tells it
            java.util.Optional<FileStamps.Stamp> there = FileStamps.of(staged).filter(published::sameFile);
            if (there.isPresent()) {
                unchanged.add(path);
                produced.put(path, there.get());
                return true;
            }
            if (FileStamps.of(target).filter(published::sameFile).isEmpty()) {
                produced.remove(path); // not kept: the page is rendered, and claims its path then
                return false;
            }
            return keepPublished(path, staged, target);
        }
        if (FileStamps.of(target).filter(published::sameFile).isEmpty()) {
            return false;
        }
        return keepPublished(path, staged(claimed(path)), target);
    }

    private boolean keepPublished(String path, Path staged, Path target) {
        try {
            linkUnchanged(path, staged, target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + path + ": " + e.getMessage(), e);
        }
    }

    /** One stat: a regular file (not a link) of that size, or not. */
    private static boolean isFileOfSize(Path file, long size) {
        BasicFileAttributes attributes = attributes(file);
        return attributes != null && attributes.isRegularFile() && attributes.size() == size;
    }

    /** The published file has the bytes already: the new tree gets it as it is, by a hard link. */
    private void linkUnchanged(String path, Path staged, Path published) throws IOException {
        linkInto(staged, published);
        unchanged.add(path);
        noteStamp(path, staged);
    }

    /**
     * Notes the stamp of the file now staged at {@code path}: renames keep it, so it is the
     * published file's once the tree is swapped in. (A link can be a copy where the file system
     * has no hard links, so the staged entry is asked, not the file it was made from.)
     */
    private void noteStamp(String path, Path staged) {
        FileStamps.of(staged).ifPresent(stamp -> produced.put(path, stamp));
    }

    /** Links {@code existing} at {@code staged}, unless a reused tree has that very file there already. */
    private void linkInto(Path staged, Path existing) throws IOException {
        if (reusing) {
            java.util.Optional<Object> there = fileKey(staged);
            if (there.isPresent()) {
                if (there.equals(fileKey(existing))) {
                    return;
                }
                removeStale(staged);
            }
        }
        disk.link(staged, existing);
    }

    /** The device and inode of the entry itself (a link is not followed); empty when there is none. */
    private static java.util.Optional<Object> fileKey(Path path) {
        return java.util.Optional.ofNullable(attributes(path)).map(BasicFileAttributes::fileKey);
    }

    /**
     * Removes what a reused staging tree holds at a path this build is about to publish: a file
     * or link (removed as a link), or a folder with everything in it. A folder this build made
     * there is no stale entry but a second output in the way, and is refused as before.
     */
    private void clearStale(Path staged) throws IOException {
        if (reusing && Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
            removeStale(staged);
        }
    }

    private void removeStale(Path staged) throws IOException {
        if (directories.contains(staged)) {
            throw new FileAlreadyExistsException(staged.toString(), null, "a folder of this build is in the way");
        }
        Trees.delete(staged, disk);
    }

    @Override
    public boolean has(String path) {
        return produced.containsKey(path);
    }

    /** The bytes this build produced at the path. */
    public byte[] read(String path) {
        if (!produced.containsKey(path)) {
            throw new IllegalArgumentException("the build did not produce " + path);
        }
        try {
            return Files.readAllBytes(state.staging().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The paths produced so far, whether changed or not. */
    public Set<String> produced() {
        return Set.copyOf(produced.keySet());
    }

    /**
     * The files of the output once {@link #commit} swapped the new tree in, with their stamps, as
     * a walk of the output would list them then: what this build published and the files it kept.
     * A file whose stamp could not be taken is left out (the next build then renders it again).
     */
    public FileStamps.Listing published() {
        Map<String, FileStamps.Stamp> files = new java.util.HashMap<>(foreign);
        produced.forEach((path, stamp) -> {
            if (stamp != CLAIMED) {
                files.put(path, stamp);
            }
        });
        return new FileStamps.Listing(files);
    }

    /**
     * Links the files of the output that no build of Vestnik published into the staging tree, and
     * says what publishing would remove, keep, and where such a file is in the way.
     */
    public Plan prepare() {
        // filled by the walk's threads; sorted below, so that what is reported comes in one order
        List<String> removed = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> kept = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> conflicts = java.util.Collections.synchronizedList(new ArrayList<>());
        Path output = state.output();
        Set<String> lastFiles = lastPublished().files();
        if (Files.isDirectory(output)) {
            try {
                walkedKey = treeKey(output);
                TreeWalk.entries(output, new TreeWalk.Visitor() {
                    @Override
                    public void visit(String path, boolean isEmptyDirectory) throws IOException {
                        if (isEmptyDirectory) {
                            directory(state.staging().resolve(path));
                            kept.add(path + "/");
                            return;
                        }
                        walked.add(PreviousTree.file(path));
                        if (produced.containsKey(path)) {
                            if (!lastFiles.contains(path) && !unchanged.contains(path)) {
                                conflicts.add(path);
                            }
                        } else if (lastFiles.contains(path)) {
                            removed.add(path);
                        } else if (linkForeign(path)) {
                            kept.add(path);
                        } else {
                            conflicts.add(path);
                        }
                    }

                    @Override
                    public void folder(String path, java.util.Optional<FileStamps.Stamp> stamp) {
                        walked.add(PreviousTree.folder(path, stamp));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(problem(state, e), e);
            }
        }
        if (reusing) {
            try {
                pruneStaging(Set.copyOf(kept));
            } catch (IOException e) {
                throw new UncheckedIOException(problem(state, e), e);
            }
        }
        plan = new Plan(sorted(removed), sorted(kept), sorted(conflicts));
        return plan;
    }

    /**
     * Removes from a reused staging tree what this build does not put there: files neither
     * published nor kept, and the folders no file of this build is in (unless kept empty).
     */
    private void pruneStaging(Set<String> kept) throws IOException {
        Predicate<String> keepFile = path -> produced.containsKey(path) || kept.contains(path);
        if (reusedListing != null) {
            reusedListing.prune(state.staging(), keepFile, directories::contains, disk);
        } else {
            TreeWalk.prune(state.staging(), keepFile, directories::contains, disk);
        }
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }

    /** Links a file Vestnik did not publish into the new tree; false when a published path is in its way. */
    private boolean linkForeign(String path) throws IOException {
        Path staged = state.staging().resolve(path);
        try {
            directory(staged.getParent());
            Path published = state.output().resolve(path);
            linkInto(staged, published);
            // as the record's walk saw them: links followed (a link to a folder is no file of the listing)
            FileStamps.following(published).ifPresent(stamp -> foreign.put(path, stamp));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (FileSystemException e) {
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(staged.getParent())) {
                return false; // "not a directory": a file this build publishes sits where its folder would be
            }
            throw e;
        }
    }

    /**
     * Makes the staging tree durable, records it and swaps it in: from here on the output is the
     * new site. The output is not touched before the one exchange.
     *
     * @param stories how many stories the site has, for the next build's removal guard
     */
    public Stats commit(int stories) {
        Plan done = plan != null ? plan : prepare();
        if (!done.conflicts().isEmpty()) {
            throw new IllegalStateException("publishing has conflicts; report them and abort instead: " + done.conflicts());
        }
        try {
            syncStaging();
            new Manifest(treeKey(state.staging()), stories, produced.keySet()).write(state.nextManifest(), disk);
            new Swap(state, disk, reporter).run();
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException(problem(state, e), e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        finishAfterSwap();
        done.kept().forEach(path -> reporter.debug("kept, not published by Vestnik: " + path));
        return new Stats(changed.size(), unchanged.size(), done.removed().size(), done.kept().size());
    }

    /** The new tree is live; what is left is tidying, which the next build completes if it fails here. */
    private void finishAfterSwap() {
        try {
            if (StateFiles.exists(state.staging())) {
                disk.rename(state.staging(), state.previous());
            }
            if (walkedKey != null) {
                PreviousTree.remember(state, walkedKey, walked, disk);
            }
            disk.rename(state.nextManifest(), state.manifest());
            disk.sync(state.manifest().getParent());
        } catch (IOException e) {
            reporter.debug("published; tidying beside the output is left to the next build: " + e.getMessage());
        } finally {
            close(lockChannel);
        }
    }

    /** Forgets the build; the output directory was never touched. */
    public void abort() {
        try {
            // a reused tree goes back where it was (the next build trusts none of it); a new one goes
            if (reusing && StateFiles.exists(state.staging())) {
                disk.rename(state.staging(), state.previous());
            } else {
                Trees.delete(state.staging(), disk);
            }
            Files.deleteIfExists(state.nextManifest());
        } catch (IOException e) {
            reporter.debug("cannot remove " + state.staging() + " (the next build will): " + e.getMessage());
        } finally {
            close(lockChannel);
        }
    }

    private void syncStaging() throws IOException {
        if (disk.syncFileSystem(state.staging())) {
            return;
        }
        List<Path> toSync = new ArrayList<>(changed.size() + directories.size());
        changed.forEach(path -> toSync.add(state.staging().resolve(path)));
        toSync.addAll(directories.paths());
        ForkJoinPool pool = new ForkJoinPool(SYNC_THREADS);
        try {
            pool.submit(() -> toSync.parallelStream().forEach(path -> {
                try {
                    disk.sync(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private Path claim(String path) {
        claimed(path);
        return state.output().resolve(path);
    }

    private String claimed(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/") || path.contains("\n")
                || Arrays.stream(path.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("not a safe output path: '" + path + "'");
        }
        if (produced.putIfAbsent(path, CLAIMED) != null) {
            throw new IllegalStateException("two outputs of the build claim /" + path);
        }
        return path;
    }

    private Path staged(String path) {
        Path staged = state.staging().resolve(path);
        try {
            directory(staged.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
        return staged;
    }

    private void directory(Path dir) throws IOException {
        if (directories.contains(dir)) {
            return;
        }
        if (reusing) {
            reusedDirectory(dir);
            return;
        }
        disk.createDirectories(dir);
        for (Path d = dir; d != null && d.startsWith(state.staging()) && directories.add(d); d = d.getParent()) {
            // every level created is a directory whose entries must be synced
        }
    }

    /**
     * A folder of a reused staging tree, each level a real folder: a file or link left where one
     * must be is removed first (a link is never followed into), unless it is an output of this build.
     */
    private synchronized void reusedDirectory(Path dir) throws IOException {
        if (directories.contains(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && dir.startsWith(state.staging()) && !dir.equals(state.staging())) {
            reusedDirectory(parent);
        }
        BasicFileAttributes there = attributes(dir);
        if (there == null || !there.isDirectory()) {
            if (there != null) {
                if (produced.containsKey(TreeWalk.relative(state.staging(), dir))) {
                    throw new FileAlreadyExistsException(dir.toString(), null, "a file of this build is in the way");
                }
                disk.delete(dir);
            }
            disk.createDirectories(dir);
        }
        directories.add(dir);
    }

    /** The entry itself (a link is not followed), or null when there is none. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@link #treeKey}, or "absent" when there is nothing at the path. */
    static String treeKeyOrAbsent(Path dir) throws IOException {
        return StateFiles.exists(dir) ? treeKey(dir) : "absent";
    }

    /** The device and inode of a directory: they stay with it through renames. */
    static String treeKey(Path dir) throws IOException {
        Object key = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return Objects.toString(key, "");
    }

    private static String problem(StateFiles state, IOException e) {
        return "cannot publish into " + state.output() + ": " + e + "; it still holds the previous build";
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel, closed or not
            }
        }
    }
}
