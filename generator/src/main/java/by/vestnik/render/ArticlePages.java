package by.vestnik.render;

import by.vestnik.images.ImageFormat;
import by.vestnik.load.ContentLoader;
import by.vestnik.model.Article;
import by.vestnik.model.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One page per article version, with the story's other files (a PDF) copied next to each, the
 * copies of the photos its versions show (once, under {@code media/}), and the sharing metadata
 * (Open Graph, Twitter card, JSON-LD NewsArticle) of each.
 */
public final class ArticlePages {
    private final RenderContext context;
    private final FeedPlan feeds;

    ArticlePages(RenderContext context, FeedPlan feeds) {
        this.context = context;
        this.feeds = feeds;
    }

    /** Renders every article page and returns what lists and feeds need of the bodies. */
    ArticleExtracts render(PageSink sink) {
        ArticleExtracts extracts = new ArticleExtracts();
        ArticleViews views = new ArticleViews(context, extracts);
        SharingMetadata sharing = new SharingMetadata(context);
        context.site.stories().parallelStream().forEach(story -> renderStory(story, sink, extracts, views, sharing));
        context.photos.writeTo(sink);
        warnAboutUnusedPhotos();
        return extracts;
    }

    /** A photo in a story folder that no version shows is not published: say so rather than drop it silently. */
    private void warnAboutUnusedPhotos() {
        if (publishOriginals()) {
            return;
        }
        var used = context.photos.processor().used();
        for (Story story : context.site.stories()) {
            for (Path asset : ContentLoader.storyAssets(story.dir())) {
                if (ImageFormat.isPhotoName(asset.getFileName().toString()) && !used.contains(asset.toAbsolutePath().normalize())) {
                    context.diagnostics.warning(asset, 0, "no version of the story shows this image, so it is not "
                            + "published; show it with ![what it shows](" + asset.getFileName() + ") or remove it");
                }
            }
        }
    }

    private boolean publishOriginals() {
        return context.site.config().images().publishOriginals();
    }

    private void renderStory(Story story, PageSink sink, ArticleExtracts extracts, ArticleViews views,
                             SharingMetadata sharing) {
        // photos are published as sized copies without metadata; the files as written only if asked
        List<Path> assets = ContentLoader.storyAssets(story.dir()).stream()
                .filter(asset -> publishOriginals() || !ImageFormat.isPhotoName(asset.getFileName().toString()))
                .toList();
        for (Article article : story.versions()) {
            MarkdownRenderer.Rendered body;
            ArticleImages images = new ArticleImages(context, article);
            images.showFrontMatterImage();
            try {
                body = context.markdown.render(article.source().body().text(), context.links.forPage(article),
                        feeds.carries(article) ? context.links.forFeed(article) : null, images);
            } catch (MarkdownRenderer.TooDeeplyNested e) {
                context.diagnostics.error(article.source().file(), e.line() + article.source().bodyLine(), e.getMessage());
                extracts.put(article, "", "");
                continue;
            }
            extracts.put(article, body.firstParagraph(), body.feedHtml());
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
            for (Path asset : assets) {
                sink.copy(article.path() + asset.getFileName(), asset);
            }
        }
    }
}
