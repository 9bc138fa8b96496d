package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostics;
import by.vestnik.load.ContentLoader;
import by.vestnik.load.SourceArticle;
import by.vestnik.load.TagTableLoader;
import by.vestnik.model.Site;
import by.vestnik.model.SiteModelBuilder;
import by.vestnik.support.HreflangChecker;
import by.vestnik.support.NewsFixture;
import by.vestnik.support.NewsFixture.Story;
import by.vestnik.support.NuChecker;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The news section over a generated site ({@link NewsFixture}: 25 stories in three languages,
 * topics, three years, old addresses, a draft and a future story), read back as a crawler would:
 * topic and year pages with reciprocal hreflang, the sitemap parsed as XML, pagination followed
 * link by link, redirects at old addresses, the JSON-LD of articles parsed as JSON, unpublished
 * stories nowhere (and everywhere in a preview), and the sitemap index past its URL limit. In the
 * render package because the sitemap's URL limit is a package-private constructor parameter.
 */
class NewsSectionTest {
    static final String BASE = "https://news.example.gov.by/";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @TempDir
    static Path tmp;
    static Path project;
    static Path site;
    static Path preview;
    static RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void build() {
        project = tmp.resolve("project");
        NewsFixture.write(project.resolve("content"));
        site = tmp.resolve("site");
        TestSites.build(config(site).build(), reporter);
        preview = tmp.resolve("preview");
        TestSites.build(config(preview).drafts(true).build(), new RecordingReporter());
    }

    static SiteConfig.Builder config(Path out) {
        return SiteConfig.builder().project(project).outputDir(out).baseUrl(BASE).languages(TestSites.LANGUAGES)
                .timeZone(TestSites.MINSK).now(TestSites.NOW);
    }

    static Document page(Path root, String path) {
        Path file = root.resolve(fileOf(path));
        assertTrue(Files.isRegularFile(file), path + " was not produced");
        return Jsoup.parse(TestSites.read(file), BASE + path);
    }

