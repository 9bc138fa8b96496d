package by.vestnik.graph;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link MemoOutput} wrote, from a part of a memo file. */
public final class MemoInput {
    private final ByteBuffer in;
    private final List<String> read;
    /** One source for every number read: one made per number was millions of allocations a rebuild. */
    private final ByteSource bytes;

    MemoInput(ByteBuffer in, boolean numberedStrings) {
        this.in = in;
        this.bytes = in::get;
        this.read = numberedStrings ? new ArrayList<>() : null;
    }

    /** True while there is more to read. */
    public boolean more() {
        return in.hasRemaining();
    }

    public String string() {
        int tag = integer();
        if (tag == 0) {
            return null;
        }
        if (tag >= 2) {
            return read.get(tag - 2);
        }
        int length = integer();
        // decoded where it lies (every memo part is read into a heap buffer): no copy of the bytes first
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        if (read != null) {
            read.add(value);
        }
        return value;
    }

    public List<String> strings() {
        int size = integer();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(string());
        }
        return values;
    }

    public int integer() {
        return Math.toIntExact(longValue());
    }

    public long longValue() {
        return number(bytes);
    }

    /** Where {@link #number} takes its bytes from, one at a time. */
    interface ByteSource {
        byte next() throws java.io.IOException;
    }

    /** A number as {@link MemoOutput#longValue} wrote it: zigzag, seven bits a byte, low bits first. */
    static long number(ByteSource bytes) {
        try {
            long zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes.next();
                zigzag |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return (zigzag >>> 1) ^ -(zigzag & 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean bool() {
        return integer() != 0;
    }
}
