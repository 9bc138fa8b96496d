package by.vestnik.graph;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one section of the build memo, as {@link MemoOutput} wrote it. */
public final class MemoInput {
    private final DataInputStream in;
    private final List<String> read = new ArrayList<>();
    private final int length;
    private int consumed;

    MemoInput(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
        this.length = bytes.length;
    }

    /** True while the section has more to read. */
    public boolean more() {
        return consumed < length;
    }

    public String string() {
        int tag = integer();
        if (tag == 0) {
            return null;
        }
        if (tag >= 2) {
            return read.get(tag - 2);
        }
        int size = integer();
        byte[] utf8 = new byte[size];
        try {
            in.readFully(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        consumed += size;
        String value = new String(utf8, StandardCharsets.UTF_8);
        read.add(value);
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
        try {
            int zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.readUnsignedByte();
                consumed++;
                zigzag |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return (zigzag >>> 1) ^ -(zigzag & 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long longValue() {
        try {
            long value = in.readLong();
            consumed += 8;
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean bool() {
        return integer() != 0;
    }
}
