package by.vestnik.load;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

/**
 * Walks a directory tree and hands each regular file's relative path ('/'-separated), size and
 * modification time to a visitor. The attributes come with the walk itself: a
 * {@code Files.walk} followed by {@code isRegularFile} and {@code readAttributes} costs two more
 * system calls per file, which at tens of thousands of files was most of an unchanged rebuild.
 * Links are followed, as the loader reads through them: an edit behind a link is an edit.
 */
public final class FileStamps {
    /** One regular file of the tree. */
    @FunctionalInterface
    public interface Visitor {
        /** @return false to stop the walk */
        boolean visit(String path, long size, long modifiedMillis);
    }

    private FileStamps() {
    }

    /**
     * @param stop asked before each file; true ends the walk early (the answer is no longer needed)
     * @return true when every file was visited, false when the visitor or {@code stop} ended the walk
     * @throws IOException when a directory cannot be listed
     */
    public static boolean walk(Path root, BooleanSupplier stop, Visitor visitor) throws IOException {
        boolean[] complete = {true};
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (stop.getAsBoolean() || !visitor.visit(relative(root, file), attributes.size(),
                        attributes.lastModifiedTime().toMillis())) {
                    complete[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                // vanished, unreadable or a link loop: recorded with an impossible size, so it never matches
                return visitor.visit(relative(root, file), -1, -1) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }
        });
        return complete[0];
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
