package by.vestnik.render;

import java.nio.file.Path;

/** Where rendered output goes, by path relative to the site root ({@code ru/index.html}). */
public interface PageSink {
    void write(String path, byte[] content);

    void copy(String path, Path source);

    /** Whether this build already produced the path. */
    boolean has(String path);
}
