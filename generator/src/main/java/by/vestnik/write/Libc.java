package by.vestnik.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;

/**
 * The Linux C library calls publishing needs and Java lacks ({@link DirectoryExchange},
 * {@link FileSystemSync}), reached through JNA; loaded once, on first use.
 */
final class Libc {
    private Libc() {
    }

    interface C extends Library {
        int renameat2(int oldDir, String oldPath, int newDir, String newPath, int flags) throws LastErrorException;

        int open(String path, int flags) throws LastErrorException;

        int syncfs(int fd) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private static final class Holder {
        static final C LIBC = load();

        private static C load() {
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                return null;
            }
            try {
                return Native.load("c", C.class);
            } catch (LinkageError | RuntimeException e) {
                return null; // no JNA, or no native library for this platform
            }
        }
    }

    /** The C library, or null off Linux or without JNA's native part. */
    static C get() {
        return Holder.LIBC;
    }
}
