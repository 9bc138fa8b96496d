package by.vestnik.render;

import java.nio.file.Path;

/** Where rendered output goes, by path relative to the site root ({@code ru/index.html}). */
public interface PageSink {
    void write(String path, byte[] content);

    /**
     * Writes a rendered text file (a page) as UTF-8. A sink that looks into pages as they are
     * written (the post-render check's facts) takes the text here instead of decoding the bytes.
     */
    default void writeText(String path, String text) {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void copy(String path, Path source);

    /**
     * Keeps the page the last build published at the path, as it is, when it is still the file
     * {@code published} describes; true when it did (the path is then produced), false when the
     * page must be written. A sink that cannot keep files always says false.
     */
    default boolean keep(String path, by.vestnik.load.FileStamps.Stamp published) {
        return false;
    }

    /** Whether this build already produced the path. */
    boolean has(String path);
}
