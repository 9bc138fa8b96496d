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
 * <p>The entries stay the record's own lines (UTF-8 bytes) from reading to checking: a rebuild
 * walks them once, and a map of the paths at 3 x 10,000 (and the collections it kept busy) was
 * built to be read once.
 */
public final class BuildRecord {
    private static final String HEADER = "vestnik-record 5";
    /** The lines of the record checked by one task: enough that a task is worth its scheduling. */
    private static final int LINES_PER_TASK = 2048;

    private final String inputs;
    private final Instant builtAt;
    private final Instant nextDue;
    private final int pages;
    private final int feeds;
    private final int kept;
    /** One line per file: {@code size\tmodified\tpath}. */
    private final byte[] entries;
    /** Where each line of {@link #entries} starts, and after the last, its end. */
    private final int[] lineStarts;

    private BuildRecord(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept, byte[] entries) {
        this.inputs = inputs;
        this.builtAt = builtAt;
        this.nextDue = nextDue;
        this.pages = pages;
        this.feeds = feeds;
        this.kept = kept;
        this.entries = entries;
        this.lineStarts = lineStarts(entries);
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
        return lineCount();
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
            return lineCount() == 0;
        }
        int tasks = (lineCount() + LINES_PER_TASK - 1) / LINES_PER_TASK;
        return java.util.stream.IntStream.range(0, tasks).parallel().allMatch(task -> {
            for (int line = task * LINES_PER_TASK; line < Math.min(lineCount(), (task + 1) * LINES_PER_TASK); line++) {
                if (stop.getAsBoolean() || !describesEntry(outputDir, line)) {
                    return false;
                }
            }
            return true;
        });
    }

    private boolean describesEntry(Path outputDir, int line) {
        int start = lineStarts[line];
        int end = lineStarts[line + 1] - 1; // the newline
        int first = indexOf(TAB, start, end);
        int second = indexOf(TAB, first + 1, end);
        if (first < 0 || second < 0) {
            return false;
        }
        long size = parseLong(start, first);
        long modified = parseLong(first + 1, second);
        String path = new String(entries, second + 1, end - second - 1, StandardCharsets.UTF_8);
        java.util.OptionalLong found = FileStamps.modified(outputDir.resolve(path), size);
        return found.isPresent() && found.getAsLong() == modified;
    }

    private static final byte TAB = '\t';

    private int lineCount() {
        return lineStarts.length - 1;
    }

    private int indexOf(byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (entries[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** A decimal number of the record's; a malformed one reads as -1, which no stamp has. */
    private long parseLong(int from, int to) {
        try {
            return Long.parseLong(new String(entries, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int[] lineStarts(byte[] entries) {
        int lines = 0;
        for (byte b : entries) {
            if (b == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines + 1];
        int line = 1;
        for (int i = 0; i < entries.length && line <= lines; i++) {
            if (entries[i] == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    public static Optional<BuildRecord> read(Path outputDir) {
        Path file = location(outputDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] all = Files.readAllBytes(file);
            String[] header = new String[7];
            int at = 0;
            for (int i = 0; i < header.length; i++) {
                int end = at;
                while (end < all.length && all[end] != '\n') {
                    end++;
                }
                if (end == all.length) {
                    return Optional.empty();
                }
                header[i] = new String(all, at, end - at, StandardCharsets.UTF_8);
                at = end + 1;
            }
            if (!HEADER.equals(header[0]) || all[all.length - 1] != '\n' && all.length > at) {
                return Optional.empty();
            }
            return Optional.of(new BuildRecord(header[1], Instant.parse(header[2]), Instant.parse(header[3]),
                    Integer.parseInt(header[4]), Integer.parseInt(header[5]), Integer.parseInt(header[6]),
                    java.util.Arrays.copyOfRange(all, at, all.length)));
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
        StringBuilder lines = new StringBuilder();
        for (String path : by.vestnik.SortedKeys.of(published.files())) {
            FileStamps.Stamp stamp = published.files().get(path);
            lines.append(stamp.size()).append('\t').append(stamp.modifiedNanos()).append('\t').append(path).append('\n');
        }
        return new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    public void write(Path outputDir) throws IOException {
        Path file = location(outputDir);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
            for (String line : List.of(HEADER, inputs, builtAt.toString(), nextDue.toString(), String.valueOf(pages),
                    String.valueOf(feeds), String.valueOf(kept))) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.write(entries);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the record: the next build loads and renders everything. */
    public static void discard(Path outputDir) throws IOException {
        Files.deleteIfExists(location(outputDir));
    }
}
