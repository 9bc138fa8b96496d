package by.vestnik.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A story's photo as the site publishes it: sized copies for {@code srcset}, narrowest first, and
 * the sharing crops. Width and height are the picture's as seen (orientation applied).
 *
 * @param source the photo's file in the content
 */
public record PublishedImage(Path source, int width, int height, List<Variant> sizes, Map<Crop, Variant> crops) {

    public PublishedImage {
        sizes = List.copyOf(sizes);
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
