package by.vestnik.write;

import com.sun.jna.LastErrorException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Linux's {@code renameat2(…, RENAME_EXCHANGE)}: two directories trade names in one step, so a
 * reader of either name sees one whole tree or the other, never neither. Java has no call for it;
 * JNA reaches the C library's ({@link Libc}). Supported by ext4, xfs, btrfs, tmpfs, overlayfs and f2fs; not by
 * NFS, nor on other systems.
 */
final class DirectoryExchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EXDEV = 18;

    private DirectoryExchange() {
    }

    static void exchange(Path a, Path b) throws IOException {
        Libc.C libc = Libc.get();
        if (libc == null) {
            throw new UnsupportedOperationException("no atomic exchange of directories on this system");
        }
        try {
            libc.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE);
        } catch (UnsatisfiedLinkError e) {
            throw new UnsupportedOperationException("the C library has no renameat2 (glibc 2.28 or newer has)");
        } catch (LastErrorException e) {
            if (e.getErrorCode() == EINVAL || e.getErrorCode() == ENOSYS || e.getErrorCode() == EXDEV) {
                throw new UnsupportedOperationException("the file system of " + a + " cannot exchange directories (errno "
                        + e.getErrorCode() + ")");
            }
            throw new IOException("cannot exchange " + a + " and " + b + ": errno " + e.getErrorCode(), e);
        }
    }
}
