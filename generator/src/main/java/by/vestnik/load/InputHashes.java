package by.vestnik.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The content checksums of the last build's inputs, remembered by each file's identity (inode,
 * size, modification and change time), so that a rebuild reads again only the files that were
 * touched. The change time is what makes this as safe as reading every byte: {@code rsync -a},
 * {@code cp -p} and checkouts restore a file's modification time, but every write, rename or
 * attribute change sets its change time to the clock, and nothing can set it back. A file changed
 * less than {@link #SETTLING} before it was read is not remembered: a file system's clock ticks
 * coarsely, so an edit right after the read could leave every field as it was.
 */
public final class InputHashes implements FileStamps.KnownFolders {
    public static final long SETTLING = TimeUnit.SECONDS.toNanos(2);
    private static final String HEADER = "vestnik-input-hashes 2";
    /** The first field of a folder's line, where a file's has its inode. */
    private static final String FOLDER = "d";
    /** Between a folder's path and each of its names: the one character no path holds. */
    private static final char NAME_SEPARATOR = '\0';

    private record Identity(long inode, long size, long modifiedNanos, long changedNanos) {
    }

    private record Known(Identity identity, long checksum) {
    }

    /** A folder's names, remembered with its identity (size 0: a folder's size says nothing of its names). */
    private record KnownFolder(Identity identity, List<String> names) {
    }

    /** A file's content as the fingerprint knew it: its size and checksum. */
    public record Content(long size, long checksum) {
    }

    private volatile Map<String, Known> last;
    private volatile Map<String, KnownFolder> lastFolders;
    private final Map<String, KnownFolder> nowFolders = new ConcurrentHashMap<>();
    /** How many {@link #last} held: all that {@link #write} needs of it once it is let go. */
    private final int lastSize;
    private final Map<String, Known> now = new ConcurrentHashMap<>();
    private final boolean identities;
    private final LongSupplier clockNanos;
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    /** The file {@link #write} writes (empty: nothing to write), once {@link #seal} made it. */
    private byte[] pending;
    /** Set when {@link #now} learnt something {@link #last} did not hold: only then is there anything to write. */
    private final java.util.concurrent.atomic.AtomicBoolean learnt = new java.util.concurrent.atomic.AtomicBoolean();

    private InputHashes(Map<String, Known> last, Map<String, KnownFolder> lastFolders, boolean identities,
                        LongSupplier clockNanos) {
        this.last = last;
        this.lastFolders = lastFolders;
        this.lastSize = last.size() + lastFolders.size();
        this.identities = identities;
        this.clockNanos = clockNanos;
    }

    /** Reads every file: for a file system without change times, or when nothing may be assumed. */
    public static InputHashes none() {
        return new InputHashes(Map.of(), Map.of(), false, InputHashes::systemNanos);
    }

    /** The checksums a build remembered in {@code file}; none when it is missing or unreadable. */
    public static InputHashes read(Path file) {
        return read(file, InputHashes::systemNanos);
    }

    /** With the clock the settling time is measured by (a test's). */
    static InputHashes read(Path file, LongSupplier clockNanos) {
        Map<String, Known> last = new java.util.HashMap<>();
        Map<String, KnownFolder> folders = new java.util.HashMap<>();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(lines.readLine())) {
                return new InputHashes(Map.of(), Map.of(), true, clockNanos);
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(FOLDER + "\t")) {
                    int[] tabs = tabs(line, 4);
                    String[] pathAndNames = line.substring(tabs[3] + 1).split(String.valueOf(NAME_SEPARATOR), -1);
                    folders.put(pathAndNames[0], new KnownFolder(new Identity(number(line, tabs[0], tabs[1], 10), 0,
                            number(line, tabs[1], tabs[2], 10), number(line, tabs[2], tabs[3], 10)),
                            List.of(pathAndNames).subList(1, pathAndNames.length)));
                } else {
                    int[] tabs = tabs(line, 5);
                    last.put(line.substring(tabs[4] + 1), new Known(new Identity(number(line, -1, tabs[0], 10),
                            number(line, tabs[0], tabs[1], 10), number(line, tabs[1], tabs[2], 10),
                            number(line, tabs[2], tabs[3], 10)), number(line, tabs[3], tabs[4], 16)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new InputHashes(Map.of(), Map.of(), true, clockNanos);
        }
        return new InputHashes(last, folders, true, clockNanos);
    }

    /** Where the line's first {@code count} tabs are; a line with fewer is a malformed file. */
    private static int[] tabs(String line, int count) {
        int[] tabs = new int[count];
        for (int i = 0, from = 0; i < count; from = tabs[i++] + 1) {
            tabs[i] = line.indexOf('\t', from);
            if (tabs[i] < 0) {
                throw new IllegalArgumentException("not " + (count + 1) + " fields: " + line);
            }
        }
        return tabs;
    }

    /** The number between two tabs of a line ({@code tabBefore} -1: the line's first field). */
    private static long number(String line, int tabBefore, int tabAfter, int radix) {
        return Long.parseLong(line, tabBefore + 1, tabAfter, radix);
    }

    /**
     * The names of a folder remembered with the same identity (inode, modification and change
     * time: adding, removing or renaming a name sets both times); null when there are none, or
     * when the file system tells no change time.
     */
    @Override
    public List<String> names(Path folder, FileStamps.Stamp stamp) {
        if (!identities || stamp.inode() < 0 || stamp.changedNanos() < 0) {
            return null;
        }
        String key = key(folder);
        KnownFolder known = lastFolders.get(key);
        if (known == null || !known.identity().equals(folderIdentity(stamp))) {
            return null;
        }
        nowFolders.put(key, known);
        return known.names();
    }

    /** Remembers a folder's names unless it changed within the settling time (a name added right after the listing could leave its times as they were). */
    @Override
    public void listed(Path folder, FileStamps.Stamp stamp, List<String> names) {
        if (!identities || stamp.inode() < 0 || stamp.changedNanos() < 0
                || stamp.changedNanos() >= clockNanos.getAsLong() - SETTLING) {
            return;
        }
        nowFolders.put(key(folder), new KnownFolder(folderIdentity(stamp), List.copyOf(names)));
        learnt.set(true);
    }

    /** How a file or folder is remembered: by its absolute path, whichever way the caller named it. */
    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Identity folderIdentity(FileStamps.Stamp stamp) {
        return new Identity(stamp.inode(), 0, stamp.modifiedNanos(), stamp.changedNanos());
    }

    /**
     * The file's content checksum ({@link ContentHash}), read from the file unless its stamp (taken
     * before this call, so that a write after it shows next time) is the one remembered.
     */
    public long checksum(Path file, FileStamps.Stamp stamp) throws IOException {
        String key = key(file);
        if (!identities || stamp.inode() < 0 || stamp.changedNanos() < 0) {
            return readChecksum(file);
        }
        Identity identity = new Identity(stamp.inode(), stamp.size(), stamp.modifiedNanos(), stamp.changedNanos());
        Known known = last.get(key);
        boolean remembered = known != null && known.identity().equals(identity);
        long checksum = remembered ? known.checksum() : readChecksum(file);
        if (identity.changedNanos() < clockNanos.getAsLong() - SETTLING) {
            now.put(key, remembered ? known : new Known(identity, checksum));
            if (!remembered) {
                learnt.set(true);
            }
        }
        return checksum;
    }

    /**
     * The content this build fingerprinted the file with, when it is one it remembers for the next
     * (a file changed within the settling time is not: its content may change unseen).
     */
    public Optional<Content> content(Path file) {
        Known known = now.get(key(file));
        return known == null ? Optional.empty() : Optional.of(new Content(known.identity().size(), known.checksum()));
    }

    /**
     * Lets the last build's checksums go once the inputs are fingerprinted (30,000 entries at
     * 3 x 10,000, held through the build otherwise); a checksum asked for later is read from its file.
     */
    public void fingerprinted() {
        last = Map.of();
        lastFolders = Map.of();
    }

    /**
     * Turns what this build learnt into the text {@link #write} keeps for the next build, and lets
     * the entries go (tens of MB at 3 x 10,000, held through rendering otherwise): called once the
     * loader took the contents it needed, {@link #content} knows nothing after it.
     */
    public void seal() {
        if (pending == null) {
            pending = text();
            now.clear();
            nowFolders.clear();
        }
    }

    /** Keeps what this build learnt, for the next; nothing is written when nothing changed. */
    public void write(Path file) throws IOException {
        seal();
        if (pending.length == 0) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, pending);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The file {@link #write} writes; empty when there is nothing to write. */
    private byte[] text() {
        // every entry of now not learnt is one of last: equal sizes then mean equal maps
        if (!identities || !learnt.get() && now.size() + nowFolders.size() == lastSize) {
            return new byte[0];
        }
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (String path : by.vestnik.SortedKeys.of(now)) {
            Known known = now.get(path);
            Identity id = known.identity();
            out.append(id.inode()).append('\t').append(id.size()).append('\t').append(id.modifiedNanos()).append('\t')
                    .append(id.changedNanos()).append('\t').append(Long.toHexString(known.checksum())).append('\t')
                    .append(path).append('\n');
        }
        for (String path : by.vestnik.SortedKeys.of(nowFolders)) {
            KnownFolder known = nowFolders.get(path);
            Identity id = known.identity();
            out.append(FOLDER).append('\t').append(id.inode()).append('\t').append(id.modifiedNanos()).append('\t')
                    .append(id.changedNanos()).append('\t').append(path);
            known.names().forEach(name -> out.append(NAME_SEPARATOR).append(name));
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How many files were read for their checksum (the others' were remembered). */
    int reads() {
        return reads.get();
    }

    private long readChecksum(Path file) throws IOException {
        reads.incrementAndGet();
        return ContentHash.of(file);
    }

    private static long systemNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
