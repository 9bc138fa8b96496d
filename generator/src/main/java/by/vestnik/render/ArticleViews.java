package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.ArticleView;
import by.vestnik.render.view.ImageView;
import by.vestnik.render.view.TagLink;
import java.util.List;

/** Articles as templates see them, on their own page or as an item of a list. */
final class ArticleViews {
    private final RenderContext context;
    private final ArticleExtracts extracts;

    ArticleViews(RenderContext context, ArticleExtracts extracts) {
        this.context = context;
        this.extracts = extracts;
    }

    ArticleView listItem(Article article) {
        return full(article, "", null);
    }

    /** @param top the front matter's image, shown above the text, or null */
    ArticleView full(Article article, String html, ImageView top) {
        var source = article.source();
        var urls = context.site.urls();
        List<TagLink> tags = context.site.tagsOf(article).stream()
                .map(tag -> new TagLink(tag.label(article.language()),
                        urls.href(SiteUrls.tag(article.language(), tag.slug())), 0))
                .toList();
        String address = source.source() == null ? "" : source.source();
        boolean ownAlias = SourceAddress.isOneOf(address, source.aliases());
        return new ArticleView(source.title(), urls.href(article.path()), urls.absolute(article.path()),
                DateFormats.iso(source.date()), context.dates.readable(source.date(), source.language()),
                extracts.summary(article), html, ownAlias ? "" : address, tags,
                ownAlias ? SourceAddress.shown(address) : "",
                source.wasUpdated() ? DateFormats.iso(source.updated()) : "",
                source.wasUpdated() ? context.dates.readable(source.updated(), source.language()) : "",
                source.wasUpdated() ? source.changes() : "", extracts.lead(article), top);
    }

    /** "Updated 10 April 2025: …" in the article's language, for feeds; empty when it never was updated. */
    String updateLine(Article article) {
        var source = article.source();
        if (!source.wasUpdated()) {
            return "";
        }
        return context.messages.get(source.language(), "article.updated") + " "
                + context.dates.readable(source.updated(), source.language())
                + (source.changes().isEmpty() ? "" : ": " + source.changes());
    }
}
