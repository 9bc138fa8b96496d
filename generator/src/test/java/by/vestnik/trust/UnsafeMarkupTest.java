package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content — scripts, javascript: and data: URLs in every spelling, event handlers, and
 * titles, summaries and tag labels that try to close the element they are written into — never
 * reaches any output file as markup: not the pages, not the feeds' HTML, not the sitemap, and
 * it cannot break out of the JSON-LD block.
 */
class UnsafeMarkupTest {
    static final String TITLE = "</title><script>alert('title')</script>";
    static final String SUMMARY = "\"><script>alert('summary')</script><img src=x onerror=alert(1)>";
    static final String LABEL = "</title><script>alert('tag')</script><svg onload=alert(1)>";

    static final String COMMENT_TITLE = "<!--<script> a title that opens a comment";

    static final String BODY = String.join("\n",
            "First paragraph <script>alert('body')</script> with <b onclick=\"alert(1)\">bold</b>.",
            "",
            "[plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [entity](&#106;avascript:alert(1))",
            "[hex entity](&#x6A;&#x61;vascript:alert(1)) [spaced](<  javascript:alert(1)>) [tab](java\tscript:alert(1))",
            "[vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "",
            "![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "",
            "<a href=\"java&#x09;script:alert(1)\">raw tab</a> <a href=\" javascript:alert(1)\">raw space</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">raw entities</a>",
            "<a href=\"JAVASCRIPT:alert(1)\" onmouseover=\"alert(1)\">raw upper</a>",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"d\"> <img src=\"https://example.org/x.png\" onerror=\"alert(1)\" alt=\"e\">",
            "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe><object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">b</button></form>",
            "<style>body{background:url(javascript:alert(1))}</style><link rel=stylesheet href=\"javascript:alert(1)\">",
            "<p style=\"background:url(javascript:alert(1))\">styled</p><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "",
            "```html",
            "<script>alert('in code, shown as text')</script>",
            "```",
            "");

