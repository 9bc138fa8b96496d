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

    public ArticlePages(RenderContext context) {
        this.context = context;
    }

    /** Renders every article page and returns the summaries that lists and feeds show. */
    public Summaries render(PageSink sink) {
        Summaries summaries = new Summaries();
        ArticleViews views = new ArticleViews(context, summaries);
        SharingMetadata sharing = new SharingMetadata(context);
        context.site.stories().parallelStream().forEach(story -> renderStory(story, sink, summaries, views, sharing));
        return summaries;
    }

    private void renderStory(Story story, PageSink sink, Summaries summaries, ArticleViews views,
                             SharingMetadata sharing) {
        List<Path> assets = ContentLoader.storyAssets(story.dir());
        for (Article article : story.versions()) {
            MarkdownRenderer.Rendered body;
            try {
                body = context.markdown.render(article.source().body(), context.links.forPage(article));
            } catch (MarkdownRenderer.TooDeeplyNested e) {
                context.diagnostics.error(article.source().file(), e.line() + article.source().bodyLine(), e.getMessage());
                summaries.put(article, "");
                continue;
            }
            summaries.put(article, body.firstParagraph());
            var page = context.views.article(article, summaries.of(article));
            Map<String, Object> model = context.model(page);
            model.put("article", views.full(article, body.html()));
            model.put("sharing", sharing.of(article, page, summaries.of(article), body.firstImage()));
            context.writePage(sink, "article.ftlh", model, article.path(), article.source().updated());
            for (Path asset : assets) {
                sink.copy(article.path() + asset.getFileName(), asset);
            }
        }
    }
}
