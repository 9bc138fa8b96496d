package by.vestnik.check;

import static by.vestnik.check.XmlElements.child;
import static by.vestnik.check.XmlElements.children;
import static by.vestnik.check.XmlElements.text;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Every feed is RSS 2.0 with a channel title, link and description, its own address in
 * {@code atom:link rel=self}, absolute links (items, guids, and in {@code content:encoded}), and
 * item links that lead to pages of the site.
 */
final class FeedCheck implements SiteCheck {
    private static final Evaluator CONTENT_LINKS = QueryParser.parse("a[href], img[src]");

    @Override
    public void xml(CheckedSite site, String path, Document feed, Findings findings) {
        Element rss = child(feed, "rss");
        if (rss == null) {
            return;
        }
        if (!"2.0".equals(rss.attr("version"))) {
            findings.report(path, "the feed is not RSS 2.0 (version '" + rss.attr("version") + "')");
        }
        Element channel = child(rss, "channel");
        if (channel == null) {
            findings.report(path, "the feed has no channel");
            return;
        }
        for (String required : List.of("title", "link", "description")) {
            if (child(channel, required) == null) {
                findings.report(path, "the feed's channel has no <" + required + ">");
            }
        }
        Element self = channel.children().stream()
                .filter(e -> e.tagName().equals("atom:link") && e.attr("rel").equals("self"))
                .findFirst().orElse(null);
        if (self == null || !self.attr("href").equals(site.baseUrl() + path)) {
            findings.report(path, "atom:link rel=self must be " + site.baseUrl() + path);
        }
        checkAbsolute(site, findings, path, "channel link", text(channel, "link"));
        for (Element item : children(channel, "item")) {
            String link = text(item, "link");
            checkAbsolute(site, findings, path, "item link", link);
            site.links().pageOf(link).filter(t -> !site.has(t))
                    .ifPresent(t -> findings.report(path, "item link " + link + " leads to no page"));
            Element guid = child(item, "guid");
            if (guid != null && !"false".equals(guid.attr("isPermaLink"))) {
                checkAbsolute(site, findings, path, "guid", guid.text());
            }
            Element content = child(item, "content:encoded");
            if (content != null) {
                Document html = Jsoup.parseBodyFragment(content.text());
                for (Element element : html.select(CONTENT_LINKS)) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (!url.startsWith("mailto:") && !url.startsWith("tel:")) {
                        checkAbsolute(site, findings, path, "link in content:encoded of " + link, url);
                    }
                }
            }
        }
    }

    private static void checkAbsolute(CheckedSite site, Findings findings, String path, String what, String url) {
        if (!site.links().isAbsoluteHttp(url)) {
            findings.report(path, what + " '" + url + "' is not an absolute URL");
        }
    }
}