    @TempDir
    static Path tmp;
    static SiteConfig config;
    static List<Path> files = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path project = tmp.resolve("project");
        TrustKit.write(project.resolve("content/tags.yaml"), "evil:\n  slug: evil\n  ru: \"" + LABEL.replace("\"", "\\\"")
                + "\"\n  be: \"" + LABEL.replace("\"", "\\\"") + "\"\n  en: \"" + LABEL.replace("\"", "\\\"") + "\"\n");
        String frontMatter = "summary: '" + SUMMARY.replace("'", "''") + "'\ntags: [evil]\n";
        String title = TITLE.replace("\"", "\\\"");
        for (String language : List.of("ru", "en")) {
            TrustKit.write(project.resolve("content/news/2025-03-01-evil/" + language + ".md"),
                    TrustKit.article(title, "2025-03-01", frontMatter, BODY));
        }
        // no summary: the first paragraph, with its script, becomes the summary of lists and feeds
        TrustKit.write(project.resolve("content/news/2025-03-02-nosummary/ru.md"),
                TrustKit.article(title, "2025-03-02", "tags: [evil]\n", BODY));
        config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        try (Stream<Path> walk = Files.walk(config.outputDir())) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertTrue(files.size() > 20, files.toString());
    }

    @Test
    void noHtmlPageHasAScriptAnEventHandlerOrAnUnsafeUrl() throws IOException {
        int articles = 0;
        for (Path file : files) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(Files.readString(file), TrustKit.BASE);
            List<Element> scripts = TrustKit.scriptsNotOfTheTheme(page);
            assertEquals(2, page.select("script").size() - scripts.size(), file + ": the theme's two low-vision scripts");
            boolean isArticle = !page.select("body.page-article").isEmpty();
            boolean isSearch = !page.select("body.page-search").isEmpty();
            if (isSearch) {
                // the theme's own search scripts, from the site's assets, and nothing inline
                assertFalse(scripts.isEmpty(), file.toString());
                assertTrue(scripts.stream().allMatch(s -> s.attr("src").startsWith("/assets/search") && s.data().isEmpty()),
                        file + ": a script that is not the theme's " + scripts);
                assertEquals(1, page.select("form").size(), file.toString());
                assertTrue(page.select("form").attr("action").matches("/(ru|be|en)/search/"), file.toString());
            } else if (isArticle) {
                articles++;
                assertEquals(1, scripts.size(), file + ": only the JSON-LD script " + scripts);
                assertEquals("application/ld+json", scripts.get(0).attr("type"), file.toString());
            } else {
                assertEquals(List.of(), scripts, file + " has a script");
            }
            assertSafe(file.toString(), page);
            List<Element> buttons = TrustKit.buttonsNotOfTheTheme(page);
            assertTrue(isSearch || buttons.isEmpty(), file + " has a button not of the theme " + buttons);
            assertEquals(2, page.select("button").size() - buttons.size(), file + ": the theme's two low-vision buttons");
            for (String forbidden : List.of("iframe", "object", "embed", "form", "style", "svg", "base")) {
                boolean searchForm = isSearch && forbidden.equals("form");
                assertTrue(searchForm || page.select(forbidden).isEmpty(), file + " has <" + forbidden + ">");
            }
            assertTrue(page.select("link[rel=stylesheet]").stream().allMatch(l -> l.attr("href").startsWith("/assets/")),
                    file + " links a foreign stylesheet");
            assertTrue(page.select("meta[http-equiv]").stream().allMatch(m -> !m.attr("content").toLowerCase(Locale.ROOT)
                    .contains("javascript")), file + " has a javascript refresh");
            assertTrue(page.select("[style]").stream().allMatch(e -> !e.attr("style").toLowerCase(Locale.ROOT).contains("url(")),
                    file + " has a style with url()");
            // the hostile title is shown as text wherever it appears
            for (Element heading : page.select("h1, h2, title")) {
                assertFalse(heading.children().stream().anyMatch(c -> c.tagName().equals("script")), file.toString());
            }
        }
        assertEquals(3, articles);
    }

    @Test
    void theHostileTitleIsTextInThePage() throws IOException {
        Document page = Jsoup.parse(Files.readString(config.outputDir().resolve("en/news/2025/evil/index.html")));
        assertEquals(TITLE, page.selectFirst("h1").text());
        assertTrue(page.title().startsWith(TITLE), page.title());
        assertEquals(SUMMARY, page.selectFirst("meta[name=description]").attr("content"));
        assertTrue(page.select(".article__tags a").stream().anyMatch(a -> a.text().equals(LABEL)));
        assertTrue(page.selectFirst(".article__body pre code").text().contains("<script>alert('in code, shown as text')</script>"));
    }

    @Test
    void theJsonLdBlockCannotBeBrokenOutOf() throws IOException {
        for (String path : List.of("en/news/2025/evil/index.html", "ru/news/2025/nosummary/index.html")) {
            String html = Files.readString(config.outputDir().resolve(path));
            Document page = Jsoup.parse(html);
            Element ld = page.selectFirst("script[type=application/ld+json]");
            String json = ld.data();
            String lower = json.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("</script"), json);
            assertFalse(lower.contains("<!--"), json);
            assertTrue(json.startsWith("{") && json.endsWith("}"), json);
            // the raw page has exactly one closing tag for each script element: the JSON-LD and the theme's two
            assertEquals(3, html.toLowerCase(Locale.ROOT).split("</script", -1).length - 1, path);
            assertEquals(3, page.select("script").size(), path);
            // every character that could end or comment out the script element is a JSON escape
            assertTrue(json.contains("\"headline\":\"" + TITLE.replace("<", "\\u003C")
                    .replace(">", "\\u003E").replace("&", "\\u0026") + "\""), json);
        }
    }

    @Test
    void noFeedCarriesMarkupThatAReaderWouldRun() throws IOException {
        int feeds = 0;
        for (Path file : files) {
            if (!file.getFileName().toString().equals("rss.xml")) {
                continue;
            }
            feeds++;
            Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            assertTrue(feed.select("script").isEmpty(), file + " has a script element");
            for (Element item : feed.select("item")) {
                Document html = Jsoup.parseBodyFragment(item.selectFirst("content|encoded").text(), TrustKit.BASE);
                assertTrue(html.select("script, iframe, object, embed, form, svg, style").isEmpty(), file + ": " + html.body());
                assertSafe(file + " content:encoded", html);
            }
        }
        assertTrue(feeds >= 4, "feeds: " + feeds);
    }

    @Test
    void noFeedDescriptionDecodesToMarkup() throws IOException {
        for (Path file : files) {
            if (file.getFileName().toString().equals("rss.xml")) {
                Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element item : feed.select("item")) {
                    Document html = Jsoup.parseBodyFragment(item.selectFirst("description").text());
                    assertTrue(html.select("script, img, svg").isEmpty(), file + ": " + html.body());
                }
            }
        }
    }

    @Test
    void theSitemapAndOtherXmlHoldNoMarkup() throws IOException {
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xml") && !name.equals("rss.xml") || name.endsWith(".txt")) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("<script"), file.toString());
                assertFalse(text.contains("javascript:"), file.toString());
                assertFalse(text.contains("data:"), file.toString());
            }
        }
        Document sitemap = Jsoup.parse(Files.readString(config.outputDir().resolve("sitemap.xml")), "", Parser.xmlParser());
        assertTrue(sitemap.select("loc").stream().allMatch(l -> l.text().startsWith(TrustKit.BASE)));
    }

    @Test
    void aCommentOpenerInTheTitleCannotSwallowTheRestOfThePage(@TempDir Path dir) throws Exception {
        // "<!--<script>" inside a script element enters the "double escaped" state of the HTML parser,
        // in which the element's own </script> no longer ends it: the page after it would be script
        TrustKit.write(dir.resolve("content/news/2025-03-03-comment/ru.md"),
                TrustKit.article(COMMENT_TITLE, "2025-03-03", "summary: \"<!--<script>\"\n", "Text."));
        SiteConfig own = TrustKit.config(dir).build();
        Vestnik.build(own, new TrustKit.Recorder());
        Document page = Jsoup.parse(Files.readString(own.outputDir().resolve("ru/news/2025/comment/index.html")));
        assertEquals(1, TrustKit.scriptsNotOfTheTheme(page).size(), page.select("script").toString());
        assertEquals(3, page.select("script").size(), page.select("script").toString());
        assertEquals(COMMENT_TITLE, page.selectFirst("h1") == null ? null : page.selectFirst("h1").text());
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().endsWith("}"),
                page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void theSharingImageIsNeverAnUnsafeUrl() throws IOException {
        Document page = Jsoup.parse(Files.readString(config.outputDir().resolve("en/news/2025/evil/index.html")));
        for (Element meta : page.select("meta[property=og:image], meta[name=twitter:image]")) {
            assertTrue(meta.attr("content").startsWith("https://"), meta.outerHtml());
        }
        assertFalse(page.selectFirst("script[type=application/ld+json]").data().contains("data:"));
    }

    @Test
    void aJavascriptSourceNeverBecomesALink(@TempDir Path dir) throws Exception {
        TrustKit.write(dir.resolve("content/news/2025-03-01-src/ru.md"),
                TrustKit.article("Источник", "2025-03-01", "source: \" JaVaScript:alert(1)\"\n", "Текст."));
        SiteConfig own = TrustKit.config(dir).build();
        try {
            Vestnik.build(own, new TrustKit.Recorder());
        } catch (by.vestnik.BuildFailedException refused) {
            return; // refusing the value is as good as dropping it
        }
        Document page = Jsoup.parse(Files.readString(own.outputDir().resolve("ru/news/2025/src/index.html")), TrustKit.BASE);
        assertSafe("ru/news/2025/src/index.html", page);
    }

    private static void assertSafe(String where, Document document) {
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), where + ": event handler " + element.outerHtml());
                if (List.of("href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href").contains(name)) {
                    String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        assertFalse(value.startsWith(scheme), where + ": " + element.outerHtml());
                    }
                }
            }
        }
    }
}
