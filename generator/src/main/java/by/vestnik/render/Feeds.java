package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.FeedView;
import java.util.List;
import java.util.Map;

/**
 * One RSS 2.0 feed per language with its newest articles: the summary in {@code description},
 * the full text with absolute links in {@code content:encoded}, dates from the articles (never
 * the build clock). A language with no articles still gets a valid, empty channel.
 */
public final class Feeds {
    private final RenderContext context;
    private final Summaries summaries;

    public Feeds(RenderContext context, Summaries summaries) {
        this.context = context;
        this.summaries = summaries;
    }

    public int render(PageSink sink) {
        for (String language : context.site.languages()) {
            sink.write(SiteUrls.feed(language), context.templates.render("rss.ftlx", model(language)));
        }
        return context.site.languages().size();
    }

    private Map<String, Object> model(String language) {
        var msg = context.messages.of(language);
        var page = context.views.perLanguage("feed", language, msg.get("feed.title"), msg.get("site.description"),
                SiteUrls::home);
        List<Article> newest = context.site.articles(language).stream().limit(context.site.config().feedSize()).toList();
        List<FeedView.FeedItem> items = newest.stream().map(this::item).toList();
        String lastBuildDate = newest.isEmpty() ? "" : DateFormats.rfc822(newest.get(0).date());
        var urls = context.site.urls();
        Map<String, Object> model = context.model(page);
        model.put("feed", new FeedView(msg.get("site.name") + " — " + msg.get("feed.title"),
                urls.absolute(SiteUrls.home(language)), urls.absolute(SiteUrls.feed(language)),
                msg.get("site.description"), language, lastBuildDate, items));
        return model;
    }

    private FeedView.FeedItem item(Article article) {
        String html = context.markdown.render(article.source().body(), context.links.forFeed(article)).html();
        return new FeedView.FeedItem(article.title(), context.site.urls().absolute(article.path()),
                DateFormats.rfc822(article.date()), summaries.of(article), html);
    }
}
