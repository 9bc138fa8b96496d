package by.vestnik.load;

import by.vestnik.Sha256;
import by.vestnik.SortedKeys;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of everything a build reads: the name, size and content checksum of every file in
 * the content and templates directories (by content, not modification time: an edit whose time
 * was restored by {@code rsync -a}, {@code cp -p} or a checkout is still an edit), the
 * configuration (less the reference time, which the build record handles on its own), and the
 * engine itself, so that a new plugin build is never mistaken for the last one.
 */
public final class InputFingerprint {
    private InputFingerprint() {
    }

    public static String of(String configuration, List<Path> directories) {
        return of(configuration, directories, InputHashes.none());
    }

    /** The same digest, with the checksums of files whose identity {@code hashes} remembers taken from there. */
    public static String of(String configuration, List<Path> directories, InputHashes hashes) {
        MessageDigest digest = Sha256.digest();
        update(digest, configuration);
        update(digest, engineIdentity());
        for (Path dir : directories) {
            update(digest, "dir:" + dir);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Map<String, FileStamps.Stamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
            try {
                FileStamps.walk(dir, () -> false, (path, stamp) -> stamps.put(path, stamp) == null, hashes);
            } catch (IOException e) {
                // never matches a record: the build runs, and the loader names what cannot be read
                update(digest, "unlistable " + System.nanoTime());
            }
            // sorted keys and an array of lines: a TreeMap copy and an ordered parallel stream cost more than the hashing
            String[] paths = SortedKeys.of(stamps);
            String[] lines = new String[paths.length];
            java.util.stream.IntStream.range(0, paths.length).parallel().forEach(i -> {
                FileStamps.Stamp stamp = stamps.get(paths[i]);
                lines[i] = "file:" + paths[i] + ":" + stamp.size() + ":" + checksum(hashes, dir.resolve(paths[i]), stamp);
            });
            for (String line : lines) {
                update(digest, line);
            }
        }
        return Sha256.hex(digest);
    }

    /** The jar (or class directory) the engine runs from: its location, size and time. */
    private static String engineIdentity() {
        try {
            Path code = Path.of(InputFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> walk = Files.walk(code)) {
                long newest = walk.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                return code + ":" + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown engine " + System.nanoTime();
        }
    }

    /** The content checksum, or a mark that changes every time for a file that cannot be read (it never matches). */
    private static String checksum(InputHashes hashes, Path file, FileStamps.Stamp stamp) {
        try {
            return Long.toHexString(hashes.checksum(file, stamp));
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
