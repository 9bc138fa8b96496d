package by.vestnik.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
public final class InputHashes {
    static final long SETTLING = TimeUnit.SECONDS.toNanos(2);
    private static final String HEADER = "vestnik-input-hashes 1";

    private record Identity(long inode, long size, long modifiedNanos, long changedNanos) {
    }

    private record Known(Identity identity, long checksum) {
    }

    /** A file's content as the fingerprint knew it: its size and checksum. */
    public record Content(long size, long checksum) {
    }

    private volatile Map<String, Known> last;
    /** How many {@link #last} held: all that {@link #write} needs of it once it is let go. */
    private final int lastSize;
    private final Map<String, Known> now = new ConcurrentHashMap<>();
    private final boolean identities;
    private final LongSupplier clockNanos;
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    /** Set when {@link #now} learnt something {@link #last} did not hold: only then is there anything to write. */
    private final java.util.concurrent.atomic.AtomicBoolean learnt = new java.util.concurrent.atomic.AtomicBoolean();

    private InputHashes(Map<String, Known> last, boolean identities, LongSupplier clockNanos) {
        this.last = last;
        this.lastSize = last.size();
        this.identities = identities;
        this.clockNanos = clockNanos;
    }

    /** Reads every file: for a file system without change times, or when nothing may be assumed. */
    public static InputHashes none() {
        return new InputHashes(Map.of(), false, InputHashes::systemNanos);
    }

    /** The checksums a build remembered in {@code file}; none when it is missing or unreadable. */
    public static InputHashes read(Path file) {
        return read(file, InputHashes::systemNanos);
    }

    /** With the clock the settling time is measured by (a test's). */
    static InputHashes read(Path file, LongSupplier clockNanos) {
        Map<String, Known> last = new java.util.HashMap<>();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(lines.readLine())) {
                return new InputHashes(Map.of(), true, clockNanos);
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t", 6);
                last.put(f[5], new Known(new Identity(Long.parseLong(f[0]), Long.parseLong(f[1]),
                        Long.parseLong(f[2]), Long.parseLong(f[3])), Long.parseLong(f[4], 16)));
            }
        } catch (IOException | RuntimeException e) {
            return new InputHashes(Map.of(), true, clockNanos);
        }
        return new InputHashes(last, true, clockNanos);
    }

    /**
     * The file's content checksum ({@link ContentHash}), read from the file unless its stamp (taken
     * before this call, so that a write after it shows next time) is the one remembered.
     */
    public long checksum(Path file, FileStamps.Stamp stamp) throws IOException {
        String key = file.toAbsolutePath().normalize().toString();
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
        Known known = now.get(file.toAbsolutePath().normalize().toString());
        return known == null ? Optional.empty() : Optional.of(new Content(known.identity().size(), known.checksum()));
    }

    /**
     * Lets the last build's checksums go once the inputs are fingerprinted (30,000 entries at
     * 3 x 10,000, held through the build otherwise); a checksum asked for later is read from its file.
     */
    public void fingerprinted() {
        last = Map.of();
    }

    /** Keeps what this build learnt, for the next; nothing is written when nothing changed. */
    public void write(Path file) throws IOException {
        // every entry of now not learnt is one of last: equal sizes then mean equal maps
        if (!identities || !learnt.get() && now.size() == lastSize) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (String path : by.vestnik.SortedKeys.of(now)) {
                Known known = now.get(path);
                Identity id = known.identity();
                out.write(id.inode() + "\t" + id.size() + "\t" + id.modifiedNanos() + "\t" + id.changedNanos() + "\t"
                        + Long.toHexString(known.checksum()) + "\t" + path + "\n");
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
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
