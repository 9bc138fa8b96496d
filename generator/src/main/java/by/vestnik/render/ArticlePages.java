package by.vestnik.render;

import by.vestnik.images.ImageFormat;
import by.vestnik.load.ContentLoader;
import by.vestnik.model.Article;
import by.vestnik.model.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One page per article version, with the story's linked files (attachments) copied next to each,
 * the copies of the photos its versions show (once, under {@code media/}), and the sharing
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
        context.photos.writeTo(sink);
        context.site.stories().parallelStream().forEach(story -> publishFiles(story, sink));
        return extracts;
    }

    private boolean publishOriginals() {
        return context.site.config().images().publishOriginals();
    }

    /**
     * The files of a story folder that its articles (or others) link to are published next to
     * each version's page; the rest ({@code ru.md.bak}, {@code notes.txt}) stay private, each
     * named in a warning.
     */
    private void publishFiles(Story story, PageSink sink) {
        var shownPhotos = context.photos.processor().used();
        for (Path file : ContentLoader.storyAssets(story.dir())) {
            boolean photo = ImageFormat.isPhotoName(file.getFileName().toString());
            boolean shown = photo && shownPhotos.contains(file.toAbsolutePath().normalize());
            if (photo && !publishOriginals()) {
                // published as sized copies without metadata, if shown at all
                if (context.links.isReferenced(file)) {
                    // raw HTML (<img src="photo.jpg">) shows the file by its name: it gets the largest copy,
                    // without metadata, under that name
                    context.photos.of(file).ifPresent(image -> story.versions().forEach(article ->
                            sink.copy(article.path() + file.getFileName(), image.largest().cached())));
                } else if (!shown) {
                    context.diagnostics.warning(file, 0, "no version of the story shows this image, so it is not "
                            + "published; show it with ![what it shows](" + file.getFileName() + ") or remove it");
                }
                continue;
            }
            if (!shown && !context.links.isReferenced(file)) {
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
            ArticleImages images = new ArticleImages(context, article);
            images.showFrontMatterImage();
            try {
                body = context.markdown.render(article.source().body().text(), context.links.forPage(article),
                        feeds.carries(article) ? context.links.forFeed(article) : null, images);
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
            images.lead().ifPresent(lead -> {
                extracts.putLead(article, ImageMarkup.view(lead, images.leadAlt(), context.site.urls()::href));
                context.photos.use(lead.crops().values());
            });
            var page = context.views.article(article, extracts.summary(article));
            Map<String, Object> model = context.model(page);
            model.put("article", views.full(article, body.html(), images.top()));
            model.put("sharing", sharing.of(article, page, extracts.summary(article), body.firstImage(),
                    images.lead(), images.leadAlt()));
            context.writePage(sink, "article.ftlh", model, article.path(), article.source().updated());
            search.index(article, body.html(), sink);
        }
    }
}
