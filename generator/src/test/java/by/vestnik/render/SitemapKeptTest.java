package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild whose sitemap entries are the last build's keeps the sitemap as published instead of
 * making it again; an entry that changed, or a sitemap no longer as published, makes it anew. The
 * fixture's sitemap template stamps the moment it ran, so a sitemap made again has other bytes.
 */
class SitemapKeptTest {
    private static final String STAMPED_TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made at ${.now?long?c} -->
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <#list entries as entry>
            <url><loc>${entry.loc}</loc><#if entry.lastmod?has_content><lastmod>${entry.lastmod}</lastmod></#if></url>
            </#list>
            </urlset>
            """;

    @TempDir
    Path tmp;

    @Test
    void theSitemapIsMadeAgainOnlyWhenAnEntryChanged() throws Exception {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("templates/sitemap.ftlx"), STAMPED_TEMPLATE);
        for (int i = 1; i <= 3; i++) {
            TestSites.write(story(site, i), TestSites.article("Новость " + i, "2025-0" + i + "-10", "", "Текст новости " + i + "."));
        }
        Path out = tmp.resolve("out");
        build(site, out);
        String first = sitemap(out);

        // a body edited: every entry (location, lastmod, alternates) is the same
        TestSites.write(story(site, 2), TestSites.read(story(site, 2)) + "\nЕщё один абзац.\n");
        build(site, out);
        assertEquals(first, sitemap(out), "the sitemap was made again though no entry changed");

        // a story updated: its entry's lastmod changes
        TestSites.write(story(site, 3), TestSites.article("Новость 3", "2025-03-10", "updated: 2025-09-01\n", "Текст новости 3."));
        build(site, out);
        String updated = sitemap(out);
        assertNotEquals(first, updated);
        assertTrue(updated.contains("<lastmod>2025-09-01T00:00:00+03:00</lastmod>"), updated);

        // the published sitemap edited by hand: made again, though its entries did not change
        Files.writeString(out.resolve("sitemap.xml"), "<urlset/>");
        build(site, out);
        String restored = sitemap(out);
        assertNotEquals(updated, restored);
        assertEquals(updated.replaceFirst("made at [0-9]+", ""), restored.replaceFirst("made at [0-9]+", ""));
    }

    private static void build(Path site, Path out) throws InterruptedException {
        Thread.sleep(2); // the template's stamp is in milliseconds
        TestSites.build(TestSites.fixtureConfig(site, out).build(), new RecordingReporter());
    }

    private static String sitemap(Path out) throws IOException {
        return Files.readString(out.resolve("sitemap.xml"));
    }

    private static Path story(Path site, int i) {
        return site.resolve("content/news/2025-0" + i + "-10-story-" + i + "/ru.md");
    }
}
