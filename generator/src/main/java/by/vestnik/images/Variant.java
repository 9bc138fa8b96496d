package by.vestnik.images;

import java.nio.file.Path;

/**
 * One published copy of a photo.
 *
 * @param path   where it is published, relative to the site root ({@code media/…/photo-800.jpg})
 * @param cached the file in the cache that holds its bytes
 */
public record Variant(String path, int width, int height, Path cached) {
}