    static String fileOf(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    static Map<String, String> alternates(Document doc) {
        Map<String, String> map = new TreeMap<>();
        for (Element link : doc.select("link[rel=alternate][hreflang]")) {
            assertEquals(null, map.put(link.attr("hreflang"), link.attr("href")), "hreflang given twice");
        }
        return map;
    }

    /** The page a root-relative or absolute link of the site leads to, as a path such as {@code ru/page/2/}. */
    static String target(String href) {
        String path = href.startsWith(BASE) ? href.substring(BASE.length()) : href.substring(1);
        assertTrue(Files.isRegularFile(site.resolve(fileOf(path))), href + " leads to no page");
        return path;
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertEquals(List.of(), reporter.formatted(project));
    }

    // ---- topics and years

    @Test
    void tagAndYearPagesExistInEachLanguageThatHasTheirArticlesWithReciprocalHreflang() {
        List<Story> stories = NewsFixture.published();
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (String language : TestSites.LANGUAGES) {
            for (String tag : Set.of("sco", "china", "space")) {
                List<Story> tagged = NewsFixture.newestFirst(stories, language).stream()
                        .filter(s -> s.tags().contains(tag)).toList();
                String path = language + "/tags/" + tag + "/";
                assertEquals(!tagged.isEmpty(), Files.exists(site.resolve(fileOf(path))), path);
                if (!tagged.isEmpty()) {
                    Document doc = page(site, path);
                    assertEquals(tagged.stream().limit(10).map(s -> "/" + s.path(language)).toList(),
                            doc.select("main .article-list h2 a").eachAttr("href"), path);
                    groups.computeIfAbsent("tag " + tag, k -> new TreeMap<>()).put(language, BASE + path);
                    assertEquals(alternates(doc).get(language), BASE + path, path + " lists itself");
                }
            }
            for (int year = 2022; year <= NewsFixture.FUTURE_YEAR; year++) {
                int y = year;
                List<Story> ofYear = NewsFixture.newestFirst(stories, language).stream().filter(s -> s.year() == y).toList();
                String path = language + "/news/" + year + "/";
                assertEquals(!ofYear.isEmpty(), Files.exists(site.resolve(fileOf(path))), path);
                if (!ofYear.isEmpty()) {
                    assertEquals(ofYear.stream().limit(10).map(s -> "/" + s.path(language)).toList(),
                            page(site, path).select("main .article-list h2 a").eachAttr("href"), path);
                    groups.computeIfAbsent("year " + year, k -> new TreeMap<>()).put(language, BASE + path);
                }
            }
            assertEquals(NewsFixture.years(stories, language).stream().sorted((a, b) -> b - a)
                            .map(y -> "/" + language + "/news/" + y + "/").toList(),
                    page(site, language + "/news/").select("main .year-index a").eachAttr("href"),
                    language + " archive: its years, newest first");
            assertEquals(NewsFixture.tags(stories, language),
                    page(site, language + "/tags/").select("main .tag-index a").eachAttr("href").stream()
                            .map(h -> h.replaceAll("^/" + language + "/tags/|/$", ""))
                            .collect(Collectors.toCollection(TreeSet::new)), language + " topics index");
        }
        // the fixture is made so that groups differ: be has no 2023 story, en no early sco story, be one china story
        assertEquals(Set.of("ru", "en"), groups.get("year 2023").keySet());
        assertEquals(Set.of("ru", "be", "en"), groups.get("tag sco").keySet());
        assertEquals(Set.of("ru", "be", "en"), groups.get("tag china").keySet());
        // each page of a group lists exactly the group, itself included, and x-default (the ru version)
        groups.forEach((group, versions) -> versions.forEach((language, url) -> {
            Map<String, String> expected = new TreeMap<>(versions);
            expected.put("x-default", versions.get("ru"));
            Document doc = page(site, url.substring(BASE.length()));
            assertEquals(expected, alternates(doc), group + " in " + language);
            assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"), group + " in " + language);
            assertEquals(language, doc.selectFirst("html").attr("lang"));
        }));
        assertEquals(List.of(), new HreflangChecker(site, BASE, TestSites.LANGUAGES).problems());
    }

    /**
     * The count after each year and topic, in the language's plural form: the forms are worked out
     * here from the Russian and Belarusian grammar rules (…1 but …11; …2–4 but …12–14; the rest),
     * not by the ICU the site uses.
     */
    @Test
    void countsInTheArchiveAndTopicsSayArticleInTheLanguagesPluralForm() {
        List<Story> stories = NewsFixture.published();
        Map<String, List<String>> forms = Map.of("ru", List.of("статья", "статьи", "статей"),
                "be", List.of("артыкул", "артыкулы", "артыкулаў"), "en", List.of("article", "articles", "articles"));
        for (String language : TestSites.LANGUAGES) {
            List<String> words = forms.get(language);
            for (Element item : page(site, language + "/news/").select("main .year-index li")) {
                int year = Integer.parseInt(item.selectFirst("a").text());
                long count = NewsFixture.newestFirst(stories, language).stream().filter(s -> s.year() == year).count();
                assertEquals("(" + count + " " + pluralForm(language, count, words) + ")", item.selectFirst(".count").text(),
                        language + " " + year);
            }
            for (Element item : page(site, language + "/tags/").select("main .tag-index li")) {
                String tag = item.selectFirst("a").attr("href").replaceAll("^/" + language + "/tags/|/$", "");
                long count = NewsFixture.newestFirst(stories, language).stream().filter(s -> s.tags().contains(tag)).count();
                assertEquals("(" + count + " " + pluralForm(language, count, words) + ")", item.selectFirst(".count").text(),
                        language + " " + tag);
            }
        }
    }

    private static String pluralForm(String language, long n, List<String> words) {
        if (language.equals("en")) {
            return n == 1 ? words.get(0) : words.get(1);
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return words.get(0);
        }
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? words.get(1) : words.get(2);
    }

    // ---- sitemap

    /** One {@code <url>} of a sitemap: its alternates by hreflang (empty when it has none). */
    static Map<String, Map<String, String>> sitemapEntries(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(SITEMAP_NS, doc.getDocumentElement().getNamespaceURI());
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent().strip();
            Map<String, String> alternates = new TreeMap<>();
            NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(j);
                assertEquals("alternate", link.getAttribute("rel"));
                assertEquals(null, alternates.put(link.getAttribute("hreflang"), link.getAttribute("href")),
                        loc + ": hreflang given twice");
            }
            assertEquals(null, entries.put(loc, alternates), loc + " is listed more than once");
        }
        return entries;
    }

    @Test
    void theSitemapListsEveryIndexablePageOnceWithCompleteReciprocalAlternates() throws Exception {
        Map<String, Map<String, String>> entries = sitemapEntries(Files.readAllBytes(site.resolve("sitemap.xml")));
        Set<String> indexable = new TreeSet<>();
        Set<String> noindex = new TreeSet<>();
        for (String file : TestSites.files(site, ".html")) {
            String url = BASE + file.replaceFirst("index\\.html$", "");
            Document doc = page(site, file);
            if (doc.selectFirst("meta[name=robots][content~=noindex]") != null) {
                noindex.add(url);
            } else {
                indexable.add(url);
            }
        }
        assertEquals(indexable, new TreeSet<>(entries.keySet()), "the sitemap lists exactly the indexable pages");
        assertTrue(noindex.containsAll(List.of(BASE + "404.html", BASE + "ru/404.html", BASE + "node/1/",
                BASE + "en/old/seven.html")), "the redirects and 404 pages are noindex: " + noindex);
        assertTrue(entries.keySet().stream().noneMatch(noindex::contains));
        assertTrue(entries.containsKey(BASE + "ru/page/2/"), "later pages of a list are indexable too");

        int grouped = 0;
        for (var entry : entries.entrySet()) {
            String loc = entry.getKey();
            Map<String, String> inSitemap = entry.getValue();
            Map<String, String> onPage = alternates(page(site, loc.substring(BASE.length())));
            if (onPage.size() <= 2) {
                // a page with no other language version (or page 2+ of a list, which has no alternates)
                assertEquals(Map.of(), inSitemap, loc + ": the sitemap gives alternates only to multilingual pages");
                continue;
            }
            grouped++;
            assertEquals(onPage, inSitemap, loc + ": the sitemap's alternates are the page's");
            assertTrue(inSitemap.containsKey("x-default"), loc);
            String self = loc.equals(BASE) ? "x-default" : languageOf(loc);
            assertEquals(loc, inSitemap.get(self), loc + " lists itself under its language");
            inSitemap.forEach((code, href) -> {
                assertTrue(entries.containsKey(href), loc + ": alternate " + href + " is not in the sitemap");
                assertEquals(inSitemap, entries.get(href), loc + ": alternate " + href + " lists another group");
            });
        }
        assertTrue(grouped > 20, "multilingual pages checked: " + grouped);
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n",
                TestSites.read(site.resolve("robots.txt")));
    }

    static String languageOf(String url) {
        return url.substring(BASE.length(), BASE.length() + 2);
    }

    // ---- pagination

    @Test
    void twentyFiveArticlesMakeThreePagesOfTenTenAndFiveLinkedBothWays() {
        List<String> expectedOrder = NewsFixture.newestFirst(NewsFixture.published(), "ru").stream()
                .map(s -> "/" + s.path("ru")).toList();
        assertEquals(25, expectedOrder.size());
        List<String> pages = List.of("ru/", "ru/page/2/", "ru/page/3/");
        List<Integer> sizes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String path = pages.get(i);
            Document doc = page(site, path);
            List<String> listed = doc.select("main .article-list h2 a").eachAttr("href");
            sizes.add(listed.size());
            seen.addAll(listed);
            assertEquals(BASE + path, doc.selectFirst("link[rel=canonical]").attr("href"), path + ": its own canonical");
            String previous = i == 0 ? null : pages.get(i - 1);
            String next = i == pages.size() - 1 ? null : pages.get(i + 1);
            assertEquals(previous, linkTarget(doc, "main .pagination a[rel=prev]"), path + ": previous");
            assertEquals(next, linkTarget(doc, "main .pagination a[rel=next]"), path + ": next");
            assertEquals(previous, linkTarget(doc, "head link[rel=prev]"), path + ": head prev");
            assertEquals(next, linkTarget(doc, "head link[rel=next]"), path + ": head next");
            assertEquals(i == 0, !alternates(doc).isEmpty(), path + ": hreflang on page 1 only");
            assertTrue(doc.selectFirst("main .pagination [aria-current=page]").text().contains((i + 1) + " / 3"),
                    path + ": says which page it is");
        }
        assertEquals(List.of(10, 10, 5), sizes);
        assertEquals(expectedOrder, seen, "every article once, newest first, across the pages");
        assertFalse(Files.exists(site.resolve("ru/page/1/index.html")), "page 1 lives at the list's own URL");
        assertFalse(Files.exists(site.resolve("ru/page/4/index.html")));
        // a shorter list has no pagination at all
        Document en2023 = page(site, "en/news/2023/");
        assertTrue(en2023.select(".pagination, link[rel=prev], link[rel=next]").isEmpty());
        // the sco topic in ru has 12 articles: two pages
        assertEquals(List.of(10, 2), List.of(page(site, "ru/tags/sco/").select("main .article-list li").size(),
                page(site, "ru/tags/sco/page/2/").select("main .article-list li").size()));
        assertEquals("ru/tags/sco/", linkTarget(page(site, "ru/tags/sco/page/2/"), "main .pagination a[rel=prev]"));
    }

    /** Where the first element matching {@code selector} leads, as a page path; null without one. */
    static String linkTarget(Document doc, String selector) {
        Element link = doc.selectFirst(selector);
        return link == null ? null : target(link.attr("href"));
    }

    // ---- redirects

    @Test
    void everyOldAddressHoldsARedirectToItsArticle() {
        int count = 0;
        for (Story story : NewsFixture.published()) {
            for (var alias : story.aliases().entrySet()) {
                String language = alias.getKey();
                String path = alias.getValue().substring(1);
                String file = path.endsWith(".html") ? path : path + "/index.html";
                Document doc = page(site, file);
                String articleUrl = BASE + story.path(language);
                assertEquals(articleUrl, doc.selectFirst("link[rel=canonical]").attr("href"), file);
                assertEquals("0; url=/" + story.path(language), doc.selectFirst("meta[http-equiv=refresh]").attr("content"),
                        file);
                assertEquals(story.path(language), target(doc.selectFirst("meta[http-equiv=refresh]").attr("content")
                        .replaceFirst("^0; url=", "")), file + ": the refresh leads to the article");
                assertNotNull(doc.selectFirst("meta[name=robots][content=noindex]"), file);
                Element visible = doc.selectFirst("main a[href=/" + story.path(language) + "]");
                assertNotNull(visible, file + ": a visible link to the article");
                assertEquals(story.title(language), visible.text());
                assertEquals(language, doc.selectFirst("html").attr("lang"), file);
                assertTrue(alternates(doc).isEmpty(), file);
                count++;
            }
        }
        assertEquals(4, count);
    }

    // ---- drafts and future stories

    @Test
    void draftsAndFutureStoriesAppearNowhere() throws Exception {
        for (Story story : NewsFixture.unpublished()) {
            for (String language : story.languages()) {
                assertFalse(Files.exists(site.resolve(story.path(language))), story.path(language));
            }
            for (String alias : story.aliases().values()) {
                assertFalse(Files.exists(site.resolve(alias.substring(1))), "no redirect at " + alias);
            }
        }
        for (String language : TestSites.LANGUAGES) {
            assertFalse(Files.exists(site.resolve(language + "/tags/" + NewsFixture.FUTURE_TAG)), "no page of a topic only "
                    + "the future story has");
            assertFalse(Files.exists(site.resolve(language + "/news/" + NewsFixture.FUTURE_YEAR)), "no page of its year");
        }
        // no page, list, feed, sitemap or redirect names them: their slugs, titles or old addresses
        List<String> traces = new ArrayList<>();
        for (Story story : NewsFixture.unpublished()) {
            traces.add(story.slug());
            story.languages().forEach(l -> traces.add(story.title(l)));
            traces.addAll(story.aliases().values());
        }
        traces.add("/tags/" + NewsFixture.FUTURE_TAG + "/");
        traces.add("/news/" + NewsFixture.FUTURE_YEAR + "/");
        TestSites.tree(site).forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String trace : traces) {
                assertFalse(text.contains(trace), file + " mentions '" + trace + "'");
            }
        });
        assertEquals(25, countItems("ru/", site), "the ru home's pages hold the 25 published stories only");
    }

    @Test
    void draftsAndFutureStoriesAppearEverywhereInAPreview() throws Exception {
        List<Story> all = NewsFixture.stories(true);
        Map<String, Map<String, String>> sitemap = sitemapEntries(Files.readAllBytes(preview.resolve("sitemap.xml")));
        for (Story story : NewsFixture.unpublished()) {
            for (String language : story.languages()) {
                String path = story.path(language);
                Document article = page(preview, path);
                assertEquals(story.title(language), article.selectFirst("main h1").text());
                assertTrue(sitemap.containsKey(BASE + path), path + " in the sitemap");
                assertTrue(TestSites.read(preview.resolve(language + "/rss.xml")).contains("<link>" + BASE + path + "</link>"),
                        path + " in the " + language + " feed");
                assertTrue(listsOf(preview, language + "/").contains("/" + path), path + " on the " + language + " home");
                assertTrue(listsOf(preview, language + "/news/" + story.year() + "/").contains("/" + path),
                        path + " on its year page");
                for (String tag : story.tags()) {
                    assertTrue(listsOf(preview, language + "/tags/" + tag + "/").contains("/" + path),
                            path + " on the page of " + tag);
                    assertTrue(TestSites.read(preview.resolve(language + "/tags/" + tag + "/rss.xml"))
                            .contains("<link>" + BASE + path + "</link>"), path + " in the feed of " + tag);
                }
            }
            story.aliases().forEach((language, alias) -> assertEquals(BASE + story.path(language),
                    page(preview, alias.substring(1) + "/").selectFirst("link[rel=canonical]").attr("href")));
        }
        assertTrue(sitemap.containsKey(BASE + "ru/news/" + NewsFixture.FUTURE_YEAR + "/"));
        assertTrue(sitemap.containsKey(BASE + "be/tags/" + NewsFixture.FUTURE_TAG + "/"));
        assertEquals(27, countItems("ru/", preview));
        assertEquals(NewsFixture.newestFirst(all, "ru").stream().limit(10).map(s -> "/" + s.path("ru")).toList(),
                page(preview, "ru/").select("main .article-list h2 a").eachAttr("href"),
                "the future story heads the preview's list");
        assertEquals(List.of(), new HreflangChecker(preview, BASE, TestSites.LANGUAGES).problems());
    }

    /** The articles linked from every page of the list starting at {@code first}. */
    static List<String> listsOf(Path root, String first) {
        List<String> hrefs = new ArrayList<>();
        Document doc = page(root, first);
        while (true) {
            hrefs.addAll(doc.select("main .article-list h2 a").eachAttr("href"));
            Element next = doc.selectFirst("main .pagination a[rel=next]");
            if (next == null) {
                return hrefs;
            }
            doc = page(root, next.attr("href").substring(1));
        }
    }

    static int countItems(String first, Path root) {
        return listsOf(root, first).size();
    }

    // ---- sharing metadata

    @Test
    void theJsonLdOfEveryArticleIsANewsArticleWithItsLanguageAndDates() {
        int articles = 0;
        for (Story story : NewsFixture.published()) {
            for (String language : story.languages()) {
                Document doc = page(site, story.path(language));
                List<Element> scripts = doc.select("script[type=application/ld+json]");
                assertEquals(1, scripts.size(), story.path(language));
                JsonObject json;
                try (JsonReader reader = Json.createReader(new StringReader(scripts.get(0).data()))) {
                    json = reader.readObject();
                }
                String published = story.date() + "T00:00:00+03:00";
                assertEquals("https://schema.org", json.getString("@context"));
                assertEquals("NewsArticle", json.getString("@type"));
                assertEquals(story.title(language), json.getString("headline"));
                assertEquals(language, json.getString("inLanguage"));
                assertEquals(published, json.getString("datePublished"));
                assertEquals(story.updated() == null ? published : story.updated() + ":00+03:00",
                        json.getString("dateModified"), story.path(language));
                assertEquals(BASE + story.path(language), json.getString("url"));
                assertEquals(BASE + story.path(language), json.getJsonObject("mainEntityOfPage").getString("@id"));
                JsonObject publisher = json.getJsonObject("publisher");
                assertEquals("GovernmentOrganization", publisher.getString("@type"));
                assertEquals(doc.selectFirst("meta[property=og:site_name]").attr("content"), publisher.getString("name"));
                assertEquals(BASE, publisher.getString("url"));
                assertEquals(doc.selectFirst("meta[property=article:published_time]").attr("content"), published);
                assertEquals(doc.selectFirst("meta[property=article:modified_time]").attr("content"),
                        json.getString("dateModified"));
                articles++;
            }
        }
        assertEquals(25 + 7 + 16, articles);
        JsonObject en25 = Json.createReader(new StringReader(page(site, "en/news/2025/story-25/")
                .selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("2025-09-20T10:00:00+03:00", en25.getString("dateModified"));
        assertEquals("News", en25.getJsonObject("publisher").getString("name"), "site.name in English");
        assertEquals("China", en25.getString("keywords"));
    }

    // ---- sitemap index

    @Test
    void pastItsUrlLimitTheSitemapBecomesAnIndexOfSitemaps() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = config(tmp.resolve("unused")).build();
        List<SourceArticle> sources = new ContentLoader(config.contentDir(), config.languages(), config.timeZone(),
                diagnostics).load();
        Site model = new SiteModelBuilder(config, diagnostics).build(sources,
                new TagTableLoader(config.languages(), diagnostics).load(config.contentDir()));
        assertFalse(diagnostics.hasErrors());
        RenderContext context = new RenderContext(model, new TemplateEngine(config.templatesDir()), new MarkdownRenderer(),
                new Messages(config.languages(), config.templatesDir()), new ThemeAssets(config.templatesDir()), diagnostics);
        MapSink pages = new MapSink();
        new SiteRenderer(context).render(pages);
        int urls = context.sitemap.sorted().size();
        Map<String, Map<String, String>> whole = sitemapEntries(Files.readAllBytes(site.resolve("sitemap.xml")));
        assertTrue(urls > 60, "entries: " + urls);

        MapSink atLimit = new MapSink();
        new SitemapWriter(context, urls).render(atLimit);
        assertEquals(Set.of("sitemap.xml", "robots.txt"), atLimit.files.keySet(), "at the limit: one sitemap");

        int limit = 20;
        MapSink split = new MapSink();
        new SitemapWriter(context, limit).render(split);
        int expectedFiles = (urls + limit - 1) / limit;
        Set<String> names = new TreeSet<>(split.files.keySet());
        Set<String> expectedNames = new TreeSet<>(Set.of("sitemap.xml", "robots.txt"));
        for (int i = 1; i <= expectedFiles; i++) {
            expectedNames.add("sitemap-" + i + ".xml");
        }
        assertEquals(expectedNames, names);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document index = factory.newDocumentBuilder().parse(new ByteArrayInputStream(split.files.get("sitemap.xml")));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(SITEMAP_NS, index.getDocumentElement().getNamespaceURI());
        NodeList locs = index.getElementsByTagNameNS(SITEMAP_NS, "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent().strip());
        }
        List<String> expectedLocs = new ArrayList<>();
        for (int i = 1; i <= expectedFiles; i++) {
            expectedLocs.add(BASE + "sitemap-" + i + ".xml");
        }
        assertEquals(expectedLocs, listed);

        Map<String, Map<String, String>> union = new HashMap<>();
        for (int i = 1; i <= expectedFiles; i++) {
            Map<String, Map<String, String>> part = sitemapEntries(split.files.get("sitemap-" + i + ".xml"));
            assertTrue(part.size() <= limit && !part.isEmpty(), "sitemap-" + i + ".xml has " + part.size() + " URLs");
            part.forEach((loc, alternates) -> assertEquals(null, union.put(loc, alternates), loc + " listed twice"));
        }
        assertEquals(new TreeSet<>(whole.keySet()), new TreeSet<>(union.keySet()),
                "the parts list exactly the URLs of the built site's single sitemap");
        assertTrue(whole.equals(union), "with the same alternates");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n",
                new String(split.files.get("robots.txt"), StandardCharsets.UTF_8));
    }

    /** Pages kept in memory. */
    static final class MapSink implements PageSink {
        final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void write(String path, byte[] content) {
            files.put(path, content);
        }

        @Override
        public void copy(String path, Path source) {
            files.put(path, new byte[0]);
        }

        @Override
        public boolean has(String path) {
            return files.containsKey(path);
        }
    }

    // ---- validity

    @Test
    void everyPageOfTheSectionAndOfThePreviewPassesTheNuChecker() {
        NuChecker checker = new NuChecker();
        List<String> problems = new ArrayList<>();
        for (Path root : List.of(site, preview)) {
            TestSites.tree(root).forEach((file, bytes) -> {
                if (file.endsWith(".html")) {
                    checker.errors(file, bytes).forEach(e -> problems.add(root.getFileName() + "/" + file + ":" + e));
                }
            });
        }
        assertEquals(List.of(), problems);
    }
}
