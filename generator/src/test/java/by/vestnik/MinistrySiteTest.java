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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ministry's own site (the repository's content/ and templates/), built as production builds
 * it, and read back with jsoup: the pages that must exist, hreflang and the language switcher.
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
        assertEquals(List.of(), reporter.formatted(TestSites.projectRoot()));
        assertEquals(0, result.warnings());
    }

    @Test
    void producesThreeHomesFiveArticlesThreeFeedsAndTheChooser() {
        List<String> html = TestSites.files(site, ".html");
        assertEquals(List.of(
                "be/index.html",
                "en/index.html",
                "en/news/2025/sco-expert-group/index.html",
                "en/news/2025/sco-ict-meeting-preparations/index.html",
                "index.html",
                "ru/index.html",
                "ru/news/2025/belarus-china-digital-development/index.html",
                "ru/news/2025/belarus-sco-digital-cooperation/index.html",
                "ru/news/2025/sco-expert-group/index.html"), html);
        assertEquals(List.of("be/rss.xml", "en/rss.xml", "ru/rss.xml"), TestSites.files(site, ".xml"));
        assertEquals(9, result.pages());
        assertEquals(3, result.feeds());
        for (String file : html.stream().filter(f -> f.contains("/news/")).toList()) {
            assertEquals(1, page(file).select("main article h1").size(), file + ": one article heading");
        }
    }

    @Test
    void everyPageDeclaresItsLanguage() {
        for (String file : TestSites.files(site, ".html")) {
            String expected = file.equals("index.html") ? "ru" : file.substring(0, 2);
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
