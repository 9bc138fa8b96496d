package by.vestnik.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sized copies and crops of each photo, kept between builds in a directory per key (a hash of
 * the photo's bytes and of everything that shapes the copies), so a rebuild decodes nothing it
 * made before and every language version of a story shares one set. An entry is written into a
 * temporary directory and renamed into place whole: a build stopped half-way leaves no entry that
 * looks complete, and two builds sharing the cache cannot mix their files.
 */
final class DerivativeCache {
    private static final String INDEX = "index.txt";
    private static final String MAGIC = "vestnik-images 2";

    /** One file of an entry. */
    record Copy(String file, int width, int height) {
    }

    /** A complete entry: the picture's size as seen, its copies by width (JPEG or PNG, and WebP), its crops. */
    record Entry(int width, int height, List<Copy> sizes, List<Copy> webp, Map<Crop, Copy> crops) {
    }

    private final Path dir;

    DerivativeCache(Path dir) {
        this.dir = dir;
    }

    Path file(String key, String name) {
        return dir.resolve(key).resolve(name);
    }

    /** The entry for the key, if a complete one is there. */
    Optional<Entry> load(String key) {
        Path index = dir.resolve(key).resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
                return Optional.empty();
            }
            String[] size = lines.get(1).split(" ");
            List<Copy> sizes = new ArrayList<>();
            List<Copy> webp = new ArrayList<>();
            Map<Crop, Copy> crops = new EnumMap<>(Crop.class);
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ");
                Copy copy = new Copy(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
                if (!Files.isRegularFile(file(key, copy.file()))) {
                    return Optional.empty();
                }
                if (f[0].equals("size")) {
                    sizes.add(copy);
                } else if (f[0].equals("webp")) {
                    webp.add(copy);
                } else {
                    crops.put(Crop.valueOf(f[1]), copy);
                }
            }
            return Optional.of(new Entry(Integer.parseInt(size[1]), Integer.parseInt(size[2]), sizes, webp, crops));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Stores a new entry; {@code files} maps each copy's file name to its bytes. */
    Entry store(String key, Entry entry, Map<String, byte[]> files) {
        Path target = dir.resolve(key);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempDirectory(dir, key + ".tmp");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(temp.resolve(file.getKey()), file.getValue());
            }
            StringBuilder index = new StringBuilder(MAGIC).append('\n')
                    .append("picture ").append(entry.width()).append(' ').append(entry.height()).append('\n');
            for (Copy copy : entry.sizes()) {
                index.append("size - ").append(line(copy));
            }
            for (Copy copy : entry.webp()) {
                index.append("webp - ").append(line(copy));
            }
            entry.crops().forEach((crop, copy) -> index.append("crop ").append(crop.name()).append(' ').append(line(copy)));
            Files.writeString(temp.resolve(INDEX), index, StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                if (load(key).isPresent()) {
                    // another build stored the same entry since this one looked: same key, same files
                    deleteTree(temp);
                    return entry;
                }
                deleteTree(target); // an incomplete entry
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
                // another build stored the same entry meanwhile: its files are the same
                deleteTree(temp);
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image cache in " + dir
                    + "; check that it is writable or set imageCacheDirectory", e);
        }
    }

    private static String line(Copy copy) {
        return copy.file() + " " + copy.width() + " " + copy.height() + "\n";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
