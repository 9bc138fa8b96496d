package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search=false} leaves out every search page, every index file and the header's link; nothing else changes. */
class SearchSwitchTest {
    @TempDir
    Path tmp;

    @Test
    void searchOffLeavesOutThePagesTheIndexAndTheLink() {
        Path site = TestSites.fixture("small");
        Path on = tmp.resolve("on");
        Path off = tmp.resolve("off");
        TestSites.build(TestSites.fixtureConfig(site, on).build(), new RecordingReporter());
        TestSites.build(TestSites.fixtureConfig(site, off).search(false).build(), new RecordingReporter());
        Map<String, byte[]> withSearch = TestSites.tree(on);
        Map<String, byte[]> without = TestSites.tree(off);

        assertTrue(withSearch.containsKey("ru/search/index.html"), "the default has a search page");
        List<String> searchFiles = without.keySet().stream().filter(p -> p.matches("[a-z]{2}/search/.*")).toList();
        assertEquals(List.of(), searchFiles);
        for (String path : List.of("ru/index.html", "en/index.html")) {
            Document page = Jsoup.parse(new String(without.get(path), java.nio.charset.StandardCharsets.UTF_8));
            assertFalse(page.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("/search/")),
                    path + " links to a search page that does not exist");
            Document defaultPage = Jsoup.parse(new String(withSearch.get(path), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(defaultPage.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("/search/")),
                    path + " has no search link by default");
        }
        // the article pages and feeds are the same apart from the header's link
        assertEquals(withSearch.keySet().stream().filter(p -> !p.matches("[a-z]{2}/search/.*") && !p.startsWith("sitemap")
                        && !p.startsWith("."))
                .sorted().toList(),
                without.keySet().stream().filter(p -> !p.startsWith("sitemap") && !p.startsWith(".")).sorted().toList());
        assertTrue(java.util.Arrays.equals(withSearch.get("ru/rss.xml"), without.get("ru/rss.xml")), "the feed changed");
    }
}
