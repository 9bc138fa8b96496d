package by.vestnik.render;

import by.vestnik.load.ContentLoader;
import by.vestnik.model.Article;
import by.vestnik.model.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One page per article version, with the story's images copied next to each, and the sharing
 * metadata (Open Graph, Twitter card, JSON-LD NewsArticle) of each.
 */
public final class ArticlePages {
    private final RenderContext context;
    private final FeedPlan feeds;
    private final SearchPages search;

    ArticlePages(RenderContext context, FeedPlan feeds, SearchPages search) {
        this.context = context;
        this.feeds = feeds;
        this.search = search;
    }

    /** Renders every article page and returns what lists and feeds need of the bodies. */
    ArticleExtracts render(PageSink sink) {
        ArticleExtracts extracts = new ArticleExtracts();
        ArticleViews views = new ArticleViews(context, extracts);
        SharingMetadata sharing = new SharingMetadata(context);
        context.site.stories().parallelStream().forEach(story -> renderStory(story, sink, extracts, views, sharing));
        return extracts;
    }

    private void renderStory(Story story, PageSink sink, ArticleExtracts extracts, ArticleViews views,
                             SharingMetadata sharing) {
        List<Path> assets = ContentLoader.storyAssets(story.dir());
        for (Article article : story.versions()) {
            MarkdownRenderer.Rendered body;
            try {
                body = context.markdown.render(article.source().body().text(), context.links.forPage(article),
                        feeds.carries(article) ? context.links.forFeed(article) : null);
            } catch (MarkdownRenderer.TooDeeplyNested e) {
                context.diagnostics.error(article.source().file(), e.line() + article.source().bodyLine(), e.getMessage());
                extracts.put(article, "", "");
                continue;
            }
            extracts.put(article, body.firstParagraph(), body.feedHtml());
            var page = context.views.article(article, extracts.summary(article));
            Map<String, Object> model = context.model(page);
            model.put("article", views.full(article, body.html()));
            model.put("sharing", sharing.of(article, page, extracts.summary(article), body.firstImage()));
            context.writePage(sink, "article.ftlh", model, article.path(), article.source().updated());
            search.index(article, body.html(), sink);
            for (Path asset : assets) {
                sink.copy(article.path() + asset.getFileName(), asset);
            }
        }
    }
}
