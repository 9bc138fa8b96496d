package by.vestnik.render;

import static by.vestnik.support.TestSites.article;
import static by.vestnik.support.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildFailedException;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestPhotos;
import by.vestnik.support.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links written in articles, as built into pages and feeds, on a site served from a sub-path:
 * links to other stories' files become their URLs, images travel with their story, feeds get
 * absolute URLs, and links to nothing are errors naming the file and line.
 */
class ContentLinksTest {
    static final String BASE = "https://example.gov.by/press/";

    @TempDir
    Path project;
    Path out;

    @BeforeEach
    void content() {
        out = project.resolve("site-output");
        write(project.resolve("content/news/2025-04-01-a/ru.md"), article("A", "2025-04-01", "", """
                Первый абзац со [ссылкой на B](../2025-04-02-b/ru.md).

                Английская версия: [B en](../2025-04-02-b/en.md#part), [раздел](#details), [главная](/ru/).

                ![Фото](photo.png) и [документ](plan%20v2.pdf).

                ## Details
                """));
        TestSites.writeBytes(project.resolve("content/news/2025-04-01-a/photo.png"), TestPhotos.png(TestPhotos.picture(64, 48, 7)));
        write(project.resolve("content/news/2025-04-01-a/plan v2.pdf"), "not really a PDF");
        write(project.resolve("content/news/2025-04-02-b/ru.md"), article("B", "2025-04-02", "", "Текст B."));
        write(project.resolve("content/news/2025-04-02-b/en.md"), article("B en", "2025-04-02", "",
                "Text B. See [the photo of A](../2025-04-01-a/photo.png).\n\n## Part\n\nThe part A links to."));
    }

    SiteConfig config() {
        return SiteConfig.builder().project(project).outputDir(out).baseUrl(BASE).languages(TestSites.LANGUAGES)
                .timeZone(TestSites.MINSK).now(TestSites.NOW).build();
    }

    Document page(String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)));
    }

    Document feedItemHtml(String language, int item) {
        Document feed = Jsoup.parse(TestSites.read(out.resolve(language + "/rss.xml")), Parser.xmlParser());
        return Jsoup.parseBodyFragment(feed.select("item").get(item).selectFirst("content|encoded").text());
    }

    @Test
    void linksOnPagesPointToPublishedUrlsUnderTheSubPath() {
        TestSites.build(config(), new RecordingReporter());
        Document a = page("ru/news/2025/a/index.html");
        assertEquals(List.of("/press/ru/news/2025/b/", "/press/en/news/2025/b/#part", "#details", "/ru/",
                "plan%20v2.pdf"), a.select(".article__body a").eachAttr("href"));
        String photo = a.selectFirst(".article__body img").attr("src");
        assertTrue(photo.matches("/press/media/[0-9a-f]{20}/photo-64\\.png"), photo);
        assertTrue(Files.isRegularFile(out.resolve(photo.substring("/press/".length()))), "the image's copy is published");
        assertTrue(Files.notExists(out.resolve("ru/news/2025/a/photo.png")), "the photo as written is not");
        assertTrue(Files.isRegularFile(out.resolve("ru/news/2025/a/plan v2.pdf")));
        assertEquals(List.of(photo), page("en/news/2025/b/index.html").select(".article__body a").eachAttr("href"),
                "a link to another story's photo goes to the photo's largest copy");
    }

    @Test
    void linksInFeedsAreAbsolute() {
        TestSites.build(config(), new RecordingReporter());
        Document a = feedItemHtml("ru", 1);
        assertEquals(List.of("https://example.gov.by/press/ru/news/2025/b/",
                "https://example.gov.by/press/en/news/2025/b/#part",
                "https://example.gov.by/press/ru/news/2025/a/#details",
                "https://example.gov.by/ru/",
                "https://example.gov.by/press/ru/news/2025/a/plan%20v2.pdf"), a.select("a").eachAttr("href"));
        assertTrue(a.selectFirst("img").attr("src").matches("https://example\\.gov\\.by/press/media/[0-9a-f]{20}/photo-64\\.png"),
                a.selectFirst("img").attr("src"));
    }

    @Test
    void linksToNothingAreErrorsWithTheirLine() {
        write(project.resolve("content/news/2025-04-03-c/ru.md"), article("C", "2025-04-03", "", """
                Intro.

                [нет такой](../2025-04-09-missing/ru.md)

                ![нет фото](missing.png)
                """));
        RecordingReporter reporter = new RecordingReporter();
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> Vestnik.build(config(), reporter));
        // line 1 '---', 2 title, 3 date, 4 '---', 5 empty, 6 "Intro.", 8 the link, 10 the image
        List<String> expected = List.of(
                "content/news/2025-04-03-c/ru.md:8: error: link to '../2025-04-09-missing/ru.md', which does not exist "
                        + "or is not published",
                "content/news/2025-04-03-c/ru.md:10: error: link to 'missing.png', which does not exist");
        assertEquals(expected, failure.diagnostics().stream().map(d -> d.format(project)).toList());
        assertEquals(expected, reporter.formatted(project));
        assertTrue(Files.notExists(out), "nothing was published");
    }

    @Test
    void linksToUnpublishedStoriesAreErrors() {
        write(project.resolve("content/news/2025-04-03-c/ru.md"), article("C", "2025-04-03", "",
                "[черновик](../2025-04-04-draft/ru.md)"));
        write(project.resolve("content/news/2025-04-04-draft/ru.md"), article("D", "2025-04-04", "draft: true\n", "x"));
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> Vestnik.build(config(), new RecordingReporter()));
        assertEquals(List.of("content/news/2025-04-03-c/ru.md:6: error: link to '../2025-04-04-draft/ru.md', which "
                + "does not exist or is not published"), failure.diagnostics().stream().map(d -> d.format(project)).toList());
    }

    @Test
    void emptyLinksAreWarnings() {
        write(project.resolve("content/news/2025-04-03-c/ru.md"), article("C", "2025-04-03", "", "[пусто]() и [решётка](#)"));
        RecordingReporter reporter = new RecordingReporter();
        TestSites.build(config(), reporter);
        assertEquals(List.of(
                "content/news/2025-04-03-c/ru.md:6: warning: empty link ('#'): link to a page or remove the link",
                "content/news/2025-04-03-c/ru.md:6: warning: empty link (''): link to a page or remove the link"),
                reporter.formatted(project));
    }

    @Test
    void automaticSummariesAreTheLinkTextsOnly() {
        TestSites.build(config(), new RecordingReporter());
        String description = page("ru/news/2025/a/index.html").selectFirst("meta[name=description]").attr("content");
        assertEquals("Первый абзац со ссылкой на B.", description);
    }

    @Test
    void linksToTheSitesOwnPagesAreNotNofollow() {
        TestSites.build(config(), new RecordingReporter());
        Document a = page("ru/news/2025/a/index.html");
        assertEquals(List.of(), a.select(".article__body a[href^=/press/][rel~=nofollow], .article__body a[href^=#][rel~=nofollow]")
                .eachAttr("href"));
    }
}
