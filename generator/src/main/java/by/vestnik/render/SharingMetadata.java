package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.render.view.PageView;
import by.vestnik.render.view.Sharing;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Open Graph, Twitter card and schema.org {@code NewsArticle} data of an article page. The
 * publisher is the site's organisation ({@code site.name} in the page's language) as a
 * {@code GovernmentOrganization}; the image is the article's first image, if it has one.
 */
final class SharingMetadata {
    private final RenderContext context;

    SharingMetadata(RenderContext context) {
        this.context = context;
    }

    Sharing of(Article article, PageView page, String summary, String firstImage) {
        String language = article.language();
        String url = page.canonical();
        String image = absoluteImage(url, firstImage);
        List<String> alternates = context.site.story(article).versions().stream()
                .filter(v -> !v.language().equals(language))
                .map(v -> ogLocale(v.language()))
                .toList();
        List<String> tags = context.site.tagsOf(article).stream().map(t -> t.label(language)).toList();
        String published = DateFormats.iso(article.date());
        String modified = DateFormats.iso(article.source().updated());
        return new Sharing(ogLocale(language), alternates, image, published, modified, tags,
                jsonLd(article, url, summary, image, published, modified, tags));
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

    private String jsonLd(Article article, String url, String summary, String image, String published,
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
        if (!image.isEmpty()) {
            fields.add("\"image\":[" + string(image) + "]");
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
