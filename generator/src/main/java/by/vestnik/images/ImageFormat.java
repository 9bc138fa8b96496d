package by.vestnik.images;

import java.util.Locale;
import java.util.Optional;

/** The formats a story's photos may be in, told by their first bytes (not by the file name). */
public enum ImageFormat {
    JPEG, PNG, WEBP;

    /** The format of a file that starts with {@code head}, if it is one Vestnik reads. */
    static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** A name for a format Vestnik does not read, to say what the file is; empty when unknown. */
    static String describeOther(byte[] head) {
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(head, 0, 'B', 'M')) {
            return "a BMP image";
        }
        if (startsWith(head, 0, 'I', 'I', '*', 0) || startsWith(head, 0, 'M', 'M', 0, '*')) {
            return "a TIFF image";
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            return "a HEIC or AVIF image";
        }
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<?xml") || text.startsWith("<svg")) {
            return "an SVG drawing";
        }
        return "";
    }

    /**
     * Whether a file is a GIF or an SVG drawing: web formats that need no sized copies (and carry
     * no camera metadata), published as written like any other file of the story.
     */
    public static boolean isPublishedAsWritten(java.nio.file.Path file) {
        byte[] head = new byte[32];
        int read;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (java.io.IOException e) {
            return false;
        }
        String kind = describeOther(java.util.Arrays.copyOf(head, read));
        return kind.equals("a GIF image") || kind.equals("an SVG drawing");
    }

    /** Whether a file name looks like a photo Vestnik publishes in sized copies only. */
    public static boolean isPhotoName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".webp");
    }

    /**
     * The extension of the sized copies: PNG stays PNG (drawings and screenshots keep their sharp
     * edges), so does anything with transparency; photographs are JPEG.
     */
    String copyExtension(boolean alpha) {
        return this == PNG || alpha ? "png" : "jpg";
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
