package by.vestnik.graph;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one build leaves for the next so that it need not render again what did not change: named
 * sections (the rendered bodies, the pages, the search entries, the check's facts), each written
 * and read by the component that owns it. The memo is bound to a key: the engine, the
 * configuration and the templates it was made with, and the published tree it describes; under
 * any other key it is not read at all, and the build renders everything.
 */
public final class BuildMemo {
    private static final String HEADER = "vestnik-memo 2";

    private final Map<String, byte[]> sections;

    private BuildMemo(Map<String, byte[]> sections) {
        this.sections = sections;
    }

    public static BuildMemo empty() {
        return new BuildMemo(Map.of());
    }

    /** Beside the output directory, with the rest of its state. */
    public static Path location(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".vestnik-memo");
    }

    /** The memo in {@code file} when it was made under {@code key}; empty when missing, unreadable or made under another. */
    public static BuildMemo read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16))) {
            if (!HEADER.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return empty();
            }
            Map<String, byte[]> sections = new LinkedHashMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                if (in.readLong() != checksum(bytes)) {
                    return empty(); // damaged: a memo is never trusted in part
                }
                sections.put(name, bytes);
            }
            return new BuildMemo(sections);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The named section, to be read by its owner; each is handed out once (then the memory is let go). */
    public synchronized Optional<MemoInput> take(String section) {
        byte[] bytes = sections.isEmpty() ? null : sections.remove(section);
        return Optional.ofNullable(bytes).map(MemoInput::new);
    }

    /** What this build leaves for the next. */
    public static final class Next {
        private final Map<String, byte[]> sections = new LinkedHashMap<>();

        public synchronized void section(String name, Consumer<MemoOutput> writer) {
            MemoOutput out = new MemoOutput();
            writer.accept(out);
            sections.put(name, out.toByteArray());
        }

        /** Writes the memo under {@code key}: to a temporary file first, so that a crash leaves the old one or none. */
        public synchronized void write(Path file, String key) throws IOException {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream stream = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream, 1 << 16))) {
                out.writeUTF(HEADER);
                out.writeUTF(key);
                out.writeInt(sections.size());
                for (Map.Entry<String, byte[]> section : sections.entrySet()) {
                    out.writeUTF(section.getKey());
                    out.writeInt(section.getValue().length);
                    out.write(section.getValue());
                    out.writeLong(checksum(section.getValue()));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Forgets the memo: the next build renders everything. */
    public static void discard(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
