package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.HreflangChecker;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen copy of the ministry's site ({@code sites/ministry}: the seed stories, their topic
 * table and the ministry's templates), built as production builds it, and read back with jsoup:
 * exactly the pages it must have (homes, articles, topics, years, the sitemap, redirects at the
 * seed stories' old addresses, 404 pages), hreflang and the language switcher. The live
 * {@code content/} is checked by {@link LiveMinistrySiteTest}, with invariants of any content.
 */
class MinistrySiteTest {
    static final String BASE = "https://mpt.gov.by/";
    static final String APRIL_RU = "ru/news/2025/sco-expert-group/index.html";
    static final String APRIL_EN = "en/news/2025/sco-expert-group/index.html";

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;
    static RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = TestSites.build(TestSites.ministryConfig(site).build(), reporter);
    }

    static Document page(String file) {
        Path path = site.resolve(file);
        assertTrue(Files.isRegularFile(path), file + " was not produced");
        return Jsoup.parse(TestSites.read(path), BASE + file);
    }

    static Map<String, String> alternates(Document doc) {
        return doc.select("link[rel=alternate][hreflang]").stream()
                .collect(Collectors.toMap(e -> e.attr("hreflang"), e -> e.attr("href"), (a, b) -> {
                    throw new AssertionError("hreflang given twice: " + a + ", " + b);
                }, TreeMap::new));
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertEquals(List.of(), reporter.formatted(TestSites.fixture("ministry")));
        assertEquals(0, result.warnings());
    }

    /** Each seed story's old address on the ministry's former site, and the article it now redirects to. */
    static final Map<String, String> OLD_PATHS = Map.of(
            "node/10378/index.html", "ru/news/2025/sco-expert-group/",
            "meeting-expert-group-preparation-4th-meeting-heads-ministries-and-departments-sco-member-states/index.html",
            "en/news/2025/sco-expert-group/",
            "preparations-fourth-meeting-heads-ministries-and-departments-sco-member-states-responsible-ict/index.html",
            "en/news/2025/sco-ict-meeting-preparations/",
            "belarus-nalazhivaet-sotrudnichestvo-v-ramkakh-shos-v-oblasti-cifry/index.html",
            "ru/news/2025/belarus-sco-digital-cooperation/",
            "node/10669/index.html", "ru/news/2025/belarus-china-digital-development/");

    @Test
    void producesEveryPageOfTheNewsSectionAndNothingElse() {
        List<String> html = TestSites.files(site, ".html");
        List<String> expected = new ArrayList<>(List.of(
                "404.html",
                "be/404.html",
                "be/index.html",
                "be/news/index.html",
                "be/search/index.html",
                "be/tags/index.html",
                "en/404.html",
                "en/index.html",
                "en/news/2025/index.html",
                "en/news/2025/sco-expert-group/index.html",
                "en/news/2025/sco-ict-meeting-preparations/index.html",
                "en/news/index.html",
                "en/search/index.html",
                "en/tags/china/index.html",
                "en/tags/digital-transformation/index.html",
                "en/tags/index.html",
                "en/tags/sco/index.html",
                "index.html",
                "ru/404.html",
                "ru/index.html",
                "ru/news/2025/belarus-china-digital-development/index.html",
                "ru/news/2025/belarus-sco-digital-cooperation/index.html",
                "ru/news/2025/index.html",
                "ru/news/2025/sco-expert-group/index.html",
                "ru/news/index.html",
                "ru/search/index.html",
                "ru/tags/artificial-intelligence/index.html",
                "ru/tags/china/index.html",
                "ru/tags/digital-transformation/index.html",
                "ru/tags/index.html",
                "ru/tags/sco/index.html"));
        expected.addAll(OLD_PATHS.keySet());
        assertEquals(expected.stream().sorted().toList(), html);
        assertEquals(List.of(
                "be/rss.xml",
                "en/rss.xml",
                "en/tags/china/rss.xml",
                "en/tags/digital-transformation/rss.xml",
                "en/tags/sco/rss.xml",
                "ru/rss.xml",
                "ru/tags/artificial-intelligence/rss.xml",
                "ru/tags/china/rss.xml",
                "ru/tags/digital-transformation/rss.xml",
                "ru/tags/sco/rss.xml",
                "sitemap.xml"), TestSites.files(site, ".xml"));
        assertTrue(Files.isRegularFile(site.resolve("robots.txt")));
        assertEquals(html.size(), result.pages());
        assertEquals(10, result.feeds());
        for (String file : html.stream().filter(f -> f.matches("[a-z]{2}/news/\\d{4}/[^/]+/index.html")).toList()) {
            assertEquals(1, page(file).select("main article h1").size(), file + ": one article heading");
        }
    }

    @Test
    void tagPagesListTheTopicsArticlesInEachLanguageWithTheTopicsFeed() {
        assertEquals(List.of("/ru/news/2025/belarus-sco-digital-cooperation/", "/ru/news/2025/sco-expert-group/"),
                page("ru/tags/sco/index.html").select("main .article-list h2 a").eachAttr("href"));
        assertEquals(List.of("/ru/news/2025/belarus-china-digital-development/"),
                page("ru/tags/artificial-intelligence/index.html").select("main .article-list h2 a").eachAttr("href"));
        assertEquals(List.of("/en/news/2025/sco-ict-meeting-preparations/", "/en/news/2025/sco-expert-group/"),
                page("en/tags/china/index.html").select("main .article-list h2 a").eachAttr("href"));
        Document sco = page("en/tags/sco/index.html");
        assertEquals("SCO", sco.selectFirst("main h1").text());
        assertEquals("/en/tags/sco/rss.xml", sco.selectFirst("main .feed-link a").attr("href"));
        assertEquals(Map.of("ru", BASE + "ru/tags/sco/", "en", BASE + "en/tags/sco/", "x-default", BASE + "ru/tags/sco/"),
                alternates(sco), "no be version: be has no articles on the topic");
        assertEquals(Map.of("ru", BASE + "ru/tags/artificial-intelligence/",
                        "x-default", BASE + "ru/tags/artificial-intelligence/"),
                alternates(page("ru/tags/artificial-intelligence/index.html")));
        assertEquals(List.of("/ru/tags/sco/", "/ru/tags/china/", "/ru/tags/digital-transformation/",
                        "/ru/tags/artificial-intelligence/"),
                page("ru/tags/index.html").select("main .tag-index a").eachAttr("href"), "in the tag table's order");
        assertTrue(page("be/tags/index.html").select("main .tag-index").isEmpty(), "be has no topics yet");
        assertEquals(List.of("/ru/tags/sco/", "/ru/tags/china/", "/ru/tags/digital-transformation/"),
                page("ru/news/2025/sco-expert-group/index.html").select("main .article__tags a").eachAttr("href"));
    }

    @Test
    void yearPagesAndTheArchiveListTheYearsArticles() {
        assertEquals(List.of(
                        "/ru/news/2025/belarus-china-digital-development/",
                        "/ru/news/2025/belarus-sco-digital-cooperation/",
                        "/ru/news/2025/sco-expert-group/"),
                page("ru/news/2025/index.html").select("main .article-list h2 a").eachAttr("href"));
        assertEquals(List.of("/ru/news/2025/"), page("ru/news/index.html").select("main .year-index a").eachAttr("href"));
        assertEquals(List.of("/en/news/2025/"), page("en/news/index.html").select("main .year-index a").eachAttr("href"));
        assertTrue(page("be/news/index.html").select("main .year-index").isEmpty());
        assertEquals(Map.of("ru", BASE + "ru/news/2025/", "en", BASE + "en/news/2025/", "x-default", BASE + "ru/news/2025/"),
                alternates(page("en/news/2025/index.html")));
    }

    @Test
    void eachSeedStorysOldAddressRedirectsToItsArticle() {
        OLD_PATHS.forEach((file, target) -> {
            Document doc = page(file);
            assertEquals(BASE + target, doc.selectFirst("link[rel=canonical]").attr("href"), file);
            assertEquals("0; url=/" + target, doc.selectFirst("meta[http-equiv=refresh]").attr("content"), file);
            assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"), file);
            assertEquals(List.of("/" + target), doc.select("main a").eachAttr("href"), file + ": a visible link");
            assertEquals(page(target + "index.html").selectFirst("main h1").text(), doc.selectFirst("main a").text(),
                    file + ": the link names the article");
            assertEquals(page(target + "index.html").selectFirst("html").attr("lang"),
                    doc.selectFirst("html").attr("lang"), file);
            assertTrue(alternates(doc).isEmpty(), file + ": a redirect is in no hreflang group");
        });
    }

    @Test
    void notFoundPagesAreNoindexInEveryLanguageAndAtTheRoot() {
        for (String file : List.of("404.html", "ru/404.html", "be/404.html", "en/404.html")) {
            Document doc = page(file);
            assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"), file);
            assertTrue(alternates(doc).isEmpty(), file);
            String language = file.equals("404.html") ? "ru" : file.substring(0, 2);
            assertEquals(language, doc.selectFirst("html").attr("lang"), file);
            assertEquals("/" + language + "/", doc.selectFirst("main a").attr("href"), file + ": a way home");
        }
    }

    @Test
    void theSitemapListsEveryIndexablePageAndNoRedirectOrNotFoundPage() {
        Document sitemap = Jsoup.parse(TestSites.read(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("urlset > url > loc").eachText();
        List<String> indexable = TestSites.files(site, ".html").stream()
                .filter(f -> page(f).selectFirst("meta[name=robots]") == null)
                .map(f -> BASE + f.replaceFirst("index\\.html$", ""))
                .sorted().toList();
        assertEquals(indexable, locs.stream().sorted().toList());
        assertEquals(TestSites.files(site, ".html").size() - OLD_PATHS.size() - 4, locs.size(),
                "every page but the redirects and the 4 not-found pages");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n",
                TestSites.read(site.resolve("robots.txt")));
    }

    @Test
    void everyPageDeclaresItsLanguage() {
        for (String file : TestSites.files(site, ".html")) {
            String expected = OLD_PATHS.containsKey(file) ? OLD_PATHS.get(file).substring(0, 2)
                    : file.matches("[a-z]{2}/.*") ? file.substring(0, 2) : "ru";
            assertEquals(expected, page(file).selectFirst("html").attr("lang"), file);
        }
    }

    @Test
    void homesListTheirLanguagesArticlesNewestFirst() {
        assertEquals(List.of(
                        "/ru/news/2025/belarus-china-digital-development/",
                        "/ru/news/2025/belarus-sco-digital-cooperation/",
                        "/ru/news/2025/sco-expert-group/"),
                page("ru/index.html").select("main .article-list a").eachAttr("href"));
        assertEquals(List.of(
                        "/en/news/2025/sco-ict-meeting-preparations/",
                        "/en/news/2025/sco-expert-group/"),
                page("en/index.html").select("main .article-list a").eachAttr("href"));
        Document be = page("be/index.html");
        assertTrue(be.select("main .article-list").isEmpty(), "be has no articles");
        assertFalse(be.select("main .empty").text().isBlank(), "be home says it has no news yet");
        List<String> dates = page("ru/index.html").select("main .article-list time").eachAttr("datetime");
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
    }

    @Test
    void translatedStoryVersionsListEachOtherThemselvesAndXDefault() {
        Map<String, String> expected = Map.of(
                "ru", BASE + "ru/news/2025/sco-expert-group/",
                "en", BASE + "en/news/2025/sco-expert-group/");
        for (String file : List.of(APRIL_RU, APRIL_EN)) {
            Map<String, String> alternates = alternates(page(file));
            assertEquals(Set.of("ru", "en", "x-default"), alternates.keySet(), file);
            assertEquals(expected.get("ru"), alternates.get("ru"), file);
            assertEquals(expected.get("en"), alternates.get("en"), file);
            assertTrue(alternates.get("x-default").startsWith(BASE), file + ": x-default absolute");
        }
        assertEquals(alternates(page(APRIL_RU)), alternates(page(APRIL_EN)), "both versions list the same set");
        assertEquals(expected.get("en"), page(APRIL_EN).selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void translatedStorySwitcherLinksToTheTranslationAndToTheHomeOfAMissingLanguage() {
        Map<String, String> switcher = switcher(page(APRIL_EN));
        assertEquals("/ru/news/2025/sco-expert-group/", switcher.get("ru"));
        assertEquals("/be/", switcher.get("be"));
        assertEquals(null, switcher.get("en"), "the current language is not a link");
        assertNotNull(page(APRIL_EN).selectFirst(".language-switcher [aria-current=page][lang=en]"));
    }

    @Test
    void singleLanguageStoriesListThemselvesAndXDefaultOnly() {
        Map<String, String> onlyRu = Map.of(
                "ru/news/2025/belarus-china-digital-development/index.html", "ru",
                "ru/news/2025/belarus-sco-digital-cooperation/index.html", "ru",
                "en/news/2025/sco-ict-meeting-preparations/index.html", "en");
        onlyRu.forEach((file, language) -> {
            Document doc = page(file);
            String self = BASE + file.substring(0, file.length() - "index.html".length());
            Map<String, String> alternates = alternates(doc);
            assertEquals(Set.of(language, "x-default"), alternates.keySet(), file);
            assertEquals(self, alternates.get(language), file);
            assertEquals(self, alternates.get("x-default"), file + ": the only version is the default");
            Map<String, String> switcher = switcher(doc);
            for (String other : TestSites.LANGUAGES) {
                if (!other.equals(language)) {
                    assertEquals("/" + other + "/", switcher.get(other), file + ": switcher to " + other);
                }
            }
        });
    }

    @Test
    void homesAndChooserListAllLanguagesWithTheChooserAsXDefault() {
        Map<String, String> expected = Map.of("ru", BASE + "ru/", "be", BASE + "be/", "en", BASE + "en/",
                "x-default", BASE);
        for (String file : List.of("index.html", "ru/index.html", "be/index.html", "en/index.html")) {
            assertEquals(expected, alternates(page(file)), file);
        }
        Document chooser = page("index.html");
        assertEquals(List.of("/ru/", "/be/", "/en/"), chooser.select("main .language-choice a").eachAttr("href"));
        assertEquals(BASE, chooser.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void hreflangIsReciprocalAcrossTheWholeSite() {
        assertEquals(List.of(), new HreflangChecker(site, BASE, TestSites.LANGUAGES).problems());
    }

    @Test
    void everyRootRelativeLinkAndEveryHeadLinkPointsToAProducedFile() {
        for (String file : TestSites.files(site, ".html")) {
            Document doc = page(file);
            for (Element link : doc.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/")) {
                    String target = href.substring(1).replaceAll("#.*", "");
                    target = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                    assertTrue(Files.isRegularFile(site.resolve(target)), file + " links to missing " + href);
                } else if (link.tagName().equals("link") && href.startsWith(BASE)) {
                    // <a> with the base URL's host may be the ministry's old site (article sources)
                    String target = href.substring(BASE.length());
                    target = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                    assertTrue(Files.isRegularFile(site.resolve(target)), file + " links to missing " + href);
                }
            }
        }
    }

    /** The language switcher's links by language code; the current language has none. */
    static Map<String, String> switcher(Document doc) {
        Map<String, String> links = new TreeMap<>();
        for (Element a : doc.select(".language-switcher a[hreflang]")) {
            links.put(a.attr("hreflang"), a.attr("href"));
        }
        return links;
    }
}
