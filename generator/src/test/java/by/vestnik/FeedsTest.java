package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every feed of the ministry site and of the fixture site, parsed by ROME (a real RSS library)
 * and checked against the pages the build produced.
 */
class FeedsTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static Path ministry;
    static Path small;

    @BeforeAll
    static void build() {
        ministry = tmp.resolve("ministry");
        TestSites.build(TestSites.ministryConfig(ministry).build(), new RecordingReporter());
        small = tmp.resolve("small");
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), small).build(), new RecordingReporter());
    }

    /** A built site, its base URL, a language. */
    static Stream<Arguments> feeds() {
        List<Arguments> all = new ArrayList<>();
        for (String language : TestSites.LANGUAGES) {
            all.add(Arguments.of("ministry", ministry, "https://mpt.gov.by/", language));
            all.add(Arguments.of("small", small, "https://news.example.gov.by/", language));
        }
        return all.stream();
    }

    static Channel parse(Path site, String language) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Channel channel = (Channel) input.build(new StringReader(TestSites.read(site.resolve(language + "/rss.xml"))));
        assertEquals("rss_2.0", channel.getFeedType());
        return channel;
    }

    /** The page a URL of the site names, parsed; fails when the build did not produce it. */
    static Document pageAt(Path site, String base, String url) {
        assertTrue(url.startsWith(base), url + " is an absolute URL of the site");
        String file = url.substring(base.length());
        file = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
        Path path = site.resolve(file);
        assertTrue(java.nio.file.Files.isRegularFile(path), url + " names no produced page");
        return Jsoup.parse(TestSites.read(path), url);
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("feeds")
    void channelNamesItsLanguageLinkAndItself(String name, Path site, String base, String language) throws Exception {
        Channel channel = parse(site, language);
        assertEquals(language, channel.getLanguage());
        assertEquals(base + language + "/", channel.getLink());
        assertFalse(channel.getTitle().isBlank());
        assertFalse(channel.getDescription().isBlank());
        List<Element> self = channel.getForeignMarkup().stream()
                .filter(e -> e.getName().equals("link") && ATOM.equals(e.getNamespaceURI()))
                .filter(e -> "self".equals(e.getAttributeValue("rel")))
                .toList();
        assertEquals(1, self.size(), "one atom:link rel=self");
        assertEquals(base + language + "/rss.xml", self.get(0).getAttributeValue("href"));
        assertEquals("application/rss+xml", self.get(0).getAttributeValue("type"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("feeds")
    void itemsAreTheLanguagesPagesNewestFirstWithTheirDates(String name, Path site, String base, String language)
            throws Exception {
        Channel channel = parse(site, language);
        List<Item> items = channel.getItems();
        Document home = pageAt(site, base, base + language + "/");
        List<String> listed = home.select("main .article-list h2 a").eachAttr("abs:href");
        assertEquals(listed, items.stream().map(Item::getLink).toList(), "the feed has the home's articles, in order");
        List<Instant> dates = new ArrayList<>();
        List<Instant> modified = new ArrayList<>();
        for (Item item : items) {
            assertNotNull(item.getGuid(), "guid");
            assertTrue(item.getGuid().isPermaLink());
            assertEquals(item.getLink(), item.getGuid().getValue(), "guid is the link");
            Document page = pageAt(site, base, item.getLink());
            assertEquals(item.getLink(), page.selectFirst("link[rel=canonical]").attr("href"),
                    "item link is the page's canonical URL");
            assertEquals(page.selectFirst("main h1").text(), item.getTitle(), "title as on the page");
            assertNotNull(item.getPubDate(), "pubDate parses");
            Instant published = OffsetDateTime.parse(page.selectFirst("main time").attr("datetime")).toInstant();
            assertEquals(published, item.getPubDate().toInstant(), "pubDate is the article's date");
            dates.add(published);
            var updated = page.selectFirst("main .article__updated time");
            modified.add(updated == null ? published : OffsetDateTime.parse(updated.attr("datetime")).toInstant());
            assertFalse(item.getDescription().getValue().isBlank(), "summary in description");
        }
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        if (!items.isEmpty()) {
            Instant lastBuild = channel.getLastBuildDate().toInstant();
            assertEquals(modified.stream().max(Comparator.naturalOrder()).orElseThrow(), lastBuild,
                    "lastBuildDate is the newest article's date or update, not the build clock");
        }
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("feeds")
    void fullTextIsHtmlWithAbsoluteLinksOnly(String name, Path site, String base, String language) throws Exception {
        for (Item item : parse(site, language).getItems()) {
            assertNotNull(item.getContent(), "content:encoded");
            String html = item.getContent().getValue();
            Document body = Jsoup.parseBodyFragment(html);
            assertFalse(body.select("p").isEmpty(), "content:encoded holds HTML, unescaped once: " + html);
            Document page = pageAt(site, base, item.getLink());
            assertEquals(page.select(".article__body").text(), body.body().text(), "the full text of the page");
            for (org.jsoup.nodes.Element element : body.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertTrue(url.matches("^(https?|mailto|tel):.*") || url.isEmpty(),
                        item.getLink() + ": relative URL '" + url + "' in content:encoded");
            }
        }
    }

    @Test
    void aLanguageWithoutArticlesGetsAValidEmptyChannel() throws Exception {
        Channel be = parse(ministry, "be");
        assertEquals(List.of(), be.getItems());
        assertEquals("be", be.getLanguage());
        assertEquals("https://mpt.gov.by/be/", be.getLink());
    }

    @Test
    void fixtureFeedsCarryTheRightItems() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "ru", List.of("https://news.example.gov.by/ru/news/2025/roads/",
                        "https://news.example.gov.by/ru/news/2025/budget/"),
                "be", List.of("https://news.example.gov.by/be/news/2025/budget/"),
                "en", List.of("https://news.example.gov.by/en/news/2025/budget/"));
        for (String language : TestSites.LANGUAGES) {
            assertEquals(expected.get(language), parse(small, language).getItems().stream().map(Item::getLink).toList(),
                    language + ": published articles only, newest first (no draft, no future story)");
        }
    }

    @Test
    void markupInTitlesIsEscapedExactlyOnce() throws Exception {
        Item en = parse(small, "en").getItems().get(0);
        assertEquals("Budget & <plans> for 2025", en.getTitle());
        Item ru = parse(small, "ru").getItems().get(1);
        assertEquals("Бюджет & <планы> на 2025 год", ru.getTitle());
        // description is HTML to feed readers: the plain-text summary is HTML-escaped, then XML-escaped
        assertEquals("Коротко: бюджет &amp; планы", ru.getDescription().getValue());
        assertEquals("Коротко: бюджет & планы", Jsoup.parse(ru.getDescription().getValue()).text());
        String xml = TestSites.read(small.resolve("en/rss.xml"));
        assertTrue(xml.contains("<title>Budget &amp; &lt;plans&gt; for 2025</title>"), "escaped once in the XML");
        assertFalse(xml.replaceAll("(?s)<description>.*?</description>", "").contains("&amp;amp;"),
                "nothing but the description's HTML is escaped twice");
        Document page = pageAt(small, "https://news.example.gov.by/", en.getLink());
        assertEquals("Budget & <plans> for 2025", page.selectFirst("main h1").text());
        assertTrue(page.select("main h1 *").isEmpty(), "no element made of the title");
    }

    @Test
    void feedSizeLimitsItemsToTheNewest() throws Exception {
        Path out = tmp.resolve("small-1");
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).feedSize(1).build(),
                new RecordingReporter());
        assertEquals(List.of("https://news.example.gov.by/ru/news/2025/roads/"),
                parse(out, "ru").getItems().stream().map(Item::getLink).toList());
    }
}
