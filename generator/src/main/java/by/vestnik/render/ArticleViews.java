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
        return new ArticleView(source.title(), urls.href(article.path()), urls.absolute(article.path()),
                DateFormats.iso(source.date()), context.dates.readable(source.date(), source.language()),
                extracts.summary(article), html, source.source() == null ? "" : source.source(), tags,
                extracts.lead(article), top);
    }
}
