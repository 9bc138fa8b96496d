package by.vestnik.write;

import com.sun.jna.LastErrorException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Linux's {@code syncfs}: everything written to one file system reaches the disk in one call. A
 * publish of 43,000 new files otherwise makes 43,000 {@code fsync} calls, several seconds of a
 * clean build; the guarantee before the swap is the same. The call comes through {@link Libc}.
 */
final class FileSystemSync {
    private static final int O_RDONLY = 0;

    private FileSystemSync() {
    }

    /**
     * Syncs the file system holding {@code path}; false where this system has no such call (the
     * caller then syncs file by file).
     */
    static boolean sync(Path path) throws IOException {
        Libc.C libc = Libc.get();
        if (libc == null) {
            return false;
        }
        int fd;
        try {
            fd = libc.open(path.toString(), O_RDONLY);
        } catch (UnsatisfiedLinkError e) {
            return false;
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + path + " to sync its file system: errno " + e.getErrorCode(), e);
        }
        try {
            libc.syncfs(fd);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library without syncfs (glibc has it since 2.14)
        } catch (LastErrorException e) {
            throw new IOException("cannot write the new site to the disk (syncfs of " + path + "): errno "
                    + e.getErrorCode(), e);
        } finally {
            try {
                libc.close(fd);
            } catch (LastErrorException e) {
                // the descriptor was only for syncfs: nothing written through it can be lost
            }
        }
    }
}
