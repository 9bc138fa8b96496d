package by.vestnik.render.view;

import java.util.List;

/**
 * What an article page tells social networks and search engines: Open Graph and Twitter card
 * values, and the JSON-LD {@code NewsArticle}, already serialised (it goes into a script element
 * as it is, every string JSON-escaped, {@code /} included, so no {@code </script>} can appear).
 * The image is the 1200 × 630 crop of the lead photo (width and height 0 when unknown: an image
 * at another address), or empty.
 */
public record Sharing(String ogLocale, List<String> ogLocaleAlternates, String image, int imageWidth, int imageHeight,
                      String imageAlt, String published, String modified, List<String> tags, String jsonLd) {

    public Sharing {
        ogLocaleAlternates = List.copyOf(ogLocaleAlternates);
        tags = List.copyOf(tags);
    }
}
