package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.render.Messages;
import by.vestnik.support.ContentIndex;
import by.vestnik.support.ContentIndex.Version;
import by.vestnik.support.HreflangChecker;
import by.vestnik.support.NuChecker;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live ministry site (the repository's content/ and templates/, which the web team changes
 * every day), built as production builds it, clock included, and checked only by what holds for
 * any content: what it should publish is read from the stories' front matter, never written down
 * here. Every published version has its page (and no other article page exists), with its title,
 * date, language and translations; homes, years and topics list exactly their articles, newest
 * first, over all their pages; every alias redirects; every page passes the Nu checker; hreflang
 * is complete and reciprocal, in the pages and the sitemap; every feed parses and carries the
 * newest articles; the sitemap lists every indexable page once; every internal link resolves.
 * Exact pages are asserted on the frozen copy instead ({@link MinistrySiteTest}).
 */
class LiveMinistrySiteTest {
    static final String BASE = "https://mpt.gov.by/";
    static final String ARTICLE_PAGE = "[a-z]{2,3}(-[A-Za-z0-9]+)*/news/\\d{4}/[^/]+/index\\.html";

    @TempDir
    static Path tmp;
    static Path site;
    static SiteConfig config;
    static ContentIndex content;
    static Instant now;
    static final Map<String, Document> parsed = new HashMap<>();

