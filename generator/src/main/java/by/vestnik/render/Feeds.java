package by.vestnik.render;

import by.vestnik.load.Tag;
import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.FeedView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RSS 2.0 feeds, one per language and one per tag and language, each with its newest articles:
 * the summary in {@code description}, the full text with absolute links in {@code content:encoded},
 * dates from the articles (never the build clock). A language with no articles still gets a
 * valid, empty channel.
 */
public final class Feeds {
    private final RenderContext context;
    private final Summaries summaries;

    public Feeds(RenderContext context, Summaries summaries) {
        this.context = context;
        this.summaries = summaries;
    }

    /** Writes every feed, in parallel, and returns how many. */
    public int render(PageSink sink) {
        List<Runnable> feeds = new ArrayList<>();
        for (String language : context.site.languages()) {
            var msg = context.messages.of(language);
            feeds.add(() -> write(sink, language, msg.get("site.name") + " — " + msg.get("feed.title"),
                    SiteUrls.home(language), SiteUrls.feed(language), context.site.articles(language)));
            for (Tag tag : context.site.tags()) {
                List<Article> tagged = context.site.articlesTagged(language, tag);
                if (!tagged.isEmpty()) {
                    feeds.add(() -> write(sink, language, msg.get("site.name") + " — " + tag.label(language),
                            SiteUrls.tag(language, tag.slug()), SiteUrls.tagFeed(language, tag.slug()), tagged));
                }
            }
        }
        feeds.parallelStream().forEach(Runnable::run);
        return feeds.size();
    }

    private void write(PageSink sink, String language, String title, String pagePath, String feedPath,
                       List<Article> articles) {
        var msg = context.messages.of(language);
        var urls = context.site.urls();
        List<Article> newest = articles.stream().limit(context.site.config().feedSize()).toList();
        String lastBuildDate = newest.isEmpty() ? "" : DateFormats.rfc822(ListPages.newest(newest));
        Map<String, Object> model = context.model(context.views.standalone("feed", language, title, pagePath));
        model.put("feed", new FeedView(title, urls.absolute(pagePath), urls.absolute(feedPath),
                msg.get("site.description"), language, lastBuildDate, newest.stream().map(this::item).toList()));
        sink.write(feedPath, context.templates.render("rss.ftlx", model));
    }

    private FeedView.FeedItem item(Article article) {
        String html = context.markdown.render(article.source().body(), context.links.forFeed(article)).html();
        return new FeedView.FeedItem(article.title(), context.site.urls().absolute(article.path()),
                DateFormats.rfc822(article.date()), summaries.of(article), html);
    }
}
