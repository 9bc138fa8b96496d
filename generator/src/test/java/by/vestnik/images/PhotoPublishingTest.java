package by.vestnik.images;

import static by.vestnik.support.TestSites.article;
import static by.vestnik.support.TestSites.write;
import static by.vestnik.support.TestSites.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestPhotos;
import by.vestnik.support.TestSites;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A camera photo (EXIF with GPS and serial number, XMP, orientation "turn 90° clockwise") shown
 * by two language versions: sized copies at the theme's widths, the right way up, without any
 * metadata, the original not published, one set shared by both versions, and none decoded again
 * by the next build.
 */
class PhotoPublishingTest {
    @TempDir
    Path project;

    @BeforeEach
    void story() {
        // stored 2400 × 1600 (landscape), shown 1600 × 2400 after EXIF orientation 6
        writeBytes(project.resolve("content/news/2025-04-01-a/photo.jpg"),
                TestPhotos.cameraJpeg(TestPhotos.picture(2400, 1600, 1), 6));
        write(project.resolve("content/news/2025-04-01-a/ru.md"), article("Форум", "2025-04-01", "",
                "Первый абзац.\n\n![Министр открывает форум](photo.jpg \"Открытие форума\")\n"));
        write(project.resolve("content/news/2025-04-01-a/en.md"), article("Forum", "2025-04-01", "",
                "First paragraph.\n\n![The minister opens the forum](photo.jpg)\n"));
    }

    SiteConfig config(String output) {
        return SiteConfig.builder().project(project).outputDir(project.resolve(output))
                .baseUrl("https://example.gov.by/").languages(TestSites.LANGUAGES).timeZone(TestSites.MINSK)
                .now(TestSites.NOW).build();
    }

    Document page(Path out, String path) throws Exception {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8", "https://example.gov.by/" + path);
    }

