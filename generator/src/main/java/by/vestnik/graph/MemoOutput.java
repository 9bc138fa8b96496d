package by.vestnik.graph;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one section of the build memo. A string written again is written as the number of its
 * first writing: the same links, labels and terms recur on thousands of pages.
 */
public final class MemoOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> written = new HashMap<>();

    public MemoOutput string(String value) {
        try {
            if (value == null) {
                return integer(0);
            }
            Integer earlier = written.get(value);
            if (earlier != null) {
                return integer(earlier + 2);
            }
            written.put(value, written.size());
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(1);
            integer(utf8.length);
            out.write(utf8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MemoOutput strings(List<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    /** A variable-length number (zigzag, seven bits a byte): the term numbers and weights of search entries are mostly small. */
    public MemoOutput integer(int value) {
        int zigzag = (value << 1) ^ (value >> 31);
        try {
            while ((zigzag & ~0x7f) != 0) {
                out.writeByte((zigzag & 0x7f) | 0x80);
                zigzag >>>= 7;
            }
            out.writeByte(zigzag);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MemoOutput longValue(long value) {
        try {
            out.writeLong(value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MemoOutput bool(boolean value) {
        return integer(value ? 1 : 0);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
