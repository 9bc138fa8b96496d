package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.support.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story folder publishes its language versions and the files they link to, and nothing else. */
class StoryFilesTest {
    @TempDir
    Path project;

    @Test
    void onlyTheFilesArticlesLinkToArePublished() throws Exception {
        Path a = project.resolve("content/news/2025-01-01-a");
        TrustKit.write(a.resolve("ru.md"), TrustKit.article("Фото", "2025-01-01", "",
                "![Фото](photo.jpg)\n\n<img src=\"raw%20photo.jpg\" alt=\"Схема\">\n\n[Отчёт](report.pdf)"));
        TrustKit.write(a.resolve("en.md"), TrustKit.article("Photo", "2025-01-01", "", "![Photo](photo.jpg)"));
        Files.write(a.resolve("photo.jpg"), TestPhotos.jpeg(TestPhotos.picture(64, 48, 1)));
        Files.write(a.resolve("raw photo.jpg"), TestPhotos.cameraJpeg(TestPhotos.picture(64, 48, 2), 1));
        TrustKit.write(a.resolve("report.pdf"), "PDF");
        TrustKit.write(a.resolve("chart.svg"), "<svg/>");
        TrustKit.write(a.resolve("ru.md.bak"), "an old copy");
        TrustKit.write(a.resolve("notes.txt"), "call the minister first");
        TrustKit.write(a.resolve(".DS_Store"), "hidden");
        Path b = project.resolve("content/news/2025-01-02-b");
        TrustKit.write(b.resolve("ru.md"), TrustKit.article("Б", "2025-01-02", "", "[График](../2025-01-01-a/chart.svg)"));
        SiteConfig config = TrustKit.config(project).build();
        TrustKit.Recorder reporter = new TrustKit.Recorder();

        try {
            Vestnik.build(config, reporter);
        } catch (by.vestnik.BuildFailedException e) {
            throw new AssertionError(String.join("\n", reporter.formatted(project)), e);
        }

        String warning = ": warning: no article links to this file, so it is not published; link to it, or keep it "
                + "outside the content directory";
        assertEquals(List.of("content/news/2025-01-01-a/notes.txt" + warning, "content/news/2025-01-01-a/ru.md.bak" + warning),
                reporter.formatted(project));
        List<String> published = TrustKit.snapshot(config.outputDir()).keySet().stream()
                .filter(p -> p.startsWith("ru/news/2025/a/") || p.startsWith("en/news/2025/a/")).toList();
        // photo.jpg is published as sized copies under media/; raw HTML's "raw photo.jpg" as its
        // largest copy (without the camera's metadata) under its own name
        assertEquals(List.of("en/news/2025/a/chart.svg", "en/news/2025/a/index.html",
                "en/news/2025/a/raw photo.jpg", "en/news/2025/a/report.pdf",
                "ru/news/2025/a/chart.svg", "ru/news/2025/a/index.html",
                "ru/news/2025/a/raw photo.jpg", "ru/news/2025/a/report.pdf"), published);
        TestPhotos.assertNoMetadata(config.outputDir().resolve("ru/news/2025/a/raw photo.jpg"));
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(
                java.nio.file.Files.readString(config.outputDir().resolve("ru/rss.xml")), "", org.jsoup.parser.Parser.xmlParser());
        String itemHtml = feed.select("item").stream().filter(item -> item.selectFirst("link").text().endsWith("/a/"))
                .findFirst().orElseThrow().selectFirst("content|encoded").text();
        assertEquals("https://example.gov.by/ru/news/2025/a/raw%20photo.jpg",
                org.jsoup.Jsoup.parseBodyFragment(itemHtml).selectFirst("img[alt=Схема]").attr("src"),
                "raw HTML's relative image is absolute in the feed");
    }
}
