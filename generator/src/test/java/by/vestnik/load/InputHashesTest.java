package by.vestnik.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remembered checksums save the reads of untouched files and never hide an edit: not one of the
 * same size whose modification time was put back, and not one made right after the last read.
 * Remembered folder names save the listing of untouched folders and never hide a file added or
 * removed.
 */
class InputHashesTest {
    @TempDir
    Path tmp;

    private final long later = systemNanos() + TimeUnit.MINUTES.toNanos(1);

    @Test
    void anUntouchedFileIsNotReadAgain() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        long first = checksums(InputHashes.read(memory, () -> later), content, memory).get("ru.md");

        InputHashes next = InputHashes.read(memory, () -> later);
        assertEquals(first, checksums(next, content, memory).get("ru.md"));
        assertEquals(0, next.reads(), "files read again although untouched");
    }

    @Test
    void aSameSizeEditWithItsTimePutBackIsSeen() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        long first = checksums(InputHashes.read(memory, () -> later), content, memory).get("ru.md");
        Path file = content.resolve("ru.md");
        FileTime time = Files.getLastModifiedTime(file);

        Files.writeString(file, "Вторая новость", StandardCharsets.UTF_8); // same length in bytes
        Files.setLastModifiedTime(file, time);

        InputHashes next = InputHashes.read(memory, () -> later);
        assertNotEquals(first, checksums(next, content, memory).get("ru.md"));
        assertEquals(ContentHash.of(file), (long) checksums(InputHashes.read(memory, () -> later), content, memory).get("ru.md"));
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsNotRemembered() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        // the clock says the file changed a moment ago: a coarse file-system clock could hide the next edit
        checksums(InputHashes.read(memory, InputHashesTest::systemNanos), content, memory);

        InputHashes next = InputHashes.read(memory, () -> later);
        checksums(next, content, memory);
        assertEquals(1, next.reads(), "a file changed within the settling time must be read again");
    }

    @Test
    void anUnchangedFolderIsNotListedAgain() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        checksums(InputHashes.read(memory, () -> later), content, memory);
        // a record that no longer names ru.md: the walk believes it only if it lists nothing again
        String record = Files.readString(memory, StandardCharsets.UTF_8);
        Files.writeString(memory, record.replace("\0ru.md", ""), StandardCharsets.UTF_8);

        assertEquals(Map.of(), checksums(InputHashes.read(memory, () -> later), content, memory));
    }

    @Test
    void aFileAddedToARememberedFolderIsFound() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        checksums(InputHashes.read(memory, () -> later), content, memory);
        Files.writeString(content.resolve("en.md"), "First story", StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("images"));
        Files.writeString(content.resolve("images/a.txt"), "a", StandardCharsets.UTF_8);

        assertEquals(java.util.Set.of("ru.md", "en.md", "images/a.txt"),
                checksums(InputHashes.read(memory, () -> later), content, memory).keySet());
        Files.delete(content.resolve("ru.md"));
        assertEquals(java.util.Set.of("en.md", "images/a.txt"),
                checksums(InputHashes.read(memory, () -> later), content, memory).keySet());
    }

    @Test
    void aFolderChangedJustBeforeItWasListedIsListedAgain() throws IOException {
        Path content = story("Первая новость");
        Path memory = tmp.resolve("hashes");
        checksums(InputHashes.read(memory, InputHashesTest::systemNanos), content, memory);

        assertEquals(-1, Files.exists(memory) ? Files.readString(memory, StandardCharsets.UTF_8).indexOf('\0') : -1,
                "a folder changed within the settling time must not be remembered");
    }

    @Test
    void sealedChecksumsAreWrittenAsTheyWereLearnt() throws IOException {
        Path content = story("Первая новость");
        Path unsealed = tmp.resolve("unsealed");
        checksums(InputHashes.read(unsealed, () -> later), content, unsealed);

        Path sealedFile = tmp.resolve("sealed");
        InputHashes sealed = InputHashes.read(sealedFile, () -> later);
        Map<String, FileStamps.Stamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
        FileStamps.walk(content, () -> false, (path, stamp) -> stamps.put(path, stamp) == null, sealed);
        Path file = content.resolve("ru.md");
        sealed.checksum(file, stamps.get("ru.md"));
        assertEquals(Files.size(file), sealed.content(file).orElseThrow().size());
        sealed.seal();
        assertEquals(java.util.Optional.empty(), sealed.content(file), "a sealed memory lets its entries go");
        sealed.write(sealedFile);
        assertEquals(Files.readString(unsealed, StandardCharsets.UTF_8), Files.readString(sealedFile, StandardCharsets.UTF_8));
    }

    private Path story(String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("content/2025-01-01-story"));
        Files.writeString(dir.resolve("ru.md"), text, StandardCharsets.UTF_8);
        return dir;
    }

    private static Map<String, Long> checksums(InputHashes hashes, Path dir, Path memory) throws IOException {
        Map<String, Long> checksums = new HashMap<>();
        Map<String, FileStamps.Stamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
        FileStamps.walk(dir, () -> false, (path, stamp) -> stamps.put(path, stamp) == null, hashes);
        for (var entry : stamps.entrySet()) {
            checksums.put(entry.getKey(), hashes.checksum(dir.resolve(entry.getKey()), entry.getValue()));
        }
        hashes.write(memory);
        return checksums;
    }

    private static long systemNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
