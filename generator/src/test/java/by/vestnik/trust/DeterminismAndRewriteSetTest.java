package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of 60 stories is byte-identical on one core and on four; and after a clean build,
 * editing one article's text rewrites exactly the files that show that text — its page, the list
 * pages (home, tag, year) on which its summary appears, the feeds that carry it — and nothing else:
 * not the sitemap (its lastmod did not change), not the other language's pages.
 */
class DeterminismAndRewriteSetTest {
    @TempDir
    Path tmp;

    static void site(Path project) {
        TrustKit.write(project.resolve("content/tags.yaml"), "economy:\n  slug: economy\n  ru: Экономика\n  be: Эканоміка\n  en: Economy\n"
                + "roads:\n  slug: roads\n  ru: Дороги\n  be: Дарогі\n  en: Roads\n");
        for (int i = 1; i <= 60; i++) {
            String date = (i <= 30 ? "2024-" : "2025-") + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
            String dir = "content/news/" + date + "-story-" + i;
            String tags = i % 3 == 0 ? "tags: [economy]\n" : i % 3 == 1 ? "tags: [economy, roads]\n" : "";
            TrustKit.write(project.resolve(dir + "/ru.md"), TrustKit.article("Новость " + i, date, tags,
                    "Первый абзац новости " + i + " marker-" + i + "-end.\n\nВторой абзац со [ссылкой](../"
                            + "2024-02-02-story-1/ru.md)."));
            if (i % 2 == 0) {
                TrustKit.write(project.resolve(dir + "/en.md"), TrustKit.article("Story " + i, date, tags,
                        "First paragraph of story " + i + "."));
            }
        }
    }

    @Test
    void oneCoreAndFourCoresGiveByteIdenticalTrees() throws Exception {
        Path project = tmp.resolve("p");
        site(project);
        Vestnik.build(TrustKit.config(project).threads(1).outputDir(tmp.resolve("one")).build(), new TrustKit.Recorder());
        Vestnik.build(TrustKit.config(project).threads(4).outputDir(tmp.resolve("four")).build(), new TrustKit.Recorder());
        Map<String, TrustKit.FileState> one = TrustKit.snapshot(tmp.resolve("one"));
        Map<String, TrustKit.FileState> four = TrustKit.snapshot(tmp.resolve("four"));
        assertTrue(one.size() > 100, "files: " + one.size());
        assertEquals(one.keySet(), four.keySet());
        one.forEach((path, state) -> assertEquals(state.sha256(), four.get(path).sha256(), path));
    }

    @Test
    void editingOneArticleRewritesExactlyTheFilesThatShowIt() throws Exception {
        Path project = tmp.resolve("p");
        site(project);
        SiteConfig config = TrustKit.config(project).pageSize(10).feedSize(60).build();
        Vestnik.build(config, new TrustKit.Recorder());
        TrustKit.ageAll(config.outputDir());
        Map<String, TrustKit.FileState> before = TrustKit.snapshot(config.outputDir());

        // story 40: ru, tagged economy and roads, 2025; its first paragraph (the summary) carries a marker
        String marker = "marker-40-end";
        Set<String> expected = new TreeSet<>();
        for (String path : before.keySet()) {
            if (new String(Files.readAllBytes(config.outputDir().resolve(path)), StandardCharsets.UTF_8).contains(marker)) {
                expected.add(path);
            }
        }
        // what the model says must be among them
        String page = "ru/news/2025/story-40/index.html";
        for (String must : new String[] {page, "ru/news/2025/index.html", "ru/tags/economy/index.html",
                "ru/tags/roads/index.html", "ru/rss.xml", "ru/tags/economy/rss.xml", "ru/tags/roads/rss.xml"}) {
            assertTrue(expected.contains(must) || expected.stream().anyMatch(p -> p.startsWith(must.replace("index.html", "page/"))),
                    must + " shows the article: " + expected);
        }
        assertTrue(expected.stream().anyMatch(p -> p.equals("ru/index.html") || p.startsWith("ru/page/")), expected.toString());
        assertTrue(expected.stream().noneMatch(p -> p.startsWith("en/") || p.equals("sitemap.xml")), expected.toString());

        Path file = project.resolve("content/news/2025-05-13-story-40/ru.md");
        Files.writeString(file, Files.readString(file).replace(marker, "edited-40"));
        BuildResult result = Vestnik.build(config, new TrustKit.Recorder());

        Map<String, TrustKit.FileState> after = TrustKit.snapshot(config.outputDir());
        // the search index names its files by their content: the edit replaces the few that hold
        // the story (SearchIndexIncrementalTest counts which); the search page names the new manifest
        Set<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        Set<String> removed = new TreeSet<>(before.keySet());
        removed.removeAll(after.keySet());
        assertTrue(added.stream().allMatch(p -> p.startsWith("ru/search/index/")), added.toString());
        assertTrue(removed.stream().allMatch(p -> p.startsWith("ru/search/index/")), removed.toString());
        assertTrue(added.stream().anyMatch(p -> p.startsWith("ru/search/index/f/")), "the story's fragment: " + added);
        assertTrue(added.stream().anyMatch(p -> p.startsWith("ru/search/index/manifest.")), added.toString());
        expected.removeIf(p -> p.startsWith("ru/search/index/"));
        expected.add("ru/search/index.html");
        Set<String> changed = new TreeSet<>();
        before.forEach((path, state) -> {
            if (after.containsKey(path) && !state.equals(after.get(path))) {
                changed.add(path);
            }
        });
        assertEquals(expected, changed);
        assertEquals(changed.size() + added.size(), result.written(), result.summary());
        assertEquals(removed.size(), result.removed());
        assertEquals(before.size() - changed.size() - removed.size(), result.unchanged());

        // an unchanged rebuild writes nothing
        TrustKit.ageAll(config.outputDir());
        Map<String, TrustKit.FileState> settled = TrustKit.snapshot(config.outputDir());
        assertEquals(0, Vestnik.build(config, new TrustKit.Recorder()).written());
        assertEquals(settled, TrustKit.snapshot(config.outputDir()));
    }
}
