package by.vestnik.render;

import by.vestnik.images.ImageFormat;
import by.vestnik.model.Article;
import by.vestnik.model.Story;
import java.nio.file.Path;
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
        for (Path file : context.site.files().assets(story.dir())) {
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
            ArticleImages images = new ArticleImages(context, article);
            images.showFrontMatterImage();
            boolean feed = feeds.carries(article);
            Body body;
            try {
                body = body(story, article, images, feed);
            } catch (MarkdownRenderer.Refused e) {
                context.diagnostics.error(article.source().file(), e.line() + article.source().bodyLine(), e.getMessage());
                extracts.put(article, "", "");
                continue;
            }
            RenderMemo.Body memo = body.memo();
            for (MarkdownRenderer.Dropped dropped : memo.dropped()) {
                context.diagnostics.warning(article.source().file(),
                        dropped.line() < 0 ? 0 : dropped.line() + article.source().bodyLine(), dropped.what());
            }
            context.links.noteFiles(article, memo.fileUrls());
            extracts.put(article, memo.firstParagraph(),
                    memo.feedHtml() == null ? null : context.links.absoluteInFeed(article, memo.feedHtml()));
            images.lead().ifPresent(lead -> {
                extracts.putLead(article, ImageMarkup.view(lead, images.leadAlt(), context.site.urls()::href));
                context.photos.use(lead.crops().values());
            });
            var page = context.views.article(article, extracts.summary(article));
            Map<String, Object> model = context.model(page);
            // the body's digest stands for its HTML: the page's digest needs no HTML, so a kept page needs no body
            model.put("article", views.full(article, BODY_DIGEST + memo.digest(), images.top()));
            model.put("sharing", sharing.of(article, page, extracts.summary(article), memo.firstImage(),
                    images.lead(), images.leadAlt()));
            String digest = ModelDigest.of("article.ftlh", model);
            String[] html = {body.html()};
            java.util.function.Supplier<String> bodyHtml = () -> html[0] != null ? html[0] : (html[0] = html(article, body, images, feed));
            if (!context.keepPage(sink, article.path(), digest, page, article.source().updated())) {
                model.put("article", views.full(article, bodyHtml.get(), images.top()));
                context.renderPage(sink, "article.ftlh", model, article.path(), article.source().updated(), digest);
            }
            search.index(article, memo.digest(), bodyHtml, sink);
        }
    }

    /** Marks a body's digest where a model holds it in place of the HTML; no rendered HTML starts with it. */
    private static final String BODY_DIGEST = "\u0000body:";

    /** A version's body: as remembered, or rendered now ({@code html} null when it was not rendered in this build). */
    private record Body(RenderMemo.Body memo, String html, ArticleImages.Mark images) {
    }

    /**
     * The body as the last build rendered it, when the text is the same and every question its
     * rendering asked of the site gets the same answer now; else rendered, and remembered.
     */
    private Body body(Story story, Article article, ArticleImages images, boolean feed) {
        String key = RenderMemo.bodyKey(article.source().body(), feed);
        MarkdownRenderer.LinkRewriter pageLinks = context.links.forPage(article);
        MarkdownRenderer.LinkRewriter feedLinks = feed ? context.links.forFeed(article) : null;
        ArticleImages.Mark mark = images.mark();
        RenderMemo.Body last = context.memo.lastBody(article.path(), key);
        if (last != null && new BodyCalls(last.calls()).replay(pageLinks, feedLinks, images)) {
            context.memo.body(article.path(), last, story.dir().toString(), false);
            return new Body(last, null, mark);
        }
        images.reset(mark);
        BodyCalls calls = new BodyCalls();
        MarkdownRenderer.Rendered rendered = context.markdown.render(article.source().body().text(), calls.recording(pageLinks, false),
                calls.recording(feedLinks, true), calls.recording(images));
        RenderMemo.Body memo = new RenderMemo.Body(key, RenderMemo.bodyDigest(key, calls.calls()), calls.calls(),
                rendered.firstParagraph(), rendered.firstImage(), rendered.feedHtml(), rendered.dropped(),
                ContentLinks.fileUrls(rendered.html()));
        context.memo.body(article.path(), memo, story.dir().toString(), true);
        return new Body(memo, rendered.html(), mark);
    }

    /**
     * The body's HTML: a remembered body is rendered once more, from where its images stood, when
     * its page or search entry changed. The questions it asks were answered (and reported) by its
     * replay already; the problems they report again are the same ones, reported once.
     */
    private String html(Article article, Body body, ArticleImages images, boolean feed) {
        images.reset(body.images());
        return context.markdown.render(article.source().body().text(), context.links.forPage(article),
                feed ? context.links.forFeed(article) : null, images).html();
    }
}
