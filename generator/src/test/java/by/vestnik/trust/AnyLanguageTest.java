package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.support.NuChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A language the plugin has no strings for builds: English interface strings (one warning),
 * the language's own dates and {@code og:locale} from the JDK, valid pages with the right
 * {@code <html lang>}, and text in feeds, sitemaps and JSON-LD escaped for XML or JSON only.
 */
class AnyLanguageTest {
    private static final NuChecker NU = new NuChecker();

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "de|Büro für Post & Netze <neu>|9. April 2025|de_DE|Deutsch",
            "fr|Bureau des Postes & Réseaux <neu>|9 avril 2025|fr_FR|Français"})
    void aSiteInALanguageWithoutBundleBuildsValidPages(String language, String summary, String date, String ogLocale,
                                                        String nativeName) throws Exception {
        Path story = project.resolve("content/news/2025-04-09-post");
        TrustKit.write(story.resolve("en.md"), TrustKit.article("Post office", "2025-04-09", "", "The post office opens."));
        TrustKit.write(story.resolve(language + ".md"), TrustKit.article(summary.replace("<neu>", "").strip(), "2025-04-09",
                "summary: \"" + summary + "\"\n", summary.replace("<neu>", "(neu)") + "\n\n## Öffnungszeiten\n\nSee [hours](#" + "öffnungszeiten).\n"));
        SiteConfig config = TrustKit.config(project).languages(List.of("en", language)).build();
        TrustKit.Recorder reporter = new TrustKit.Recorder();

        Vestnik.build(config, reporter);

        assertEquals(List.of("templates/messages/messages_" + language + ".properties: warning: no interface strings for '"
                + language + "'; English ones are used until this file exists"), reporter.formatted(project));
        Path out = config.outputDir();
        Path page = out.resolve(language + "/news/2025/post/index.html");
        Document article = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(language, article.selectFirst("html").attr("lang"));
        assertEquals(ogLocale, article.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en_GB", article.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertTrue(article.select("time").text().contains(date), article.select("time").text());
        assertTrue(article.select(".language-switcher").text().contains(nativeName), article.select(".language-switcher").text());
        String jsonLd = article.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"description\":\"" + summary.replace("&", "\\u0026").replace("<", "\\u003C")
                .replace(">", "\\u003E") + "\""), jsonLd);

        List<String> invalid = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                NU.errors(html.toString(), Files.readAllBytes(html)).forEach(e -> invalid.add(out.relativize(html) + ": " + e));
            }
        }
        assertEquals(List.of(), invalid, "every page is valid HTML");

        String feedText = Files.readString(out.resolve(language + "/rss.xml"), StandardCharsets.UTF_8);
        assertFalse(feedText.replaceAll("&(amp|lt|gt|quot|apos);", "").matches("(?s).*&[a-zA-Z]+;.*"),
                "no HTML named entities in the feed");
        Document feed = Jsoup.parse(feedText, "", Parser.xmlParser());
        assertEquals(language, feed.selectFirst("channel > language").text());
        String description = feed.selectFirst("item > description").text();
        assertEquals(summary.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), description,
                "the summary is HTML in the description, escaped once; its letters stay letters");
        String sitemap = Files.readString(out.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("hreflang=\"" + language + "\""), sitemap);
    }
}
