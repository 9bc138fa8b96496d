package by.vestnik.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCheckTest {
    private static String feed(String version, String self, String channel) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"" + version + "\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<atom:link href=\"" + self + "\" rel=\"self\" type=\"application/rss+xml\"/>" + channel + "</channel></rss>";
    }

    @Test
    void aGoodFeedPasses() {
        CheckFixture site = new CheckFixture()
                .page("ru/a/index.html", "", "")
                .file("ru/rss.xml", feed("2.0", "https://example.org/news/ru/rss.xml",
                        "<title>T</title><link>https://example.org/news/ru/</link><description>D</description>"
                                + "<item><title>A</title><link>https://example.org/news/ru/a/</link><guid>https://example.org/news/ru/a/</guid>"
                                + "<content:encoded><![CDATA[<p><a href=\"https://example.org/news/ru/a/#x\">a</a> <a href=\"mailto:a@example.org\">m</a>"
                                + " <img src=\"https://example.org/news/ru/a/p.jpg\"></p>]]></content:encoded></item>"));
        assertEquals(List.of(), site.findings(new FeedCheck()));
    }

    @Test
    void everyRuleBrokenOnce() {
        CheckFixture site = new CheckFixture()
                .page("ru/a/index.html", "", "")
                .file("ru/rss.xml", feed("0.91", "https://example.org/news/rss.xml",
                        "<title>T</title><link>/news/ru/</link>"
                                + "<item><title>A</title><link>https://example.org/news/ru/b/</link><guid>a-1</guid>"
                                + "<content:encoded><![CDATA[<p><a href=\"../a/\">rel</a> <img src=\"p.jpg\"></p>]]></content:encoded></item>"
                                + "<item><title>B</title><link>https://example.org/news/ru/a/</link><guid isPermaLink=\"false\">b-1</guid></item>"))
                .file("be/rss.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>");
        assertEquals(List.of(
                "be/rss.xml: the feed has no channel",
                "ru/rss.xml: atom:link rel=self must be https://example.org/news/ru/rss.xml",
                "ru/rss.xml: channel link '/news/ru/' is not an absolute URL",
                "ru/rss.xml: guid 'a-1' is not an absolute URL",
                "ru/rss.xml: item link https://example.org/news/ru/b/ leads to no page",
                "ru/rss.xml: link in content:encoded of https://example.org/news/ru/b/ '../a/' is not an absolute URL",
                "ru/rss.xml: link in content:encoded of https://example.org/news/ru/b/ 'p.jpg' is not an absolute URL",
                "ru/rss.xml: the feed is not RSS 2.0 (version '0.91')",
                "ru/rss.xml: the feed's channel has no <description>"),
                site.findings(new FeedCheck()));
    }
}
