package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output belongs to Vestnik only where Vestnik wrote it: files it never published survive
 * the first build into a web root and every later one, and a build that would take down most
 * of the site (an emptied or mistyped content directory) fails with the site untouched until
 * the removal is confirmed.
 */
class OwnershipTest {
    @TempDir
    Path tmp;
    Path project;
    SiteConfig config;
    final Map<String, String> foreign = Map.of("law/index.html", "<p>the law section</p>", "favicon.ico", "icon",
            ".htaccess", "DirectoryIndex index.html", "ru/press-kit.pdf", "a file in a folder the site also uses");

    @BeforeEach
    void webRoot() {
        project = tmp.resolve("project");
        for (int i = 1; i <= 4; i++) {
            TrustKit.write(project.resolve("content/news/2025-0" + i + "-01-story-" + i + "/ru.md"),
                    TrustKit.article("Новость " + i, "2025-0" + i + "-01", "", "Текст " + i + "."));
            TrustKit.write(project.resolve("content/news/2025-0" + i + "-01-story-" + i + "/en.md"),
                    TrustKit.article("Story " + i, "2025-0" + i + "-01", "", "Text " + i + "."));
        }
        config = TrustKit.config(project).build();
        foreign.forEach((path, text) -> TrustKit.write(config.outputDir().resolve(path), text));
    }

    @Test
    void filesItNeverWroteSurviveTheFirstBuildAndEveryLaterOne() throws Exception {
        TrustKit.ageAll(config.outputDir());
        Map<String, TrustKit.FileState> planted = foreignStates();
        BuildResult first = Vestnik.build(config, new TrustKit.Recorder());
        assertEquals(planted, foreignStates(), "bytes and modification times of the files Vestnik did not write");
        assertEquals(foreign.size(), first.kept(), first.summary());
        assertEquals(0, first.removed(), first.summary());
        assertTrue(first.summary().contains(foreign.size() + " not Vestnik's kept"), first.summary());

        // later builds: an edit, a story removed, an unchanged rebuild
        TrustKit.write(project.resolve("content/news/2025-01-01-story-1/en.md"),
                TrustKit.article("Story 1, edited", "2025-01-01", "", "Edited."));
        TrustKit.deleteTree(project.resolve("content/news/2025-04-01-story-4"));
        BuildResult second = Vestnik.build(config, new TrustKit.Recorder());
        assertTrue(second.removed() > 0, second.summary());
        assertFalse(Files.exists(config.outputDir().resolve("en/news/2025/story-4/index.html")));
        BuildResult third = Vestnik.build(config, new TrustKit.Recorder());
        assertEquals(0, third.written() + third.removed(), third.summary());
        assertEquals(planted, foreignStates());
    }

    @Test
    void emptyingTheContentDirectoryFailsWithTheSiteUntouched() throws Exception {
        Vestnik.build(config, new TrustKit.Recorder());
        TrustKit.ageAll(config.outputDir());
        Map<String, TrustKit.FileState> published = TrustKit.snapshot(config.outputDir());
        TrustKit.deleteTree(project.resolve("content/news"));
        Files.createDirectories(project.resolve("content/news"));

        TrustKit.Recorder recorder = new TrustKit.Recorder();
        assertThrows(BuildFailedException.class, () -> Vestnik.build(config, recorder));
        List<String> errors = recorder.formatted(project);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content: error: the content has no story to publish, and the last build published 4;"),
                errors.get(0));
        assertTrue(errors.get(0).contains("-Dvestnik.allowMassRemoval=true"), errors.get(0));
        assertEquals(published, TrustKit.snapshot(config.outputDir()), "the site is untouched");

        // confirmed: the stories go, the files Vestnik never wrote stay
        BuildResult confirmed = Vestnik.build(config.toBuilder().allowMassRemoval(true).build(), new TrustKit.Recorder());
        assertTrue(confirmed.removed() > 0, confirmed.summary());
        assertFalse(Files.exists(config.outputDir().resolve("ru/news/2025/story-1/index.html")));
        foreign.keySet().forEach(path -> assertTrue(Files.exists(config.outputDir().resolve(path)), path));
    }

    @Test
    void removingMoreThanHalfOfThePagesMustBeConfirmed() throws Exception {
        for (int i = 10; i <= 28; i++) {
            TrustKit.write(project.resolve("content/news/2025-06-" + i + "-more-" + i + "/ru.md"),
                    TrustKit.article("Ещё " + i, "2025-06-" + i, "", "Текст " + i + "."));
        }
        Vestnik.build(config, new TrustKit.Recorder());
        Map<String, TrustKit.FileState> published = TrustKit.snapshot(config.outputDir());
        // a content directory pointed at the wrong place: one story of another site
        Path elsewhere = tmp.resolve("elsewhere");
        TrustKit.write(elsewhere.resolve("news/2025-05-01-other/ru.md"), TrustKit.article("Другое", "2025-05-01", "", "Иное."));
        SiteConfig wrong = config.toBuilder().contentDir(elsewhere).build();
        TrustKit.Recorder recorder = new TrustKit.Recorder();
        assertThrows(BuildFailedException.class, () -> Vestnik.build(wrong, recorder));
        assertTrue(recorder.formatted(tmp).get(0).matches("elsewhere: error: this build would remove \\d+ of the \\d+ pages the last "
                + "build published \\(more than half\\): is contentDirectory right\\?.*"), recorder.formatted(tmp).toString());
        assertEquals(published, TrustKit.snapshot(config.outputDir()));
    }

    @Test
    void aFileItNeverWroteInTheWayOfAPageFailsTheBuild() throws Exception {
        TrustKit.write(config.outputDir().resolve("index.html"), "<p>It works!</p>");
        Map<String, TrustKit.FileState> before = TrustKit.snapshot(config.outputDir());
        TrustKit.Recorder recorder = new TrustKit.Recorder();
        assertThrows(BuildFailedException.class, () -> Vestnik.build(config, recorder));
        assertEquals(List.of("site-output/index.html: error: this file was not published by Vestnik, and the site publishes "
                + "a file at its place (or a folder of it); move it out of site-output/ or delete it, then build again"),
                recorder.formatted(project));
        assertEquals(before, TrustKit.snapshot(config.outputDir()));
    }

    private Map<String, TrustKit.FileState> foreignStates() {
        Map<String, TrustKit.FileState> all = TrustKit.snapshot(config.outputDir());
        Map<String, TrustKit.FileState> states = new TreeMap<>();
        foreign.keySet().forEach(path -> states.put(path, all.get(path)));
        return states;
    }
}
