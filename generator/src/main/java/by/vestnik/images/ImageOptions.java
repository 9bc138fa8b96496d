package by.vestnik.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a build publishes photos.
 *
 * @param widths           the widths, in pixels, of the sized copies the theme offers (never upscaled)
 * @param cacheDir         where sized copies are kept between builds; null: {@code target/vestnik-images}
 *                         in the project
 * @param publishOriginals also publish the files as written (camera metadata and all) next to the pages
 * @param altText          what an image without alt text does to the build
 * @param maxFileBytes     a larger image file is refused
 * @param maxPixels        an image whose header announces more pixels is refused before it is decoded
 */
public record ImageOptions(List<Integer> widths, Path cacheDir, boolean publishOriginals, AltTextCheck altText,
                           long maxFileBytes, long maxPixels) {

    /** An image without alt text is an error (FAIL) or a warning (WARN). */
    public enum AltTextCheck { FAIL, WARN }

    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 800, 1200, 1600);
    public static final long DEFAULT_MAX_FILE_BYTES = 40L << 20;
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    public ImageOptions {
        widths = widths.stream().distinct().sorted().toList();
        if (widths.isEmpty() || widths.get(0) < 16 || widths.get(widths.size() - 1) > 8192) {
            throw new IllegalArgumentException("imageWidths: give one or more widths between 16 and 8192 pixels, "
                    + "such as 480,800,1200,1600");
        }
        Objects.requireNonNull(altText, "altText");
        if (maxFileBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    public static ImageOptions defaults() {
        return new ImageOptions(DEFAULT_WIDTHS, null, false, AltTextCheck.FAIL, DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_PIXELS);
    }

    public ImageOptions withWidths(List<Integer> value) {
        return new ImageOptions(value, cacheDir, publishOriginals, altText, maxFileBytes, maxPixels);
    }

    public ImageOptions withCacheDir(Path value) {
        return new ImageOptions(widths, value == null ? null : value.toAbsolutePath().normalize(), publishOriginals,
                altText, maxFileBytes, maxPixels);
    }

    public ImageOptions withPublishOriginals(boolean value) {
        return new ImageOptions(widths, cacheDir, value, altText, maxFileBytes, maxPixels);
    }

    public ImageOptions withAltText(AltTextCheck value) {
        return new ImageOptions(widths, cacheDir, publishOriginals, value, maxFileBytes, maxPixels);
    }

    public ImageOptions withLimits(long fileBytes, long pixels) {
        return new ImageOptions(widths, cacheDir, publishOriginals, altText, fileBytes, pixels);
    }

    /** The widest copy made. */
    public int largestWidth() {
        return widths.get(widths.size() - 1);
    }
}
