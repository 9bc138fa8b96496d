package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler-style check after rendering ({@code linkCheck}, and {@code vestnik:check} through
 * {@link Vestnik#check}): a broken link, a non-reciprocal hreflang pair or a relative link in a feed
 * planted by a project template fails the build with FAIL, naming the page (and the article's
 * source file), and only warns with WARN; the ministry's own site passes.
 */
class CheckBehaviourTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void site() {
        project = tmp.resolve("project");
        TrustKit.write(project.resolve("content/news/2025-01-01-first/ru.md"), TrustKit.article("Первая", "2025-01-01", "", "Один."));
        TrustKit.write(project.resolve("content/news/2025-01-01-first/en.md"), TrustKit.article("First", "2025-01-01", "", "One."));
        TrustKit.write(project.resolve("content/news/2025-02-01-second/ru.md"), TrustKit.article("Вторая", "2025-02-01", "", "Два."));
    }

    static String embedded(String name) throws IOException {
        try (InputStream in = Vestnik.class.getResourceAsStream("/vestnik/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    List<String> failures(SiteConfig config) {
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> Vestnik.build(config, new TrustKit.Recorder()));
        assertFalse(Files.exists(config.outputDir()), "nothing is published");
        return failure.diagnostics().stream().map(d -> d.format(project)).toList();
    }

    @Test
    void aBrokenLinkInAProjectTemplateFailsTheBuildNamingPageAndSource() throws IOException {
        TrustKit.write(project.resolve("templates/article.ftlh"), embedded("article.ftlh")
                .replace("<div class=\"article__body\">", "<p><a href=\"/ru/nowhere/\">nowhere</a></p>\n<div class=\"article__body\">"));
        List<String> shown = failures(TrustKit.config(project).build());
        assertEquals(List.of(
                "site-output/en/news/2025/first/index.html: error: broken link to '/ru/nowhere/' (no file ru/nowhere/index.html) (from content/news/2025-01-01-first/en.md)",
                "site-output/ru/news/2025/first/index.html: error: broken link to '/ru/nowhere/' (no file ru/nowhere/index.html) (from content/news/2025-01-01-first/ru.md)",
                "site-output/ru/news/2025/second/index.html: error: broken link to '/ru/nowhere/' (no file ru/nowhere/index.html) (from content/news/2025-02-01-second/ru.md)"),
                shown);
    }

    @Test
    void aNonReciprocalHreflangPairFailsTheBuild() throws IOException {
        // Russian pages leave out their English alternate; the English pages still point to Russian ones
        String layout = embedded("layout.ftlh").replace(
                "<link rel=\"alternate\" hreflang=\"${alternate.hreflang}\" href=\"${alternate.href}\">",
                "<#if !(page.language == \"ru\" && alternate.hreflang == \"en\")><link rel=\"alternate\" hreflang=\"${alternate.hreflang}\" href=\"${alternate.href}\"></#if>");
        TrustKit.write(project.resolve("templates/layout.ftlh"), layout);
        List<String> shown = failures(TrustKit.config(project).build());
        assertTrue(shown.contains("site-output/en/news/2025/first/index.html: error: hreflang ru → "
                + "https://example.gov.by/ru/news/2025/first/ is not reciprocal: that page does not link back to "
                + "https://example.gov.by/en/news/2025/first/ as en (from content/news/2025-01-01-first/en.md)"), String.join("\n", shown));
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("site-output/en/index.html: error: hreflang ru → https://example.gov.by/ru/ is not reciprocal")),
                String.join("\n", shown));
        assertTrue(shown.stream().allMatch(l -> l.startsWith("site-output/en/") || l.startsWith("site-output/index.html")
                || l.startsWith("site-output/ru/")), String.join("\n", shown));
    }

    @Test
    void aFeedWithARelativeLinkFailsTheBuild() throws IOException {
        TrustKit.write(project.resolve("templates/rss.ftlx"), embedded("rss.ftlx")
                .replace("<link>${item.link}</link>", "<link>/${item.link?keep_after(baseUrl)}</link>"));
        List<String> shown = failures(TrustKit.config(project).build());
        assertTrue(shown.contains("site-output/ru/rss.xml: error: item link '/ru/news/2025/second/' is not an absolute URL"),
                String.join("\n", shown));
        assertTrue(shown.contains("site-output/en/rss.xml: error: item link '/en/news/2025/first/' is not an absolute URL"),
                String.join("\n", shown));
        assertTrue(shown.stream().allMatch(l -> l.contains("rss.xml: error: item link '/")), String.join("\n", shown));
    }

    @Test
    void linksToOtherSectionsOfTheSameHostAreNotJudged() throws Exception {
        // the site sits at the host's root, beside the ministry's other sections: /law/… is theirs
        TrustKit.write(project.resolve("templates/article.ftlh"), embedded("article.ftlh")
                .replace("<div class=\"article__body\">", "<p><a href=\"/law/123\">law</a></p>\n<div class=\"article__body\">"));
        Vestnik.build(TrustKit.config(project).build(), new TrustKit.Recorder());
    }

    @Test
    void withWarnTheSameProblemsOnlyWarnAndTheSiteIsBuilt() throws Exception {
        TrustKit.write(project.resolve("templates/article.ftlh"), embedded("article.ftlh")
                .replace("<div class=\"article__body\">", "<p><a href=\"/ru/nowhere/\">nowhere</a></p>\n<div class=\"article__body\">"));
        SiteConfig config = TrustKit.config(project).linkCheck(SiteConfig.LinkCheck.WARN).build();
        TrustKit.Recorder reporter = new TrustKit.Recorder();
        BuildResult result = Vestnik.build(config, reporter);
        assertEquals(3, result.warnings(), result.summary());
        assertEquals(3, reporter.diagnostics.size());
        assertTrue(reporter.formatted(project).stream().allMatch(l -> l.contains(": warning: broken link to '/ru/nowhere/'")),
                reporter.formatted(project).toString());
        assertTrue(Files.exists(config.outputDir().resolve("ru/news/2025/first/index.html")));

        // OFF: no check, no findings
        TrustKit.Recorder quiet = new TrustKit.Recorder();
        assertEquals(0, Vestnik.build(TrustKit.config(project).linkCheck(SiteConfig.LinkCheck.OFF).build(), quiet).warnings());
        assertEquals(List.of(), quiet.diagnostics);
    }

    @Test
    void theMinistrySitePassesTheCheck() throws Exception {
        Path root = TrustKit.moduleDir().getParent();
        SiteConfig config = SiteConfig.builder().projectDir(root).contentDir(root.resolve("content"))
                .templatesDir(root.resolve("templates")).outputDir(tmp.resolve("ministry"))
                .baseUrl("https://mpt.gov.by/").languages(List.of("ru", "be", "en")).timeZone(ZoneId.of("Europe/Minsk"))
                .now(TrustKit.NOW).linkCheck(SiteConfig.LinkCheck.FAIL).build();
        TrustKit.Recorder reporter = new TrustKit.Recorder();
        BuildResult result = Vestnik.build(config, reporter);
        assertEquals(List.of(), reporter.formatted(root));
        assertTrue(result.pages() > 10, result.summary());
        assertEquals(List.of(), Vestnik.check(config, new TrustKit.Recorder()), "vestnik:check on the published site");
    }

    @Test
    void checkOnAnExistingOutputFindsWhatChangedSinceTheBuild() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        assertEquals(List.of(), Vestnik.check(config, new TrustKit.Recorder()));

        // someone deletes a published page by hand: the pages linking to it are named
        Files.delete(config.outputDir().resolve("ru/news/2025/second/index.html"));
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> Vestnik.check(config, new TrustKit.Recorder()));
        List<String> shown = failure.diagnostics().stream().map(d -> d.format(project)).toList();
        assertTrue(shown.contains("site-output/ru/index.html: error: broken link to '/ru/news/2025/second/' "
                + "(no file ru/news/2025/second/index.html)"), String.join("\n", shown));
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("site-output/sitemap.xml: error: lists https://example.gov.by/ru/news/2025/second/")),
                String.join("\n", shown));
        assertTrue(shown.stream().allMatch(l -> l.contains(": error: ")));

        // with WARN, the same findings come back as warnings and nothing is thrown
        List<Diagnostic> warnings = Vestnik.check(TrustKit.config(project).linkCheck(SiteConfig.LinkCheck.WARN).build(),
                new TrustKit.Recorder());
        assertEquals(shown.size(), warnings.size());
        assertTrue(warnings.stream().noneMatch(Diagnostic::isError));
    }
}
