package by.vestnik.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
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
    /** The section files opened for entries, closed by {@link #close}. */
    private final java.util.List<FileChannel> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /** A section to read from start to end: read into the heap whole, its checksum verified. */
    public Optional<MemoInput> whole(String section) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(section));
            if (bytes.length < Long.BYTES) {
                return Optional.empty();
            }
            int size = bytes.length - Long.BYTES;
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, size);
            if (ByteBuffer.wrap(bytes, size, Long.BYTES).order(ByteOrder.BIG_ENDIAN).getLong() != crc.getValue()) {
                return Optional.empty(); // damaged: a section is never trusted in part
            }
            return Optional.of(new MemoInput(ByteBuffer.wrap(bytes, 0, size).slice(), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A section of entries, each read on its own by its key. The file is read once from start to
     * end, for its checksum and the place of each entry, and each entry again when asked for: it
     * is not mapped, as every page of a mapped file that is read stays in the build's resident
     * memory (the memo of 3 x 10,000 is 160 MB).
     */
    public Entries entries(String section) {
        if (dir == null) {
            return Entries.NONE;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(section), StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return Entries.NONE; // unreadable: nothing is reused
        }
        EntryIndex index;
        try {
            index = Scan.index(channel);
        } catch (IOException | RuntimeException e) {
            index = null;
        }
        if (index == null) {
            closeQuietly(channel);
            return Entries.NONE; // damaged or unreadable: a section is never trusted in part
        }
        opened.add(channel);
        return new Entries(channel, index);
    }

    /** Closes the section files; no entry can be read after. */
    public void close() {
        opened.forEach(BuildMemo::closeQuietly);
        opened.clear();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // it was only read
        }
    }

    /** Fills the buffer from the file at {@code position}; the file ending first is a damaged memo. */
    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the memo file ended early");
            }
        }
    }

    /** The entries of a section by key, read only when asked for. */
    public static final class Entries {
        private static final Entries NONE = new Entries(null, EntryIndex.EMPTY);

        public static Entries none() {
            return NONE;
        }

        private final FileChannel channel;
        private final EntryIndex index;

        private Entries(FileChannel channel, EntryIndex index) {
            this.channel = channel;
            this.index = index;
        }

        public boolean isEmpty() {
            return index.isEmpty();
        }

        /** The entry's bytes as they were written, for {@link Writer#carry}: a view of the bytes read, not a copy. */
        Optional<ByteBuffer> raw(String key) {
            byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
            Optional<ByteBuffer> found = Optional.empty();
            // the last entry written under the key counts, as a map of the keys kept it
            for (long[] at : index.candidates(EntryIndex.hash(wanted))) {
                byte[] bytes = new byte[(int) at[1]];
                try {
                    readFully(channel, ByteBuffer.wrap(bytes), at[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the build memo: " + e.getMessage(), e);
                }
                Optional<ByteBuffer> entry = entryUnder(bytes, wanted);
                if (entry.isPresent()) {
                    found = entry;
                }
            }
            return found;
        }

        /** The entry of a head and entry as {@link Writer#entry} wrote them, when the head's key is {@code key}. */
        private static Optional<ByteBuffer> entryUnder(byte[] headAndEntry, byte[] key) {
            ByteBuffer in = ByteBuffer.wrap(headAndEntry);
            MemoInput.ByteSource bytes = in::get;
            if (MemoInput.number(bytes) != 1 || MemoInput.number(bytes) != key.length
                    || !Arrays.equals(headAndEntry, in.position(), in.position() + key.length, key, 0, key.length)) {
                return Optional.empty();
            }
            in.position(in.position() + key.length);
            int length = Math.toIntExact(MemoInput.number(bytes));
            return Optional.of(ByteBuffer.wrap(headAndEntry, in.position(), length).slice());
        }

        /** The entry's reader; thread-safe (positional reads of the file). */
        public Optional<MemoInput> get(String key) {
            return raw(key).map(bytes -> new MemoInput(bytes, false));
        }
    }

    /**
     * One pass over a section of entries: the checksum of all of it, and each entry's place (the
     * key and length that {@link Writer#entry} wrote before it), read through one buffer.
     */
    private static final class Scan implements MemoInput.ByteSource {
        private final FileChannel channel;
        private final long end;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private final CRC32C crc = new CRC32C();
        /** Where in the file the buffer's content starts. */
        private long bufferStart;

        private Scan(FileChannel channel, long end) {
            this.channel = channel;
            this.end = end;
            buffer.limit(0);
        }

        /** Where each entry is, by its key; null when the checksum is not the one written. */
        static EntryIndex index(FileChannel channel) throws IOException {
            long size = channel.size();
            if (size < Long.BYTES) {
                return null;
            }
            Scan scan = new Scan(channel, size - Long.BYTES);
            EntryIndex index = new EntryIndex(1024);
            while (scan.offset() < scan.end) {
                long head = scan.offset();
                if (scan.number() != 1) {
                    return null; // an entry's key is never null, nor numbered
                }
                byte[] key = new byte[Math.toIntExact(scan.number())];
                for (int i = 0; i < key.length; i++) {
                    key[i] = scan.next();
                }
                long length = scan.number();
                index.add(EntryIndex.hash(key), head, Math.toIntExact(scan.offset() + length - head));
                scan.skip(length);
            }
            ByteBuffer stored = ByteBuffer.allocate(Long.BYTES);
            readFully(channel, stored, scan.end);
            return stored.flip().getLong() == scan.crc.getValue() ? index : null;
        }

        private long offset() {
            return bufferStart + buffer.position();
        }

        @Override
        public byte next() throws IOException {
            if (!buffer.hasRemaining()) {
                fill();
            }
            return buffer.get();
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                if (!buffer.hasRemaining()) {
                    fill();
                }
                int step = (int) Math.min(bytes, buffer.remaining());
                buffer.position(buffer.position() + step);
                bytes -= step;
            }
        }

        /** The next chunk, checksummed as it is read; past the end is a damaged file. */
        private void fill() throws IOException {
            bufferStart += buffer.limit();
            if (bufferStart >= end) {
                throw new IOException("an entry runs past the end of the memo file");
            }
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - bufferStart));
            readFully(channel, buffer, bufferStart);
            buffer.flip();
            crc.update(buffer.duplicate());
        }

        private long number() {
            return MemoInput.number(this);
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
         * Adds the entry {@code last} holds under the key as it is, without decoding more of it
         * than {@code wanted} reads to accept it; false when it holds none, or not one wanted.
         */
        public boolean carry(String key, Entries last, java.util.function.Predicate<MemoInput> wanted) {
            Optional<ByteBuffer> raw = last.raw(key);
            if (raw.isEmpty() || !wanted.test(new MemoInput(raw.get().duplicate(), false))) {
                return false;
            }
            ByteBuffer entry = raw.get();
            MemoOutput head = new MemoOutput(false).string(key).integer(entry.remaining());
            synchronized (this) {
                flush(head);
                try {
                    out.write(entry.array(), entry.arrayOffset() + entry.position(), entry.remaining());
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
