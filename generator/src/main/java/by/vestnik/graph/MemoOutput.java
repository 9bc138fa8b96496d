package by.vestnik.graph;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes values for the build memo: variable-length numbers, and strings that, in a section read
 * from start to end, are written once and then by number (the same links and labels recur on
 * thousands of pages); in an entry read on its own, every string is written out.
 */
public final class MemoOutput {
    private byte[] bytes = new byte[256];
    private int size;
    private final Map<String, Integer> written;

    MemoOutput(boolean numberedStrings) {
        this.written = numberedStrings ? new HashMap<>() : null;
    }

    public MemoOutput string(String value) {
        if (value == null) {
            return integer(0);
        }
        if (written != null) {
            Integer earlier = written.get(value);
            if (earlier != null) {
                return integer(earlier + 2);
            }
            written.put(value, written.size());
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        integer(1);
        integer(utf8.length);
        put(utf8, 0, utf8.length);
        return this;
    }

    public MemoOutput strings(List<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    /** Zigzag, seven bits a byte: most numbers here are small. */
    public MemoOutput integer(int value) {
        return longValue(value);
    }

    public MemoOutput longValue(long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7fL) != 0) {
            put((byte) ((zigzag & 0x7f) | 0x80));
            zigzag >>>= 7;
        }
        put((byte) zigzag);
        return this;
    }

    public MemoOutput bool(boolean value) {
        return integer(value ? 1 : 0);
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void put(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = b;
    }

    private void put(byte[] from, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }
}
