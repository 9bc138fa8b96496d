package by.vestnik.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A built site as the checker sees it: its file paths (relative, '/'-separated) and their bytes. */
public interface SiteFiles {
    Set<String> paths();

    byte[] read(String path);

    /** A site already on disk, such as a published {@code site-output/}. */
    static SiteFiles of(Path root) {
        Set<String> paths = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return new SiteFiles() {
            @Override
            public Set<String> paths() {
                return paths;
            }

            @Override
            public byte[] read(String path) {
                try {
                    return Files.readAllBytes(root.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
        };
    }
}
