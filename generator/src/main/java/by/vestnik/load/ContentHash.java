package by.vestnik.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A fast checksum of a file's bytes (CRC32C, which the JVM computes with the processor's own
 * instruction), for noticing a change of content whatever the modification time says: an edit
 * of the same length whose time was restored ({@code rsync -a}, {@code cp -p}, a checkout) is
 * still an edit.
 */
public final class ContentHash {
    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    private ContentHash() {
    }

    public static long of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    public static long of(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = BUFFER.get();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            buffer.clear();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