    @Test
    void copiesAtTheThemesWidthsTheRightWayUpWithoutMetadata() throws Exception {
        Path out = project.resolve("site-output");
        TestSites.build(config("site-output"), new RecordingReporter());

        Element img = page(out, "ru/news/2025/a/index.html").selectFirst(".article__body figure img");
        assertEquals("Министр открывает форум", img.attr("alt"));
        assertEquals("Открытие форума", page(out, "ru/news/2025/a/index.html").selectFirst("figcaption").text());
        assertEquals("1600", img.attr("width"));
        assertEquals("2400", img.attr("height"));
        assertEquals("async", img.attr("decoding"));
        assertFalse(img.hasAttr("loading"), "the first image of a page loads at once");
        assertFalse(img.attr("sizes").isEmpty());

        List<Integer> widths = new ArrayList<>();
        for (String candidate : img.attr("srcset").split(",\\s*")) {
            String[] parts = candidate.split(" ");
            int width = Integer.parseInt(parts[1].replace("w", ""));
            widths.add(width);
            Path file = out.resolve(parts[0].substring(1));
            BufferedImage copy = ImageIO.read(file.toFile());
            assertEquals(width, copy.getWidth(), parts[0]);
            assertEquals(width * 3 / 2, copy.getHeight(), 1.0, "portrait after the orientation is applied: " + parts[0]);
            // the red corner of the stored picture is top-right once turned 90° clockwise
            int topRight = copy.getRGB(copy.getWidth() - 3, 2);
            assertTrue((topRight >> 16 & 0xFF) > 180 && (topRight >> 8 & 0xFF) < 80, parts[0] + " is turned");
            TestPhotos.assertNoMetadata(file);
        }
        assertEquals(List.of(480, 800, 1200, 1600), widths, "never wider than the photo (1600 px as shown)");

        Element en = page(out, "en/news/2025/a/index.html").selectFirst(".article__body img");
        assertEquals(img.attr("srcset"), en.attr("srcset"), "both versions share one set of copies");
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("photo.jpg")), "the original is not published");
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> published = files.filter(p -> p.toString().matches(".*\\.(jpg|webp|png)")).toList();
            assertTrue(published.stream().anyMatch(p -> p.toString().endsWith(".webp")), "WebP copies too");
            for (Path file : published) {
                TestPhotos.assertNoMetadata(file);
            }
        }
    }

    @Test
    void theNextBuildDecodesNothing() throws Exception {
        RecordingReporter first = new RecordingReporter();
        TestSites.build(config("out-1"), first);
        assertTrue(first.debugs().stream().anyMatch(m -> m.startsWith("images: 1 decoded, 0 from the cache")), first.debugs().toString());

        RecordingReporter second = new RecordingReporter();
        TestSites.build(config("out-2"), second);
        assertTrue(second.debugs().stream().anyMatch(m -> m.startsWith("images: 0 decoded, 1 from the cache")), second.debugs().toString());
        assertEquals(TestSites.tree(project.resolve("out-1")).keySet(), TestSites.tree(project.resolve("out-2")).keySet());
    }

    @Test
    void originalsArePublishedOnlyWhenAsked() {
        SiteConfig config = config("site-output").toBuilder()
                .images(ImageOptions.defaults().withPublishOriginals(true)).build();
        TestSites.build(config, new RecordingReporter());
        assertTrue(Files.isRegularFile(project.resolve("site-output/ru/news/2025/a/photo.jpg")));
    }

    @Test
    void theFrontMattersImageLeadsAboveTheTextAndIsShared() throws Exception {
        writeBytes(project.resolve("content/news/2025-04-01-a/lead.jpg"), TestPhotos.jpeg(TestPhotos.picture(2000, 1500, 2)));
        write(project.resolve("content/news/2025-04-01-a/ru.md"), article("Форум", "2025-04-01",
                "image: lead.jpg\nimageAlt: \"Зал форума перед открытием\"\n",
                "Первый абзац.\n\n![Министр открывает форум](photo.jpg)\n"));
        Path out = project.resolve("site-output");
        TestSites.build(config("site-output"), new RecordingReporter());

        Document page = page(out, "ru/news/2025/a/index.html");
        Element lead = page.selectFirst(".article__lead img");
        assertEquals("Зал форума перед открытием", lead.attr("alt"));
        assertEquals(List.of("1600", "1200"), List.of(lead.attr("width"), lead.attr("height")), "the largest copy's size");
        assertFalse(lead.hasAttr("loading"));
        assertEquals("lazy", page.selectFirst(".article__body img").attr("loading"), "below the lead, images load lazily");
        assertEquals("image/webp", page.selectFirst(".article__lead source").attr("type"));

        String card = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(card.matches("https://example\\.gov\\.by/media/[0-9a-f]{20}/lead-1200x630\\.jpg"), card);
        assertEquals(card, page.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("Зал форума перед открытием", page.selectFirst("meta[property=og:image:alt]").attr("content"));
        BufferedImage cardImage = ImageIO.read(out.resolve(card.substring("https://example.gov.by/".length())).toFile());
        assertEquals(List.of(1200, 630), List.of(cardImage.getWidth(), cardImage.getHeight()));
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        for (String crop : List.of("lead-1200x675.jpg", "lead-1200x900.jpg", "lead-1200x1200.jpg")) {
            assertTrue(jsonLd.contains(crop), "JSON-LD names the " + crop + " crop: " + jsonLd);
        }

        Element thumb = page(out, "ru/index.html").selectFirst(".article-list__thumb img");
        assertEquals(lead.attr("srcset"), thumb.attr("srcset"), "the list shows the lead");
        assertEquals("", thumb.attr("alt"), "beside the title, the thumbnail is decorative");
    }

    @Test
    void missingAltTextCanBeOnlyAWarning() {
        write(project.resolve("content/news/2025-04-01-a/be.md"), article("Форум", "2025-04-01", "", "![](photo.jpg)"));
        RecordingReporter reporter = new RecordingReporter();
        TestSites.build(config("site-output").toBuilder()
                .images(images -> images.withAltText(ImageOptions.AltTextCheck.WARN)).build(), reporter);
        assertEquals(List.of("content/news/2025-04-01-a/be.md:6: warning: the image 'photo.jpg' has no alt text: describe "
                        + "what it shows in this version's language, as in ![what the photo shows](photo.jpg), or mark it "
                        + "decorative with ![\"\"](photo.jpg)"), reporter.formatted(project));
    }
}
