package by.vestnik.render;

import by.vestnik.images.Crop;
import by.vestnik.images.PublishedImage;
import by.vestnik.model.Article;
import java.util.Optional;
import by.vestnik.render.view.PageView;
import by.vestnik.render.view.Sharing;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Open Graph, Twitter card and schema.org {@code NewsArticle} data of an article page. The
 * publisher is the site's organisation ({@code site.name} in the page's language) as a
 * {@code GovernmentOrganization}; the images are crops of the version's lead photo (1200 × 630 for
 * cards; 16:9, 4:3 and 1:1 for JSON-LD), or else its first image at another address.
 */
final class SharingMetadata {
    private final RenderContext context;

    SharingMetadata(RenderContext context) {
        this.context = context;
    }

    Sharing of(Article article, PageView page, String summary, String firstImage, Optional<PublishedImage> lead,
               String leadAlt) {
        String language = article.language();
        String url = page.canonical();
        String image = lead.map(l -> context.site.urls().absolute(l.crops().get(Crop.CARD).path()))
                .orElseGet(() -> absoluteImage(url, firstImage));
        // Google's article guidelines: 16:9, 4:3 and 1:1, each at least 50,000 pixels
        List<String> images = lead.map(l -> List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE).stream()
                        .map(crop -> context.site.urls().absolute(l.crops().get(crop).path())).toList())
                .orElse(image.isEmpty() ? List.of() : List.of(image));
        int width = lead.map(l -> l.crops().get(Crop.CARD).width()).orElse(0);
        int height = lead.map(l -> l.crops().get(Crop.CARD).height()).orElse(0);
        List<String> alternates = context.site.story(article).versions().stream()
                .filter(v -> !v.language().equals(language))
                .map(v -> ogLocale(v.language()))
                .toList();
        List<String> tags = context.site.tagsOf(article).stream().map(t -> t.label(language)).toList();
        String published = DateFormats.iso(article.date());
        String modified = DateFormats.iso(article.source().updated());
        return new Sharing(ogLocale(language), alternates, image, width, height, lead.isPresent() ? leadAlt : "",
                published, modified, tags, jsonLd(article, url, summary, images, published, modified, tags));
    }

    /**
     * The first image as an absolute http(s) URL, or empty: an image the page would not show
     * (a data: URL, another scheme, a malformed address) is not announced to other sites either.
     */
    static String absoluteImage(String pageUrl, String image) {
        String written = image.strip();
        if (written.isEmpty()) {
            return "";
        }
        URI resolved;
        try {
            resolved = URI.create(pageUrl).resolve(URI.create(written));
        } catch (IllegalArgumentException malformed) {
            try {
                // a file name with spaces or other characters a URI must escape: escape them
                resolved = URI.create(pageUrl).resolve(new URI(null, null, written, null));
            } catch (URISyntaxException | IllegalArgumentException notAPath) {
                return "";
            }
        }
        String scheme = resolved.getScheme();
        return "http".equals(scheme) || "https".equals(scheme) ? resolved.toString() : "";
    }

    private String ogLocale(String language) {
        return context.messages.get(language, "og.locale");
    }

    private String jsonLd(Article article, String url, String summary, List<String> images, String published,
                          String modified, List<String> tags) {
        String language = article.language();
        String organisation = object(
                field("@type", "GovernmentOrganization"),
                field("name", context.messages.get(language, "site.name")),
                field("url", context.site.config().baseUrl().toString()));
        List<String> fields = new ArrayList<>(List.of(
                field("@context", "https://schema.org"),
                field("@type", "NewsArticle"),
                field("headline", article.title()),
                field("description", summary),
                field("datePublished", published),
                field("dateModified", modified),
                field("inLanguage", language),
                field("url", url),
                "\"mainEntityOfPage\":" + object(field("@type", "WebPage"), field("@id", url)),
                "\"publisher\":" + organisation,
                "\"author\":" + organisation));
        if (!images.isEmpty()) {
            fields.add("\"image\":[" + String.join(",", images.stream().map(SharingMetadata::string).toList()) + "]");
        }
        if (!tags.isEmpty()) {
            fields.add(field("keywords", String.join(", ", tags)));
        }
        return object(fields.toArray(String[]::new));
    }

    private static String object(String... fields) {
        return "{" + String.join(",", fields) + "}";
    }

    private static String field(String name, String value) {
        return string(name) + ":" + string(value);
    }

    private static String string(String value) {
        return ScriptJson.quoted(value);
    }
}
