package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders only what changed, and what it leaves is what a build from nothing makes:
 * an edited body renders its own page (and the lists that show it), a story moved makes the
 * bodies that link to it render again though their text did not change, a published page edited
 * by hand is rendered again, and a template change renders everything.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void site() {
        project = tmp.resolve("project");
        TrustKit.twoStories(project);
        TrustKit.write(project.resolve("content/news/2025-02-01-second/ru.md"),
                TrustKit.article("Вторая", "2025-02-01", "", "Вторая ссылается на [первую](../2025-01-01-first/ru.md)."));
        rewriteThird("Текст третьей новости.");
    }

    @Test
    void anEditedBodyRendersItsPageAndKeepsTheOthersFiles() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        BuildResult first = Vestnik.build(config, new TrustKit.Recorder());
        assertTrue(first.rendering().endsWith("pages rendered: no earlier build to reuse"), first.rendering());
        Object untouched = inode(config.outputDir().resolve("en/news/2025/first/index.html"));

        rewriteThird("Текст третьей новости.\n\nИ новый абзац.");
        BuildResult second = Vestnik.build(config, new TrustKit.Recorder());

        assertTrue(second.rendering().matches("\\d+ of " + second.pages() + " pages re-rendered: 1 story changed"),
                second.rendering());
        assertTrue(Integer.parseInt(second.rendering().split(" ")[0]) < second.pages() / 2, second.rendering());
        assertEquals(untouched, inode(config.outputDir().resolve("en/news/2025/first/index.html")),
                "a page whose story did not change is kept as it was published");
        assertTrue(Jsoup.parse(Files.readString(config.outputDir().resolve("ru/news/2025/third/index.html")))
                .text().contains("И новый абзац."));
        assertEquals(fromNothing(), contents(config.outputDir()));
    }

    @Test
    void aMovedStoryRendersTheBodiesThatLinkToIt() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());

        // the linking body's text stays the same, but where its link leads does not
        TrustKit.write(project.resolve("content/news/2025-01-01-first/ru.md"),
                TrustKit.article("Первая", "2025-01-01", "slug: moved\n", "Текст первой новости."));
        BuildResult second = Vestnik.build(config, new TrustKit.Recorder());

        String link = Jsoup.parse(Files.readString(config.outputDir().resolve("ru/news/2025/second/index.html")))
                .select("main a:contains(первую)").attr("href");
        assertTrue(link.contains("/moved/"), "the link follows the story: " + link);
        assertTrue(second.rendering().endsWith(": 2 stories changed"), second.rendering());
        assertEquals(fromNothing(), contents(config.outputDir()));
    }

    @Test
    void aPublishedPageEditedByHandIsRenderedAgain() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        Path page = config.outputDir().resolve("en/news/2025/first/index.html");
        String published = Files.readString(page);
        Files.writeString(page, published.replace("The first story.", "Edited on the server."));

        rewriteThird("Другой текст третьей новости.");
        Vestnik.build(config, new TrustKit.Recorder());

        assertEquals(published, Files.readString(page));
        assertEquals(fromNothing(), contents(config.outputDir()));
    }

    @Test
    void pagesEditedOrReplacedByHandAreRestoredWhenTheReplacedTreeIsReused() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        rewriteThird("Другой текст третьей новости.");
        Vestnik.build(config, new TrustKit.Recorder()); // leaves the replaced tree, which the next build reuses
        Path edited = config.outputDir().resolve("en/news/2025/first/index.html");
        Path replaced = config.outputDir().resolve("ru/news/2025/first/index.html");
        String editedAsPublished = Files.readString(edited);
        String replacedAsPublished = Files.readString(replaced);
        Files.writeString(edited, editedAsPublished.replace("The first story.", "Edited on the server."));
        Path upload = replaced.resolveSibling("upload.tmp");
        Files.writeString(upload, "<!doctype html><title>uploaded over the page</title>");
        Files.move(upload, replaced, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        rewriteThird("Третий текст третьей новости.");
        Vestnik.build(config, new TrustKit.Recorder());

        assertEquals(editedAsPublished, Files.readString(edited));
        assertEquals(replacedAsPublished, Files.readString(replaced));
        assertEquals(fromNothing(), contents(config.outputDir()));
    }

    @Test
    void aChangedTemplateRendersEveryPage() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        TrustKit.write(project.resolve("templates/messages/messages_en.properties"), "site.name=Edited ministry\n");

        BuildResult second = Vestnik.build(config, new TrustKit.Recorder());

        assertEquals(String.format(java.util.Locale.ROOT, "%,d pages rendered: the templates, configuration or engine changed",
                second.pages()), second.rendering());
        assertEquals(fromNothing(), contents(config.outputDir()));
    }

    private void rewriteThird(String body) {
        TrustKit.write(project.resolve("content/news/2025-03-01-third/ru.md"), TrustKit.article("Третья", "2025-03-01", "", body));
    }

    /** The same project built into a new output with no state of any kind. */
    private Map<String, String> fromNothing() throws Exception {
        Path copy = tmp.resolve("fresh-" + System.nanoTime());
        TrustKit.copyTree(project.resolve("content"), copy.resolve("content"));
        if (Files.isDirectory(project.resolve("templates"))) {
            TrustKit.copyTree(project.resolve("templates"), copy.resolve("templates"));
        }
        SiteConfig config = TrustKit.config(copy).build();
        Vestnik.build(config, new TrustKit.Recorder());
        return contents(config.outputDir());
    }

    private static Map<String, String> contents(Path output) {
        Map<String, String> contents = new TreeMap<>();
        TrustKit.snapshot(output).forEach((path, state) -> contents.put(path, state.sha256()));
        return contents;
    }

    private static Object inode(Path file) throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertNotEquals(null, key);
        return key;
    }
}
