package by.vestnik.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of the content directory other than articles, as the loader's walk saw them: render
 * asks which files a story folder holds and whether a link names a file, and gets the answer from
 * here instead of listing thirteen thousand folders and stat-ing every link target again. A path
 * the walk did not see (outside the content, behind a linked folder) is asked of the file system.
 */
public final class ContentFiles {
    private static final ContentFiles ON_DISK = new ContentFiles(null, null);

    /** Every such file, absolute and normalised; null: ask the file system. */
    private final Set<Path> files;
    /** Each folder's files that a story publishes (not hidden, not Markdown), by folder as walked, in name order. */
    private final Map<Path, List<Path>> assets;

    private ContentFiles(Set<Path> files, Map<Path, List<Path>> assets) {
        this.files = files;
        this.assets = assets;
    }

    /** Asks the file system every time: for a site modelled without a walk of its content (tests). */
    public static ContentFiles onDisk() {
        return ON_DISK;
    }

    /** Whether the path is a regular file (or a link to one), as {@link Files#isRegularFile} says. */
    public boolean isFile(Path path) {
        return files != null && files.contains(path.toAbsolutePath().normalize()) || Files.isRegularFile(path);
    }

    /** The story folder's other files (images and the like), in name order. */
    public List<Path> assets(Path storyDir) {
        return assets == null ? listed(storyDir) : assets.getOrDefault(storyDir, List.of());
    }

    private static List<Path> listed(Path storyDir) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> list = Files.list(storyDir)) {
            list.filter(Files::isRegularFile).filter(p -> publishable(p.getFileName().toString())).sorted().forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + storyDir, e);
        }
        return found;
    }

    private static boolean publishable(String name) {
        return !name.endsWith(".md") && !name.startsWith(".");
    }

    /** Collects what a walk sees, in path order. Not thread-safe. */
    static final class Builder {
        private final Set<Path> files = new HashSet<>();
        private final Map<Path, List<Path>> assets = new HashMap<>();

        /** A regular file (or a link to one inside the content) that is not Markdown. */
        void file(Path file) {
            String name = file.getFileName().toString();
            files.add(file.toAbsolutePath().normalize());
            if (publishable(name)) {
                assets.computeIfAbsent(file.getParent(), dir -> new ArrayList<>()).add(file);
            }
        }

        ContentFiles build() {
            assets.replaceAll((dir, list) -> List.copyOf(list));
            return new ContentFiles(Set.copyOf(files), Map.copyOf(assets));
        }
    }
}
