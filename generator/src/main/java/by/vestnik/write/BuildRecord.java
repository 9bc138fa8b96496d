package by.vestnik.write;

import by.vestnik.load.FileStamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * What the last successful build read and wrote: a fingerprint of all its inputs, the moment its
 * first not-yet-due story becomes due, and the size and modification time of every file it left
 * in the output. When all three still hold, the site it would build is the one already there, and
 * a rebuild need not load or render anything. The inputs are compared by content (see
 * InputFingerprint); the output by size and modification time, enough to notice a hand edit or a
 * deleted, moved or replaced file without reading every published byte: a rebuild checks the
 * output with one stat per recorded file and lists no folder. A file added to the output since is
 * not looked for: a build would keep it where it is as well, so the site would be the same. Kept
 * beside the output directory, never in it, so that it is not published.
 *
 * <p>The entries stay the record's own lines from reading to checking: a rebuild walks them once,
 * and a map of the paths at 3 x 10,000 (and the collections it kept busy) was built to be read once.
 */
public final class BuildRecord {
    private static final String HEADER = "vestnik-record 5";

    private final String inputs;
    private final Instant builtAt;
    private final Instant nextDue;
    private final int pages;
    private final int feeds;
    private final int kept;
    /** One line per file: {@code size\tmodified\tpath}. */
    private final List<String> entries;

    private BuildRecord(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept, List<String> entries) {
        this.inputs = inputs;
        this.builtAt = builtAt;
        this.nextDue = nextDue;
        this.pages = pages;
        this.feeds = feeds;
        this.kept = kept;
        this.entries = entries;
    }

    public int pages() {
        return pages;
    }

    public int feeds() {
        return feeds;
    }

    /** Files in the output that Vestnik did not publish and left where they were. */
    public int kept() {
        return kept;
    }

    /** How many files the output held after the build. */
    public int fileCount() {
        return entries.size();
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
     * True when the output directory holds every file recorded, each with its recorded size and
     * modification time: nobody changed, moved or removed any since. One stat per file, in parallel.
     *
     * @param stop asked as the check goes; true gives up early (the answer is no longer needed) with false
     */
    public boolean describes(Path outputDir, BooleanSupplier stop) {
        if (!Files.isDirectory(outputDir)) {
            return entries.isEmpty();
        }
        return entries.parallelStream().allMatch(line -> !stop.getAsBoolean() && describes(outputDir, line));
    }

    /** One line of the record: the file is there, of that size, with that modification time; false when the line is malformed. */
    private static boolean describes(Path outputDir, String line) {
        int first = line.indexOf('\t');
        int second = line.indexOf('\t', first + 1);
        if (first < 0 || second < 0) {
            return false;
        }
        try {
            java.util.OptionalLong found = FileStamps.modified(outputDir.resolve(line.substring(second + 1)),
                    Long.parseLong(line, 0, first, 10));
            return found.isPresent() && found.getAsLong() == Long.parseLong(line, first + 1, second, 10);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static Optional<BuildRecord> read(Path outputDir) {
        Path file = location(outputDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (java.io.BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(lines.readLine())) {
                return Optional.empty();
            }
            String inputs = lines.readLine();
            Instant builtAt = Instant.parse(lines.readLine());
            Instant nextDue = Instant.parse(lines.readLine());
            int pages = Integer.parseInt(lines.readLine());
            int feeds = Integer.parseInt(lines.readLine());
            int kept = Integer.parseInt(lines.readLine());
            List<String> entries = new java.util.ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                entries.add(line);
            }
            return Optional.of(new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, entries));
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
            Set<String> files = new TreeSet<>();
            for (String line : lines.subList(4, lines.size())) {
                files.add(line.split("\t", 3)[2]);
            }
            files.removeIf(path -> path.startsWith("."));
            return Optional.of(files);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records the output directory as it is now: {@code published}, every file of it (FileStamps.list). */
    public static BuildRecord of(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept,
                                 FileStamps.Listing published) {
        List<String> entries = new java.util.ArrayList<>();
        for (String path : by.vestnik.SortedKeys.of(published.files())) {
            FileStamps.Stamp stamp = published.files().get(path);
            entries.add(stamp.size() + "\t" + stamp.modifiedNanos() + "\t" + path);
        }
        return new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, entries);
    }

    public void write(Path outputDir) throws IOException {
        Path file = location(outputDir);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (List<String> lines : List.of(List.of(HEADER, inputs, builtAt.toString(), nextDue.toString(),
                    String.valueOf(pages), String.valueOf(feeds), String.valueOf(kept)), entries)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the record: the next build loads and renders everything. */
    public static void discard(Path outputDir) throws IOException {
        Files.deleteIfExists(location(outputDir));
    }
}
