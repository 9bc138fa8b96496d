package by.vestnik.render;

import by.vestnik.load.ContentLoader;
import by.vestnik.model.Article;
import by.vestnik.model.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One page per article version, with the story's linked files (images, attachments) copied next to each, and the sharing
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
        context.site.stories().parallelStream().forEach(story -> publishFiles(story, sink));
        return extracts;
    }

    /**
     * The files of a story folder that its articles (or others) link to are published next to
     * each version's page; the rest ({@code ru.md.bak}, {@code notes.txt}) stay private, each
     * named in a warning.
     */
    private void publishFiles(Story story, PageSink sink) {
        for (Path file : ContentLoader.storyAssets(story.dir())) {
            if (!context.links.isReferenced(file)) {
                context.diagnostics.warning(file, 0, "no article links to this file, so it is not published; "
                        + "link to it, or keep it outside the content directory");
                continue;
            }
            for (Article article : story.versions()) {
                sink.copy(article.path() + file.getFileName(), file);
            }
        }
    }

    private void renderStory(Story story, PageSink sink, ArticleExtracts extracts, ArticleViews views,
                             SharingMetadata sharing) {
        for (Article article : story.versions()) {
            MarkdownRenderer.Rendered body;
            try {
                body = context.markdown.render(article.source().body().text(), context.links.forPage(article),
                        feeds.carries(article) ? context.links.forFeed(article) : null);
            } catch (MarkdownRenderer.Refused e) {
                context.diagnostics.error(article.source().file(), e.line() + article.source().bodyLine(), e.getMessage());
                extracts.put(article, "", "");
                continue;
            }
            for (MarkdownRenderer.Dropped dropped : body.dropped()) {
                context.diagnostics.warning(article.source().file(),
                        dropped.line() < 0 ? 0 : dropped.line() + article.source().bodyLine(), dropped.what());
            }
            context.links.noteFilesIn(article, body.html());
            extracts.put(article, body.firstParagraph(),
                    body.feedHtml() == null ? null : context.links.absoluteInFeed(article, body.feedHtml()));
            var page = context.views.article(article, extracts.summary(article));
            Map<String, Object> model = context.model(page);
            model.put("article", views.full(article, body.html()));
            model.put("sharing", sharing.of(article, page, extracts.summary(article), body.firstImage()));
            context.writePage(sink, "article.ftlh", model, article.path(), article.source().updated());
            search.index(article, body.html(), sink);
        }
    }
}
