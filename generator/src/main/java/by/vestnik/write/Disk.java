package by.vestnik.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every change publishing makes to the disk, one call per system call that matters. The seam
 * through which the tests fail publishing with an I/O error, or stop it for a {@code kill -9},
 * at any chosen step.
 */
public interface Disk {
    /** Creates {@code file} (it must not exist) holding {@code content}. */
    void write(Path file, byte[] content) throws IOException;

    /** Creates {@code target} (it must not exist) as a copy of {@code source}. */
    void copy(Path source, Path target) throws IOException;

    /**
     * Creates {@code link} as another name of the file {@code existing}: same inode, bytes and
     * time (where no hard link can be made, a copy with the same bytes and time).
     */
    void link(Path link, Path existing) throws IOException;

    void createDirectories(Path dir) throws IOException;

    /** Waits until the file or directory (its entries) is on the disk, as {@code fsync} does. */
    void sync(Path path) throws IOException;

    /**
     * Waits until everything written to the file system holding {@code path} is on the disk, in
     * one call where the system has one (Linux's {@code syncfs}). False where it has none: the
     * caller then syncs file by file, and a disk that wraps this one for a test does too.
     */
    default boolean syncFileSystem(Path path) throws IOException {
        return false;
    }

    /** Renames in one atomic step, replacing a file at {@code to}. */
    void rename(Path from, Path to) throws IOException;

    /**
     * Swaps two directories in one atomic step, so that each name always holds one whole tree.
     *
     * @throws UnsupportedOperationException where the system or file system cannot
     */
    void exchange(Path a, Path b) throws IOException;

    void delete(Path path) throws IOException;

    /** The real disk. */
    static Disk system() {
        return SystemDisk.INSTANCE;
    }

    /** {@link #system()}: java.nio, plus the kernel's atomic exchange where there is one. */
    final class SystemDisk implements Disk {
        static final SystemDisk INSTANCE = new SystemDisk();

        private SystemDisk() {
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void copy(Path source, Path target) throws IOException {
            Files.copy(source, target);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            try {
                Files.createLink(link, existing);
            } catch (FileAlreadyExistsException | NoSuchFileException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links here (FAT, some network shares), or not to this file (Linux's
                // protected_hardlinks for a file of another user): a copy keeps bytes and time
                Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }

        @Override
        public void createDirectories(Path dir) throws IOException {
            Files.createDirectories(dir);
        }

        @Override
        public void sync(Path path) throws IOException {
            // a directory opened for reading can be synced on Linux and the BSDs; that is what makes
            // its new entries (links, renames) durable
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }

        @Override
        public boolean syncFileSystem(Path path) throws IOException {
            return FileSystemSync.sync(path);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename " + from + " to " + to + " in one step: " + e.getMessage(), e);
            }
        }

        @Override
        public void exchange(Path a, Path b) throws IOException {
            try {
                DirectoryExchange.exchange(a, b);
            } catch (LinkageError e) {
                throw new UnsupportedOperationException("no atomic exchange of directories without JNA: " + e);
            }
        }

        @Override
        public void delete(Path path) throws IOException {
            // java.io's delete is one remove(3) call; Files.delete stats first. A tree of tens of
            // thousands of links is removed on every build, so the call it saves counts
            if (!path.toFile().delete()) {
                Files.delete(path); // for the reason
            }
        }
    }
}