    @BeforeAll
    static void build() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        site = tmp.resolve("site");
        config = TestSites.liveMinistryConfig(site, now).build();
        RecordingReporter reporter = new RecordingReporter();
        TestSites.build(config, reporter);
        // warnings are the web team's to fix, not a failure of the engine: shown, not asserted
        reporter.formatted(config.projectDir()).forEach(w -> System.out.println("live content: " + w));
        content = ContentIndex.read(config.contentDir(), config.languages(), config.timeZone());
    }

    static Document page(String file) {
        return parsed.computeIfAbsent(file, f -> {
            Path path = site.resolve(f);
            assertTrue(Files.isRegularFile(path), f + " was not produced");
            return Jsoup.parse(TestSites.read(path), BASE + f);
        });
    }

    /** The file a root-relative or absolute URL of the site names. */
    static String fileOf(String url) {
        String path = url.startsWith(BASE) ? url.substring(BASE.length()) : url.replaceFirst("^/", "");
        path = path.replaceAll("[#?].*", "");
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    static Map<String, String> alternates(Document doc) {
        return MinistrySiteTest.alternates(doc);
    }

    /** The article links of a paginated list, over its first page and every page its rel=next leads to. */
    static List<String> listedArticles(String firstPage) {
        List<String> links = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        String file = firstPage;
        while (file != null && visited.add(file)) {
            Document doc = page(file);
            doc.select("main .article-list h2 a").eachAttr("href").forEach(links::add);
            Element next = doc.selectFirst("head link[rel=next]");
            file = next == null ? null : fileOf(next.attr("href"));
        }
        return links;
    }

    static List<String> paths(List<Version> versions) {
        return versions.stream().map(v -> "/" + v.path()).toList();
    }

    static Instant publishedOn(Document article) {
        return OffsetDateTime.parse(article.selectFirst("main time").attr("datetime")).toInstant();
    }

    @Test
    void theContentIsReadAndTheSiteHasPages() {
        assertFalse(content.all().isEmpty(), "no story versions found under " + config.contentDir());
        assertTrue(TestSites.files(site, ".html").size() > 1, "no pages");
    }

    @Test
    void everyPublishedVersionHasItsPageAndNoOtherArticlePageExists() {
        Set<String> expected = new TreeSet<>();
        for (Version version : content.all()) {
            if (!version.publishedAt(now)) {
                continue;
            }
            String file = version.path() + "index.html";
            assertTrue(expected.add(file), file + " is the page of two versions");
            Document doc = page(file);
            String where = version.file() + " -> " + file;
            assertEquals(version.title().strip().replaceAll("\\s+", " "), doc.selectFirst("main h1").text(), where);
            assertEquals(version.language(), doc.selectFirst("html").attr("lang"), where);
            assertEquals(BASE + version.path(), doc.selectFirst("link[rel=canonical]").attr("href"), where);
            assertEquals(version.date().toInstant(), publishedOn(doc), where + ": the date");
            Set<String> tags = new TreeSet<>(doc.select("main .article__tags a").eachAttr("href"));
            assertEquals(version.tags().stream().map(t -> "/" + version.language() + "/tags/" + content.tagSlug(t) + "/")
                    .collect(Collectors.toCollection(TreeSet::new)), tags, where + ": its topics");
        }
        List<String> articlePages = TestSites.files(site, ".html").stream().filter(f -> f.matches(ARTICLE_PAGE)).toList();
        assertEquals(List.copyOf(expected), articlePages, "article pages: exactly the published versions "
                + "(drafts and versions dated after " + now + " have none)");
    }

    @Test
    void eachArticleListsItsStorysPublishedVersionsAsAlternatesWithXDefault() {
        for (Version version : content.all()) {
            if (!version.publishedAt(now)) {
                continue;
            }
            List<Version> translations = content.translations(version, now);
            Map<String, String> expected = new TreeMap<>();
            translations.forEach(t -> expected.put(t.language(), BASE + t.path()));
            Version xDefault = translations.stream()
                    .min(Comparator.comparing(t -> config.languages().indexOf(t.language()))).orElseThrow();
            expected.put("x-default", BASE + xDefault.path());
            Document doc = page(version.path() + "index.html");
            assertEquals(expected, alternates(doc), version.file().toString());
            for (String language : config.languages()) {
                Element link = doc.selectFirst(".language-switcher a[hreflang=" + language + "]");
                if (language.equals(version.language())) {
                    assertEquals(null, link, version.file() + ": the current language is not a link");
                } else {
                    assertNotNull(link, version.file() + ": no switcher link to " + language);
                    assertEquals(expected.containsKey(language) ? "/" + expected.get(language).substring(BASE.length())
                            : "/" + language + "/", link.attr("href"), version.file() + ": switcher to " + language);
                }
            }
        }
    }

    @Test
    void homesListEveryPublishedArticleOfTheirLanguageNewestFirst() {
        for (String language : config.languages()) {
            List<Version> published = content.published(language, now);
            List<String> listed = listedArticles(language + "/index.html");
            assertEquals(new TreeSet<>(paths(published)), new TreeSet<>(listed), language + ": the home's pages");
            assertEquals(listed.size(), new LinkedHashSet<>(listed).size(), language + ": an article listed twice");
            List<Instant> dates = listed.stream().map(href -> publishedOn(page(fileOf(href)))).toList();
            assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, language + ": newest first");
            assertTrue(page(language + "/index.html").select("main .article-list h2 a").size() <= config.pageSize());
        }
    }

    @Test
    void yearsAndTheArchiveListExactlyTheirArticles() {
        for (String language : config.languages()) {
            Map<Integer, List<Version>> byYear = content.published(language, now).stream()
                    .collect(Collectors.groupingBy(v -> v.date().getYear(), TreeMap::new, Collectors.toList()));
            List<String> years = page(language + "/news/index.html").select("main .year-index a").eachAttr("href");
            assertEquals(byYear.keySet().stream().map(y -> "/" + language + "/news/" + y + "/").collect(Collectors.toSet()),
                    Set.copyOf(years), language + ": the archive's years");
            byYear.forEach((year, versions) -> assertEquals(new TreeSet<>(paths(versions)),
                    new TreeSet<>(listedArticles(language + "/news/" + year + "/index.html")), language + " " + year));
            List<String> yearPages = TestSites.files(site, "index.html").stream()
                    .filter(f -> f.matches(language + "/news/\\d{4}/index\\.html")).toList();
            assertEquals(byYear.keySet().stream().map(y -> language + "/news/" + y + "/index.html").toList(), yearPages,
                    language + ": a year page for each year with articles, and no other");
        }
    }

    @Test
    void topicsHaveAPageAndAFeedInEachLanguageThatUsesThem() {
        for (String language : config.languages()) {
            Map<String, Set<String>> byTopic = new TreeMap<>();
            for (Version version : content.published(language, now)) {
                for (String tag : version.tags()) {
                    byTopic.computeIfAbsent(content.tagSlug(tag), k -> new TreeSet<>()).add("/" + version.path());
                }
            }
            byTopic.forEach((slug, articles) -> {
                String topic = language + "/tags/" + slug + "/";
                assertEquals(articles, new TreeSet<>(listedArticles(topic + "index.html")), topic);
                assertTrue(Files.isRegularFile(site.resolve(topic + "rss.xml")), topic + "rss.xml");
            });
            List<String> topicPages = TestSites.files(site, "index.html").stream()
                    .filter(f -> f.matches(language + "/tags/[^/]+/index\\.html")).toList();
            assertEquals(byTopic.keySet().stream().map(s -> language + "/tags/" + s + "/index.html").sorted().toList(),
                    topicPages, language + ": a topic page for each topic its articles name, and no other");
            assertEquals(byTopic.keySet().stream().map(s -> "/" + language + "/tags/" + s + "/").collect(Collectors.toSet()),
                    Set.copyOf(page(language + "/tags/index.html").select("main .tag-index a").eachAttr("href")),
                    language + ": the topic index");
        }
    }

    @Test
    void everyAliasOfAPublishedVersionRedirectsToItsPage() {
        for (Version version : content.all()) {
            if (!version.publishedAt(now)) {
                continue;
            }
            for (String alias : version.aliases()) {
                Document doc = page(Version.aliasFile(alias));
                String where = version.file() + ": alias " + alias;
                assertEquals(BASE + version.path(), doc.selectFirst("link[rel=canonical]").attr("href"), where);
                assertEquals("0; url=/" + version.path(), doc.selectFirst("meta[http-equiv=refresh]").attr("content"), where);
                assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"), where);
                assertEquals(version.language(), doc.selectFirst("html").attr("lang"), where);
            }
        }
    }

    @Test
    void notFoundPagesExistInEveryLanguageAndAtTheRoot() {
        List<String> files = new ArrayList<>(List.of("404.html"));
        config.languages().forEach(l -> files.add(l + "/404.html"));
        for (String file : files) {
            Document doc = page(file);
            assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"), file);
            String language = file.equals("404.html") ? config.languages().get(0) : file.substring(0, file.indexOf('/'));
            assertEquals(language, doc.selectFirst("html").attr("lang"), file);
        }
    }

    @Test
    void everyPageIsValidForTheNuChecker() {
        assertEquals(List.of(), new NuChecker().siteErrors(site));
    }

    @Test
    void hreflangIsCompleteAndReciprocalAcrossTheWholeSite() {
        assertEquals(List.of(), new HreflangChecker(site, BASE, config.languages()).problems());
    }

    @Test
    void everyFeedParsesAndCarriesTheNewestArticlesOfItsLanguageOrTopic() throws Exception {
        List<String> feeds = TestSites.files(site, "rss.xml");
        for (String language : config.languages()) {
            assertTrue(feeds.contains(language + "/rss.xml"), language + ": no feed");
        }
        for (String feed : feeds) {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false);
            Channel channel = (Channel) input.build(new StringReader(TestSites.read(site.resolve(feed))));
            assertEquals("rss_2.0", channel.getFeedType(), feed);
            String language = feed.substring(0, feed.indexOf('/'));
            assertEquals(language, channel.getLanguage(), feed);
            String topic = feed.matches("[^/]+/tags/[^/]+/rss\\.xml") ? feed.split("/")[2] : null;
            List<Version> candidates = content.published(language, now).stream()
                    .filter(v -> topic == null || v.tags().stream().map(content::tagSlug).anyMatch(topic::equals)).toList();
            List<String> items = channel.getItems().stream().map(Item::getLink).toList();
            assertEquals(Math.min(config.feedSize(), candidates.size()), items.size(), feed + ": items");
            List<Instant> dates = new ArrayList<>();
            for (Item item : channel.getItems()) {
                Document article = page(fileOf(item.getLink()));
                assertEquals(item.getLink(), article.selectFirst("link[rel=canonical]").attr("href"), feed);
                assertEquals(article.selectFirst("main h1").text(), item.getTitle(), feed);
                assertEquals(publishedOn(article), item.getPubDate().toInstant(), feed + ": " + item.getLink());
                dates.add(item.getPubDate().toInstant());
            }
            assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, feed + ": newest first");
            Function<Version, String> url = v -> BASE + v.path();
            for (Version version : candidates) {
                if (!dates.isEmpty() && version.date().toInstant().isAfter(dates.get(dates.size() - 1))) {
                    assertTrue(items.contains(url.apply(version)), feed + " leaves out the newer " + version.file());
                }
            }
        }
    }

    @Test
    void theSitemapListsEveryIndexablePageOnceWithItsAlternates() {
        List<Element> urls = sitemapUrls();
        List<String> locs = urls.stream().map(u -> u.selectFirst("loc").text()).toList();
        assertEquals(locs.size(), new TreeSet<>(locs).size(), "a URL listed twice in the sitemap");
        List<String> indexable = TestSites.files(site, ".html").stream()
                .filter(f -> page(f).selectFirst("meta[name=robots]") == null)
                .map(f -> BASE + f.replaceFirst("index\\.html$", ""))
                .sorted().toList();
        assertEquals(indexable, locs.stream().sorted().toList(), "the sitemap lists the indexable pages, and only them");
        for (Element url : urls) {
            String loc = url.selectFirst("loc").text();
            Map<String, String> listed = new TreeMap<>();
            for (Element link : url.select("*|link[rel=alternate]")) {
                listed.put(link.attr("hreflang"), link.attr("href"));
            }
            // a page in one language only (itself and x-default) needs no alternates in the sitemap
            Map<String, String> page = alternates(page(fileOf(loc)));
            assertEquals(page.size() > 2 || !listed.isEmpty() ? page : Map.of(), listed,
                    loc + ": the sitemap's alternates are the page's");
        }
    }

    /** The {@code <url>} entries of the sitemap, or of each sitemap of a sitemap index. */
    static List<Element> sitemapUrls() {
        Document sitemap = xml("sitemap.xml");
        List<Element> urls = new ArrayList<>(sitemap.select("urlset > url"));
        for (Element child : sitemap.select("sitemapindex > sitemap > loc")) {
            urls.addAll(xml(fileOf(child.text())).select("urlset > url"));
        }
        return urls;
    }

    static Document xml(String file) {
        return Jsoup.parse(TestSites.read(site.resolve(file)), "", Parser.xmlParser());
    }

    @Test
    void everyPageDeclaresALanguageOfTheSiteAndEveryInternalLinkResolves() {
        List<String> problems = new ArrayList<>();
        for (String file : TestSites.files(site, ".html")) {
            Document doc = page(file);
            if (!config.languages().contains(doc.selectFirst("html").attr("lang"))) {
                problems.add(file + ": lang '" + doc.selectFirst("html").attr("lang") + "'");
            }
            for (Element link : doc.select("a[href], link[href], img[src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                boolean internal = href.startsWith("/") && !href.startsWith("//")
                        || link.tagName().equals("link") && href.startsWith(BASE);
                if (internal && !Files.isRegularFile(site.resolve(fileOf(href)))) {
                    problems.add(file + " links to missing " + href);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The ministry's contacts, whatever the web team writes into its bundles, are in the footer of
     * every page of their language: the address as text, the phone as a tel: link, the e-mail as a
     * mailto: link.
     */
    @Test
    void everyPageShowsTheContactsOfItsLanguagesBundleInTheFooter() {
        List<String> problems = new ArrayList<>();
        Messages messages = new Messages(config.languages(), config.templatesDir());
        for (String file : TestSites.files(site, ".html")) {
            Document doc = page(file);
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) continue;
            Map<String, String> bundle = messages.of(doc.selectFirst("html").attr("lang"));
            Element contacts = doc.selectFirst("footer address");
            String address = bundle.getOrDefault("footer.address", "");
            String phone = bundle.getOrDefault("footer.phone", "");
            String email = bundle.getOrDefault("footer.email", "");
            if (address.isEmpty() && phone.isEmpty() && email.isEmpty()) continue;
            if (contacts == null) {
                problems.add(file + ": no contacts in the footer");
                continue;
            }
            if (!contacts.text().contains(address)) problems.add(file + ": address missing: " + contacts.text());
            if (!phone.isEmpty() && contacts.selectFirst("a[href=tel:" + phone.replaceAll("[^+0-9]", "") + "]") == null) {
                problems.add(file + ": no tel: link for " + phone);
            }
            if (!email.isEmpty() && contacts.selectFirst("a[href=mailto:" + email + "]") == null) {
                problems.add(file + ": no mailto: link for " + email);
            }
        }
        assertEquals(List.of(), problems);
    }
}
