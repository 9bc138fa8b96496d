package by.vestnik.render;

import by.vestnik.load.Tag;
import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The site's feeds, decided before anything renders: one per language and one per tag and
 * language, each with its newest items. Known early so that article pages can keep, from their
 * one parse, the HTML the feeds will need.
 */
final class FeedPlan {
    /** One channel: its title, the page it belongs to, its own path, and its items newest first. */
    record Feed(String language, String title, String pagePath, String feedPath, List<Article> items) {
    }

    private final List<Feed> feeds = new ArrayList<>();
    private final Set<String> itemPaths = new HashSet<>();

    /**
     * "Site — feed", or the site's name alone where the two are the same words (the embedded
     * English strings call both "News": no "News — News" for a site that names itself nothing).
     */
    static String channelTitle(String siteName, String feedName) {
        return siteName.equals(feedName) ? siteName : siteName + " — " + feedName;
    }

    FeedPlan(RenderContext context) {
        var site = context.site;
        int size = site.config().feedSize();
        for (String language : site.languages()) {
            var msg = context.messages.of(language);
            add(new Feed(language, channelTitle(msg.get("site.name"), msg.get("feed.title")), SiteUrls.home(language),
                    SiteUrls.feed(language), newest(site.articles(language), size)));
            for (Tag tag : site.tags()) {
                List<Article> tagged = site.articlesTagged(language, tag);
                if (!tagged.isEmpty()) {
                    add(new Feed(language, channelTitle(msg.get("site.name"), tag.label(language)),
                            SiteUrls.tag(language, tag.slug()), SiteUrls.tagFeed(language, tag.slug()),
                            newest(tagged, size)));
                }
            }
        }
    }

    List<Feed> feeds() {
        return List.copyOf(feeds);
    }

    boolean carries(Article article) {
        return itemPaths.contains(article.path());
    }

    private void add(Feed feed) {
        feeds.add(feed);
        feed.items().forEach(article -> itemPaths.add(article.path()));
    }

    private static List<Article> newest(List<Article> articles, int size) {
        return List.copyOf(articles.subList(0, Math.min(size, articles.size())));
    }
}
