package by.vestnik.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import by.vestnik.write.Trees;

/**
 * What one build leaves for the next so that it need not render again what did not change: a
 * folder of named sections (the rendered bodies, the pages, the search entries, the check's
 * facts), each written and read by the component that owns it. A section is read whole from start
 * to end, or is a file of entries by key, of which only the ones asked for are ever decoded (the
 * file is mapped, not read into the heap). The memo is bound to a key (the engine, the
 * configuration and the templates it was made with): under any other key it is not read at all,
 * and the build renders everything. Every section carries a checksum; a damaged one reads as none.
 */
public final class BuildMemo {
    private static final String KEY_FILE = "key";

    private final Path dir;

    private BuildMemo(Path dir) {
        this.dir = dir;
    }

    public static BuildMemo empty() {
        return new BuildMemo(null);
    }

    /** The memo in {@code dir} when it was made under {@code key}; empty when missing, unreadable or made under another. */
    public static BuildMemo read(Path dir, String key) {
        try {
            return Files.isRegularFile(dir.resolve(KEY_FILE)) && Files.readString(dir.resolve(KEY_FILE)).equals(key)
                    ? new BuildMemo(dir) : empty();
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** A section to read from start to end. */
    public Optional<MemoInput> whole(String section) {
        return payload(section).map(bytes -> new MemoInput(bytes, true));
    }

    /** A section of entries, each read on its own by its key. */
    public Entries entries(String section) {
        try {
            return payload(section).map(Entries::index).orElse(Entries.NONE);
        } catch (RuntimeException e) {
            return Entries.NONE; // unreadable: nothing is reused
        }
    }

    /** The entries of a section by key, read only when asked for. */
    public static final class Entries {
        private static final Entries NONE = new Entries(null, Map.of());

        public static Entries none() {
            return NONE;
        }

        private final ByteBuffer bytes;
        private final Map<String, long[]> index;

        private Entries(ByteBuffer bytes, Map<String, long[]> index) {
            this.bytes = bytes;
            this.index = index;
        }

        static Entries index(ByteBuffer bytes) {
            Map<String, long[]> index = new HashMap<>();
            ByteBuffer cursor = bytes.duplicate();
            MemoInput reader = new MemoInput(cursor, false);
            while (reader.more()) {
                String key = reader.string();
                int length = reader.integer();
                index.put(key, new long[] {cursor.position(), length});
                cursor.position(cursor.position() + length);
            }
            return new Entries(bytes, index);
        }

        public boolean isEmpty() {
            return index.isEmpty();
        }

        /** The entry's bytes as they were written, for {@link Writer#carry}. */
        Optional<ByteBuffer> raw(String key) {
            long[] at = index.get(key);
            return at == null ? Optional.empty() : Optional.of(bytes.slice((int) at[0], (int) at[1]));
        }

        /** The entry's reader; thread-safe (every reader has its own view of the file). */
        public Optional<MemoInput> get(String key) {
            long[] at = index.get(key);
            return at == null ? Optional.empty()
                    : Optional.of(new MemoInput(bytes.slice((int) at[0], (int) at[1]), false));
        }
    }

    private Optional<ByteBuffer> payload(String section) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(section);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.BYTES || size > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            ByteBuffer payload = mapped.slice(0, (int) size - Long.BYTES);
            CRC32C crc = new CRC32C();
            crc.update(payload.duplicate());
            if (mapped.order(ByteOrder.BIG_ENDIAN).getLong((int) size - Long.BYTES) != crc.getValue()) {
                return Optional.empty(); // damaged: a section is never trusted in part
            }
            return Optional.of(payload);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What this build leaves for the next: written into a folder of its own, put in place by {@link #commit}. */
    public static final class Next {
        private final Path dir;
        private final java.util.List<Writer> writers = new java.util.concurrent.CopyOnWriteArrayList<>();

        public Next(Path memo) throws IOException {
            this.dir = memo.resolveSibling(memo.getFileName() + ".next");
            Trees.delete(dir);
            Files.createDirectories(dir);
        }

        /** A section read whole: written by one thread, from start to end. */
        public Writer whole(String section) throws IOException {
            return opened(new Writer(dir.resolve(section), true));
        }

        /** A section of entries by key: any thread may add an entry. */
        public Writer entries(String section) throws IOException {
            return opened(new Writer(dir.resolve(section), false));
        }

        private Writer opened(Writer writer) {
            writers.add(writer);
            return writer;
        }

        /** Puts this memo in the place of the last, under {@code key}. */
        public void commit(Path memo, String key) throws IOException {
            Files.writeString(dir.resolve(KEY_FILE), key, StandardCharsets.UTF_8);
            Trees.delete(memo);
            Files.move(dir, memo);
        }

        /** Forgets what was written: the last memo stays (it still describes the published pages it names). */
        public void abandon() {
            for (Writer writer : writers) {
                try {
                    writer.close();
                } catch (IOException | UncheckedIOException e) {
                    // its file goes with the folder
                }
            }
            try {
                Trees.delete(dir);
            } catch (IOException e) {
                // a leftover folder is replaced by the next build's
            }
        }
    }

    /** Writes one section file, with its checksum at the end when closed. */
    public static final class Writer implements AutoCloseable {
        private static final int FLUSH_AT = 1 << 16;
        private final OutputStream out;
        private final CRC32C crc = new CRC32C();
        private final MemoOutput whole;

        private Writer(Path file, boolean whole) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.whole = whole ? new MemoOutput(true) : null;
        }

        /** Writes on in a section read whole. */
        public synchronized void write(Consumer<MemoOutput> values) {
            values.accept(whole);
            if (whole.size() >= FLUSH_AT) {
                flush(whole);
            }
        }

        /** Adds one entry to a section of entries. */
        public void entry(String key, Consumer<MemoOutput> values) {
            MemoOutput entry = new MemoOutput(false);
            values.accept(entry);
            MemoOutput head = new MemoOutput(false).string(key).integer(entry.size());
            synchronized (this) {
                flush(head);
                flush(entry);
            }
        }

        /**
         * Adds the entry {@code last} holds under the key as it is, without decoding it; false
         * when it holds none.
         */
        public boolean carry(String key, Entries last) {
            Optional<ByteBuffer> raw = last.raw(key);
            if (raw.isEmpty()) {
                return false;
            }
            byte[] entry = new byte[raw.get().remaining()];
            raw.get().get(entry);
            MemoOutput head = new MemoOutput(false).string(key).integer(entry.length);
            synchronized (this) {
                flush(head);
                try {
                    out.write(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                crc.update(entry);
            }
            return true;
        }

        private void flush(MemoOutput values) {
            try {
                out.write(values.array(), 0, values.size());
                crc.update(values.array(), 0, values.size());
                values.clear();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean closed;

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (whole != null) {
                flush(whole);
            }
            out.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
            out.close();
        }
    }

    /** Forgets the memo: the next build renders everything. */
    public static void discard(Path memo) throws IOException {
        Trees.delete(memo);
    }
}
