package by.vestnik.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
