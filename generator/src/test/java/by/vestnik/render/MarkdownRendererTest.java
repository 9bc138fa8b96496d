package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markdown to HTML: the enabled extensions, and what content may never put into a page. */
class MarkdownRendererTest {
    static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static Document render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(markdown, (destination, line) -> destination).html());
    }

    @Test
    void rendersTables() {
        Document doc = render("| Статья | Сумма |\n|:-------|------:|\n| Связь | 10 |\n| ИКТ | 20 |\n");
        Element table = doc.selectFirst("table");
        assertEquals(List.of("Статья", "Сумма"), table.select("thead th").eachText());
        assertEquals(List.of("Связь", "10", "ИКТ", "20"), table.select("tbody td").eachText());
        // the sanitizer does not allow the obsolete align attribute: alignment is inline CSS (valid HTML5)
        assertEquals("text-align:right", table.select("tbody td").get(1).attr("style"));
        assertEquals("text-align:right", table.select("thead th").get(1).attr("style"));
        assertEquals("text-align:left", table.select("tbody td").get(0).attr("style"));
        assertTrue(table.select("[align]").isEmpty(), table.outerHtml());
    }

    @Test
    void rendersStrikethrough() {
        assertEquals("15", render("Было ~~15~~ стало 20").selectFirst("p > del").text());
    }

    @Test
    void turnsBareUrlsIntoLinks() {
        Element link = render("Полный текст: https://mpt.gov.by/node/10378 и www.example.org.").selectFirst("a");
        assertEquals("https://mpt.gov.by/node/10378", link.attr("href"));
        assertEquals("https://mpt.gov.by/node/10378", link.text());
    }

    @Test
    void givesHeadingsUniqueAnchors() {
        Document doc = render("## Key figures\n\ntext\n\n## Key figures\n\n### Основные цифры\n");
        List<String> ids = doc.select("h2, h3").eachAttr("id");
        assertEquals(3, ids.size());
        assertEquals("key-figures", ids.get(0));
        assertFalse(ids.get(1).equals(ids.get(0)), "ids are unique: " + ids);
        assertEquals("основные-цифры", ids.get(2));
    }

    @Test
    void dropsJavascriptAndDataLinks() {
        Document doc = render("[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) "
                + "[d](vbscript:x) ![e](javascript:alert(2)) [ok](https://mpt.gov.by/) [mail](mailto:info@mpt.gov.by)");
        List<String> urls = new ArrayList<>();
        doc.select("[href], [src]").forEach(e -> urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));
        for (String url : urls) {
            String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:"),
                    "unsafe URL kept: " + url);
        }
        assertTrue(urls.contains("https://mpt.gov.by/"));
        assertTrue(urls.contains("mailto:info@mpt.gov.by"));
    }

    @Test
    void rawHtmlNeverBecomesMarkup() {
        String markdown = """
                Text <script>alert("x")</script> inline.

                <script>alert(1)</script>

                <div onclick="evil()"><iframe src="https://evil.example/"></iframe></div>

                <img src=x onerror=alert(1)>
                """;
        Document doc = render(markdown);
        String html = doc.body().html();
        // raw HTML passes the allow-list: scripts and frames go (their text may go with them) ...
        assertTrue(doc.select("script, iframe, object, embed, style").isEmpty(), html);
        for (Element element : doc.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        "event handler attribute kept: " + element.outerHtml());
            }
        }
        // ... while harmless elements stay, stripped of what is not allowed
        assertEquals(List.of("Text inline."), doc.select("p").eachText());
        assertEquals(1, doc.select("div").size(), html);
        assertEquals("x", doc.selectFirst("img").attr("src"));
    }

    @Test
    void firstParagraphIsPlainText() {
        MarkdownRenderer.Rendered rendered = RENDERER.render("# Title\n\nFirst  *paragraph*\nwith **two** lines.\n\nSecond.",
                (d, l) -> d);
        assertEquals("First paragraph with two lines.", rendered.firstParagraph());
    }

    @Test
    void linkRewriterSeesEveryLinkAndImageWithItsLine() {
        List<String> seen = new ArrayList<>();
        String html = RENDERER.render("Intro\n\n[a](one.md)\n\n![img](photo.jpg)\n", (destination, line) -> {
            seen.add(destination + "@" + line);
            return "/rewritten/" + destination;
        }).html();
        assertEquals(List.of("one.md@2", "photo.jpg@4"), seen);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("/rewritten/one.md", doc.selectFirst("a").attr("href"));
        assertEquals("/rewritten/photo.jpg", doc.selectFirst("img").attr("src"));
    }

    /** Rows of ten cells after a header and delimiter row of ten: {@code rows * 10 + 20} cells as the check counts. */
    private static String table(int rows) {
        StringBuilder text = new StringBuilder("Intro.\n\n" + "|h".repeat(10) + "|\n" + "|-".repeat(10) + "|\n");
        text.append(("|1".repeat(10) + "|\n").repeat(rows));
        return text.toString();
    }

    @Test
    void aTableUpToTheCellLimitRendersAndOnePastItIsRefusedBeforeParsing() {
        int rows = (MarkdownRenderer.MAX_TABLE_CELLS - 20) / 10;
        assertEquals(rows + 1, render(table(rows)).select("tr").size(), "the header row and every body row");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(MarkdownRenderer.TableTooLarge.class,
                () -> RENDERER.render(table(rows + 1), (destination, line) -> destination));
        assertEquals(2, refused.line(), "the table's first line, 0-based in the body");
        assertEquals("the table starting here has more than 100000 cells; split it or publish the data as an "
                + "attached file (CSV, spreadsheet)", refused.getMessage());
    }

    @Test
    void whatTheSanitizerRemovesIsReportedWithItsLine() {
        var rendered = RENDERER.render("Text.\n\n<iframe src=\"https://x.example/\"></iframe>\n\n<img alt=\"no source\">\n",
                (destination, line) -> destination);
        assertEquals(List.of(new MarkdownRenderer.Dropped("<iframe> is not allowed in articles and was removed", 2),
                new MarkdownRenderer.Dropped("an image is left without a source (src), none was given or it was not "
                        + "allowed, and shows nothing; give it the file name of an image in the story folder or an https "
                        + "address", 4)), rendered.dropped());
        assertFalse(rendered.html().contains("iframe"));
    }

    @Test
    void headingsInAnyScriptKeepTheirAnchors() {
        // Devanagari vowel signs are combining marks (\p{M}), not letters
        var rendered = RENDERER.render("## हिन्दी समाचार\n\n## ١٢٣ عربى\n", (destination, line) -> destination);
        Document doc = Jsoup.parseBodyFragment(rendered.html());
        assertEquals(List.of("हिन्दी-समाचार", "١٢٣-عربى"), doc.select("h2").eachAttr("id"));
        assertEquals(List.of(), rendered.dropped());
    }

    /**
     * HTML written from Markdown alone skips the sanitizer: for every fixture article and for
     * Markdown that tests each attribute the policy judges, the HTML parses to the same document
     * as what the sanitizer makes of it.
     */
    @Test
    void htmlFromMarkdownAloneIsWhatTheSanitizerWouldKeep() throws Exception {
        HtmlPolicy policy = new HtmlPolicy(List.of());
        List<String> bodies = new ArrayList<>(List.of(
                "# Заголовок\n\nHe said \"yes\" & it's <fine>.\n",
                "[site](https://example.org/a?b=1&c=2 \"title\") [mail](mailto:a@b.by) [tel](tel:+375171234567) [rel](../a/#x)",
                "[bad](javascript:alert(1)) [ftp](ftp://example.org/) [data](data:text/html,x)",
                "![photo](https://example.org/p.jpg \"t\") ![svg](data:image/svg+xml,x) ![rel](p.png)",
                "```c#\nint x;\n```\n\n```java\nint y;\n```\n\n    indented\n",
                "1. one\n2. two\n\n7. seven\n\n- a\n- b\n\n> quote\n\n***\n\nline  \nbreak ~~gone~~ `code`",
                "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
                "## " + "Очень длинный заголовок ".repeat(20) + "\n\n## !!!\n\n## ***\n",
                "[empty]() ![none]() <https://autolink.example.org> www.example.org user@example.org"));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/sites"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        int unsanitized = 0;
        for (String body : bodies) {
            String html = RENDERER.render(body, (destination, line) -> destination).html();
            assertEquals(Jsoup.parseBodyFragment(policy.sanitize(html)).body().html(), Jsoup.parseBodyFragment(html).body().html(),
                    body);
            if (html.contains("&quot;") || html.contains("'")) {
                unsanitized++; // the sanitizer writes &#34; and &#39;: these came from CommonMark alone
            }
        }
        assertTrue(unsanitized >= 3, "the fast path was taken for " + unsanitized + " bodies");
    }

    @Test
    void markdownAloneIsNotSanitizedButRawHtmlAndRefusedAddressesAre() {
        String plain = RENDERER.render("It's \"plain\".", (destination, line) -> destination).html();
        assertTrue(plain.contains("It's &quot;plain&quot;."), plain);
        String raw = RENDERER.render("It's <b>bold</b>.", (destination, line) -> destination).html();
        assertTrue(raw.contains("It&#39;s <b>bold</b>."), raw);
        MarkdownRenderer.Rendered refused = RENDERER.render("It's [x](javascript:alert(1)).", (destination, line) -> destination);
        assertTrue(refused.html().contains("It&#39;s x."), refused.html());
        assertEquals(1, refused.dropped().size(), refused.dropped().toString());
    }
}
