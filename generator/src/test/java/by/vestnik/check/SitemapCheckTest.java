package by.vestnik.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SitemapCheckTest {
    private static String urlset(String... locs) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String loc : locs) {
            xml.append("<url><loc>").append(loc).append("</loc></url>");
        }
        return xml.append("</urlset>").toString();
    }

    @Test
    void listsEveryIndexablePageOnceAndNothingElse() {
        CheckFixture site = new CheckFixture()
                .page("ru/index.html", "", "")
                .page("ru/a/index.html", "", "")
                .page("ru/b/index.html", "", "")
                .page("ru/404.html", "<meta name=\"robots\" content=\"noindex\">", "")
                .file("sitemap.xml", urlset("https://example.org/news/ru/", "https://example.org/news/ru/a/",
                        "https://example.org/news/ru/gone/", "https://other.example/ru/"))
                .file("sitemap-2.xml", urlset("https://example.org/news/ru/a/"));
        assertEquals(List.of(
                "ru/b/index.html: the sitemap does not list this page",
                // sitemap-2.xml comes first in path order: the second listing is sitemap.xml's
                "sitemap.xml: lists https://example.org/news/ru/a/ more than once",
                "sitemap.xml: lists https://example.org/news/ru/gone/, which is not a page of the site",
                "sitemap.xml: lists https://other.example/ru/, which is not a page of the site"),
                site.findings(new SitemapCheck()));
    }

    @Test
    void aSiteWithoutASitemapIsNotAskedForOne() {
        CheckFixture site = new CheckFixture().page("ru/index.html", "", "");
        assertEquals(List.of(), site.findings(new SitemapCheck()));
    }

    /** What {@link SitemapCheck#xml} takes of the parsed document, to hold the streamed reading to. */
    private static List<String> parsedLocations(String xml) {
        Element urlset = XmlElements.child(Jsoup.parse(xml, "", Parser.xmlParser()), "urlset");
        return XmlElements.children(urlset, "url").stream().map(url -> XmlElements.text(url, "loc")).toList();
    }

    @Test
    void aSitemapReadAsAStreamGivesTheLocationsOfItsParsedDocument() {
        String base = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">";
        List<String> sitemaps = List.of(
                urlset("https://example.org/news/ru/", "https://example.org/news/ru/a/"),
                base + "<url><lastmod>2026-01-01</lastmod><xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"https://example.org/x\"/>"
                        + "<loc>\n   https://example.org/news/ru/b/  \n</loc><loc>https://example.org/second/</loc></url>"
                        + "<url><lastmod>2026-01-01</lastmod></url>" // no loc: an empty one, reported as not a page
                        + "<url><loc><![CDATA[https://example.org/news/ru/c/]]></loc></url>"
                        + "<url><loc>https://example.org/news/ru/d/?a=1&amp;b=2</loc></url>"
                        + "<other><url><loc>https://example.org/deeper/</loc></url></other></urlset>",
                urlset());
        for (String xml : sitemaps) {
            Optional<List<String>> streamed = SitemapLocations.of(xml.getBytes(StandardCharsets.UTF_8));
            assertEquals(Optional.of(parsedLocations(xml)), streamed, xml);
        }
        assertEquals(List.of("https://example.org/news/ru/b/", "", "https://example.org/news/ru/c/",
                "https://example.org/news/ru/d/?a=1&b=2"), SitemapLocations.of(sitemaps.get(1).getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void whatIsNoPlainSitemapIsLeftToTheParsedDocument() {
        for (String xml : List.of(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>",
                "<sitemapindex><sitemap><loc>https://example.org/news/sitemap-1.xml</loc></sitemap></sitemapindex>",
                urlset("https://example.org/news/ru/") + "<rss version=\"2.0\"/>", // a second root: a feed to FeedCheck
                "<urlset><url><loc>https://example.org/news/ru/</url></urlset>", // not well-formed
                "<!DOCTYPE urlset [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><urlset><url><loc>&e;</loc></url></urlset>")) {
            assertTrue(SitemapLocations.of(xml.getBytes(StandardCharsets.UTF_8)).isEmpty(), xml);
        }
    }

    @Test
    void aSitemapTheStreamCannotReadIsStillChecked() {
        String broken = urlset("https://example.org/news/ru/gone/").replace("</urlset>", "<url><loc>x</url></urlset>");
        CheckFixture site = new CheckFixture().page("ru/index.html", "", "").file("sitemap.xml", broken);
        List<String> findings = site.findings(new SitemapCheck());
        assertTrue(findings.contains("sitemap.xml: lists https://example.org/news/ru/gone/, which is not a page of the site"), findings.toString());
    }
}
