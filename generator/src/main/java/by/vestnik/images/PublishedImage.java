package by.vestnik.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A story's photo as the site publishes it: sized copies for {@code srcset}, narrowest first, the
 * same widths as WebP where the photo is a photograph and libwebp is there, and the sharing crops.
 * Width and height are the picture's as seen (orientation applied).
 *
 * @param source the photo's file in the content
 * @param webp   WebP copies at the widths of {@code sizes}, or none
 */
public record PublishedImage(Path source, int width, int height, List<Variant> sizes, List<Variant> webp,
                             Map<Crop, Variant> crops) {

    public PublishedImage {
        sizes = List.copyOf(sizes);
        webp = List.copyOf(webp);
        crops = Map.copyOf(crops);
    }

    /** The copy a browser without {@code srcset} (or a feed reader) gets: the widest up to {@code max}. */
    public Variant fallback(int max) {
        Variant chosen = sizes.get(0);
        for (Variant variant : sizes) {
            if (variant.width() <= max) {
                chosen = variant;
            }
        }
        return chosen;
    }

    public Variant largest() {
        return sizes.get(sizes.size() - 1);
    }
}
