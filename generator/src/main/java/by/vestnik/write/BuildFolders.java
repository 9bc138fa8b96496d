package by.vestnik.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders of the staging tree this build put files in (or keeps), by their path relative to
 * the tree: a set of the folders' {@code Path}s was 10 MB at 3 x 10,000, held through rendering.
 * Thread-safe.
 */
final class BuildFolders {
    private final Path root;
    private final String prefix;
    private final Set<String> folders = ConcurrentHashMap.newKeySet();

    BuildFolders(Path root) {
        this.root = root;
        this.prefix = root + root.getFileSystem().getSeparator();
    }

    private String key(Path dir) {
        String path = dir.toString();
        if (path.startsWith(prefix)) {
            return path.substring(prefix.length());
        }
        return dir.equals(root) ? "" : "\u0000" + path; // outside the tree: never one of its folders, kept apart
    }

    boolean contains(Path dir) {
        return folders.contains(key(dir));
    }

    /** @return true when it was not known yet */
    boolean add(Path dir) {
        return folders.add(key(dir));
    }

    int size() {
        return folders.size();
    }

    /** Every folder, as a path, for syncing. */
    List<Path> paths() {
        return folders.stream().map(key -> key.isEmpty() ? root : key.startsWith("\u0000") ? Path.of(key.substring(1))
                : root.resolve(key)).toList();
    }
}
