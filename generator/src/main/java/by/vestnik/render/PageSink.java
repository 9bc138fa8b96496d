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

    /**
     * Keeps the files the last build published (path to their stamps as published), in order, each
     * kept added to {@code produced}; true when every one was, false at the first that is no longer
     * as published. The caller then makes the files anew and writes those not in {@code produced}:
     * they are the same bytes, as the files were made from the same inputs.
     */
    default boolean keepAll(java.util.Map<String, by.vestnik.load.FileStamps.Stamp> files, java.util.Set<String> produced) {
        for (java.util.Map.Entry<String, by.vestnik.load.FileStamps.Stamp> file : files.entrySet()) {
            if (!keep(file.getKey(), file.getValue())) {
                return false;
            }
            produced.add(file.getKey());
        }
        return true;
    }

    /** Whether this build already produced the path. */
    boolean has(String path);
}
