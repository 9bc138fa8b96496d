package by.vestnik.render;

import by.vestnik.images.PublishedImage;
import by.vestnik.images.Variant;
import by.vestnik.render.view.ImageView;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTML of a photo in an article body: {@code srcset} of its sized copies with the width the
 * layout gives it ({@code sizes}), its own width and height (the browser reserves the space: no
 * layout shift), {@code decoding="async"}, and {@code loading="lazy"} for all but the first.
 */
final class ImageMarkup {
    /** The article column: at most 40rem (the 42rem measure less its padding), else the viewport less 2rem. */
    static final String BODY_SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";
    /** A feed reader gets one copy, absolute, at most this wide. */
    private static final int FEED_WIDTH = 800;

    private ImageMarkup() {
    }

    /** What templates get: the copies as URLs, for the theme's own {@code <img>}. */
    static ImageView view(PublishedImage image, String alt, Function<String, String> href) {
        Variant fallback = image.fallback(FEED_WIDTH);
        Variant largest = image.largest();
        return new ImageView(href.apply(fallback.path()), srcset(image.sizes(), href), srcset(image.webp(), href),
                largest.width(), largest.height(), alt);
    }

    /** {@code <img>}, inside a {@code <picture>} with a WebP {@code <source>} where there are WebP copies. */
    static String page(PublishedImage image, String alt, String title, boolean lazy, Function<String, String> href) {
        ImageView view = view(image, alt, href);
        String img = "<img src=\"" + BodyImages.escape(view.src()) + "\" srcset=\"" + BodyImages.escape(view.srcset())
                + "\" sizes=\"" + BODY_SIZES + "\" width=\"" + view.width() + "\" height=\"" + view.height()
                + "\" alt=\"" + BodyImages.escape(alt) + "\""
                + (title.isEmpty() ? "" : " title=\"" + BodyImages.escape(title) + "\"")
                + (lazy ? " loading=\"lazy\"" : "") + " decoding=\"async\">";
        if (view.webpSrcset().isEmpty()) {
            return img;
        }
        return "<picture><source type=\"image/webp\" srcset=\"" + BodyImages.escape(view.webpSrcset()) + "\" sizes=\""
                + BODY_SIZES + "\">" + img + "</picture>";
    }

    static String feed(PublishedImage image, String alt, String title, Function<String, String> absolute) {
        Variant copy = image.fallback(FEED_WIDTH);
        return "<img src=\"" + BodyImages.escape(absolute.apply(copy.path())) + "\" width=\"" + copy.width()
                + "\" height=\"" + copy.height() + "\" alt=\"" + BodyImages.escape(alt) + "\""
                + (title.isEmpty() ? "" : " title=\"" + BodyImages.escape(title) + "\"") + ">";
    }

    private static String srcset(java.util.List<Variant> copies, Function<String, String> href) {
        return copies.stream().map(v -> href.apply(v.path()) + " " + v.width() + "w").collect(Collectors.joining(", "));
    }
}
