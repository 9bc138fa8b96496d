package by.vestnik.search;

import java.nio.charset.StandardCharsets;

/** A file of the index: its path relative to the site root and its bytes. */
public record IndexFile(String path, byte[] content) {

    static IndexFile json(String directory, String prefix, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new IndexFile(directory + prefix + ContentHash.name(bytes) + ".json", bytes);
    }
}
