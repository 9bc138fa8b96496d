package by.vestnik.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one build published: every file Vestnik put in the output (the only files a later build
 * may remove), how many stories it had, and the identity (device and inode) of the directory it
 * published them in, which tells after a crash whether the swap had happened.
 */
public record Manifest(String tree, int stories, Set<String> files) {
    private static final String HEADER = "vestnik-manifest 1";

    public Manifest {
        files = Set.copyOf(files);
    }

    public static Manifest empty() {
        return new Manifest("", 0, Set.of());
    }

    /** How many of the files are pages. */
    public long pages() {
        return files.stream().filter(Manifest::isPage).count();
    }

    public static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    public static Optional<Manifest> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            return Optional.of(new Manifest(lines.get(1), Integer.parseInt(lines.get(2)),
                    new TreeSet<>(lines.subList(3, lines.size()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the manifest durably: a temporary file, synced, renamed into place, the directory synced. */
    public void write(Path file, Disk disk) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, tree, String.valueOf(stories)));
        lines.addAll(new TreeSet<>(files));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        disk.write(temporary, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        disk.sync(temporary);
        disk.rename(temporary, file);
        disk.sync(file.getParent());
    }
}
