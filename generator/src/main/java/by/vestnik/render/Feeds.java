package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.render.view.FeedView;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Writes the RSS 2.0 feeds of the {@link FeedPlan}: the summary (and the note of an update) in
 * {@code description}, the full text with absolute links in {@code content:encoded}, dates from the
 * articles (never the build clock). A language with no articles still gets a valid, empty channel.
 */
public final class Feeds {
    /**
     * A feed's {@code description} is HTML: the plain-text summary has its markup characters
     * escaped, and nothing else. HTML's named entities ({@code &uuml;}) are not XML and would
     * reach readers as they are; letters outside ASCII stay letters (the feed is UTF-8).
     */
    private static final CharSequenceTranslator PLAIN_TEXT_AS_HTML = new LookupTranslator(
            Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;"));

    private final RenderContext context;
    private final ArticleExtracts extracts;
    private final FeedPlan plan;
    private final ArticleViews views;

    Feeds(RenderContext context, ArticleExtracts extracts, FeedPlan plan) {
        this.context = context;
        this.extracts = extracts;
        this.plan = plan;
        this.views = new ArticleViews(context, extracts);
    }

    /** Writes every feed, in parallel, and returns how many. */
    int render(PageSink sink) {
        plan.feeds().parallelStream().forEach(feed -> write(sink, feed));
        return plan.feeds().size();
    }

    private void write(PageSink sink, FeedPlan.Feed feed) {
        var msg = context.messages.of(feed.language());
        var urls = context.site.urls();
        String lastBuildDate = feed.items().isEmpty() ? "" : DateFormats.rfc822(ListPages.newest(feed.items()));
        Map<String, Object> model = context.model(context.views.standalone("feed", feed.language(), feed.title(),
                feed.pagePath()));
        model.put("feed", new FeedView(feed.title(), urls.absolute(feed.pagePath()), urls.absolute(feed.feedPath()),
                msg.get("site.description"), feed.language(), lastBuildDate,
                feed.items().stream().map(this::item).toList()));
        sink.write(feed.feedPath(), context.templates.render("rss.ftlx", model));
    }

    private FeedView.FeedItem item(Article article) {
        return new FeedView.FeedItem(article.title(), context.site.urls().absolute(article.path()),
                DateFormats.rfc822(article.date()), description(article), extracts.feedHtml(article));
    }

    /** The summary, and for an updated story the line "Updated 10 April 2025: …" after it. */
    private String description(Article article) {
        String summary = PLAIN_TEXT_AS_HTML.translate(extracts.summary(article));
        String update = views.updateLine(article);
        return update.isEmpty() ? summary : "<p>" + summary + "</p><p>" + PLAIN_TEXT_AS_HTML.translate(update) + "</p>";
    }
}
