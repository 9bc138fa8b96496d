package by.vestnik.write;

import by.vestnik.load.FileStamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
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
 * deleted file without reading every published byte, and by each folder's modification time, which
 * a file added, removed or renamed in it changes: a rebuild checks the output with one stat per
 * recorded entry and lists no folder. Kept beside the output directory, never in it, so that it is
 * not published.
 */
public final class BuildRecord {
    private static final String HEADER = "vestnik-record 4";
    /** The first field of a folder's line, where a file's has its size. */
    private static final String FOLDER = "-";

    /** Size and modification time (nanoseconds) of one output file. */
    public record FileStamp(long size, long modifiedNanos) {
    }

    private final String inputs;
    private final Instant builtAt;
    private final Instant nextDue;
    private final int pages;
    private final int feeds;
    private final int kept;
    private final Map<String, FileStamp> files;
    private final Map<String, Long> folders;

    private BuildRecord(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept,
                        Map<String, FileStamp> files, Map<String, Long> folders) {
        this.inputs = inputs;
        this.builtAt = builtAt;
        this.nextDue = nextDue;
        this.pages = pages;
        this.feeds = feeds;
        this.kept = kept;
        this.files = java.util.Collections.unmodifiableMap(files);
        this.folders = java.util.Collections.unmodifiableMap(folders);
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

    /** Every file the output held after the build, by path. */
    public Map<String, FileStamp> files() {
        return files;
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
     * and modification time, and every recorded folder its recorded modification time: nobody
     * changed, added or removed anything since. One stat per entry, in parallel.
     *
     * @param stop asked as the check goes; true gives up early (the answer is no longer needed) with false
     */
    public boolean describes(Path outputDir, BooleanSupplier stop) {
        if (!Files.isDirectory(outputDir)) {
            return files.isEmpty();
        }
        return folders.entrySet().parallelStream().allMatch(folder -> !stop.getAsBoolean()
                && matches(FileStamps.modified(outputDir.resolve(folder.getKey()), true, 0), folder.getValue()))
                && files.entrySet().parallelStream().allMatch(file -> !stop.getAsBoolean()
                && matches(FileStamps.modified(outputDir.resolve(file.getKey()), false, file.getValue().size()),
                file.getValue().modifiedNanos()));
    }

    private static boolean matches(java.util.OptionalLong modified, long recorded) {
        return modified.isPresent() && modified.getAsLong() == recorded;
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
            Map<String, FileStamp> files = new HashMap<>();
            Map<String, Long> folders = new HashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int first = line.indexOf('\t');
                int second = line.indexOf('\t', first + 1);
                String path = line.substring(second + 1);
                long modified = Long.parseLong(line, first + 1, second, 10);
                if (line.startsWith(FOLDER + "\t")) {
                    folders.put(path, modified);
                } else {
                    files.put(path, new FileStamp(Long.parseLong(line, 0, first, 10), modified));
                }
            }
            return Optional.of(new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, files, folders));
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

    /** Records the output directory as it is now: {@code published}, every file and folder of it (FileStamps.list). */
    public static BuildRecord of(String inputs, Instant builtAt, Instant nextDue, int pages, int feeds, int kept,
                                 FileStamps.Listing published) {
        Map<String, FileStamp> files = new HashMap<>();
        published.files().forEach((path, stamp) -> files.put(path, new FileStamp(stamp.size(), stamp.modifiedNanos())));
        return new BuildRecord(inputs, builtAt, nextDue, pages, feeds, kept, files, new HashMap<>(published.folders()));
    }

    public void write(Path outputDir) throws IOException {
        Path file = location(outputDir);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (String line : List.of(HEADER, inputs, builtAt.toString(), nextDue.toString(), String.valueOf(pages),
                    String.valueOf(feeds), String.valueOf(kept))) {
                out.write(line);
                out.write('\n');
            }
            for (Map.Entry<String, Long> folder : new TreeMap<>(folders).entrySet()) {
                out.write(FOLDER + "\t" + folder.getValue() + "\t" + folder.getKey() + "\n");
            }
            for (String path : by.vestnik.SortedKeys.of(files)) {
                FileStamp stamp = files.get(path);
                out.write(stamp.size() + "\t" + stamp.modifiedNanos() + "\t" + path + "\n");
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the record: the next build loads and renders everything. */
    public static void discard(Path outputDir) throws IOException {
        Files.deleteIfExists(location(outputDir));
    }
}
