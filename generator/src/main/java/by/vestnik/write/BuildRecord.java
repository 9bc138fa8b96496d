package by.vestnik.write;

import by.vestnik.load.FileStamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * What the last successful build read and wrote: a fingerprint of all its inputs, the moment its
 * first not-yet-due story becomes due, and the size and modification time of every file it left
 * in the output. When all three still hold, the site it would build is the one already there, and
 * a rebuild need not load or render anything. The inputs are compared by content (see
 * InputFingerprint); the output by size and modification time, enough to notice a hand edit or a
 * deleted file without reading every published byte. Kept beside the output directory, never in
 * it, so that it is not published.
 */
public record BuildRecord(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept,
                          Map<String, FileStamp> outputs) {
    private static final String HEADER = "vestnik-record 3";

    /** Size and modification time of one output file. */
    public record FileStamp(long size, long modified) {
    }

    public BuildRecord {
        outputs = Map.copyOf(outputs);
    }

    public static Path location(Path outputDir) {
        return StateFiles.beside(outputDir, "vestnik-record");
    }

    /** Where the checksums of the inputs are remembered between builds (see InputHashes), beside the record. */
    public static Path inputHashes(Path outputDir) {
        return StateFiles.beside(outputDir, "vestnik-inputs");
    }

    /**
     * True when this record was made from these inputs and the reference time has not left the
     * span in which the same stories are due: not past the next one's time, and not before the
     * time the record was made at (a clock set back, by {@code -Dvestnik.now} say, may take
     * stories down again).
     */
    public boolean isCurrent(String currentInputs, Instant now) {
        return inputs.equals(currentInputs) && now.isBefore(nextDue) && !now.isBefore(builtAt);
    }

    /**
     * True when the output directory holds exactly the files recorded, each with its recorded size
     * and modification time: nobody changed, added or removed anything since.
     *
     * @param stop asked as the walk goes; true gives up early (the answer is no longer needed) with false
     */
    public boolean describes(Path outputDir, BooleanSupplier stop) {
        if (!Files.isDirectory(outputDir)) {
            return outputs.isEmpty();
        }
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        try {
            return FileStamps.walk(outputDir, stop, (path, stamp) -> {
                seen.incrementAndGet();
                return new FileStamp(stamp.size(), stamp.modifiedMillis()).equals(outputs.get(path));
            }) && seen.get() == outputs.size();
        } catch (IOException e) {
            return false;
        }
    }

    public static Optional<BuildRecord> read(Path outputDir) {
        Path file = location(outputDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            return Optional.of(new BuildRecord(lines.get(1), Instant.parse(lines.get(2)), Instant.parse(lines.get(3)),
                    Integer.parseInt(lines.get(4)), Integer.parseInt(lines.get(5)), Integer.parseInt(lines.get(6)),
                    outputs(lines.subList(7, lines.size()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The files a Vestnik older than the publishing manifest left in the output, from its record
     * (which had no header): it removed every file it did not write, except dot-files at the top,
     * so those are the files it published. Empty when there is no such record.
     */
    public static Optional<Set<String>> legacyOutputs(Path outputDir) {
        Path file = location(outputDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).startsWith("vestnik-record ")) {
                return Optional.empty();
            }
            Set<String> files = new TreeSet<>(outputs(lines.subList(4, lines.size())).keySet());
            files.removeIf(path -> path.startsWith("."));
            return Optional.of(files);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, FileStamp> outputs(List<String> lines) {
        Map<String, FileStamp> outputs = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", 3);
            outputs.put(fields[2], new FileStamp(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
        }
        return outputs;
    }

    /** Records the output directory as it is now: {@code published}, every file of it with its stamp (FileStamps.all). */
    public static BuildRecord of(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept,
                                 Map<String, FileStamps.Stamp> published) {
        Map<String, FileStamp> outputs = new TreeMap<>();
        published.forEach((path, stamp) -> outputs.put(path, new FileStamp(stamp.size(), stamp.modifiedMillis())));
        return new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, outputs);
    }

    public void write(Path outputDir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, inputs, builtAt.toString(), nextDue.toString(), String.valueOf(pages),
                String.valueOf(feeds), String.valueOf(kept)));
        outputs.forEach((path, stamp) -> lines.add(stamp.size() + "\t" + stamp.modified() + "\t" + path));
        Path file = location(outputDir);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the record: the next build loads and renders everything. */
    public static void discard(Path outputDir) throws IOException {
        Files.deleteIfExists(location(outputDir));
    }
}
