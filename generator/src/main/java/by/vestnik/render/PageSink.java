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

    /** Whether this build already produced the path. */
    boolean has(String path);
}
