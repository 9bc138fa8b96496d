package by.vestnik.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostics;
import by.vestnik.load.ContentLoader;
import by.vestnik.load.SourceArticle;
import by.vestnik.load.StoryScaffold;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vestnik:new}: what {@link StoryScaffold#create} writes, and what it refuses. */
class StoryScaffoldTest {
    private static final List<String> LANGUAGES = List.of("ru", "be", "en");
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @TempDir
    Path project;

    private Path content() {
        return project.resolve("content");
    }

    private List<SourceArticle> load(Diagnostics diagnostics) {
        return new ContentLoader(content(), LANGUAGES, TestSites.MINSK, diagnostics).load();
    }

    @Test
    void createsADraftThatLoadsWithoutErrors() throws Exception {
        Path file = StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY);
        assertEquals(content().resolve("news/2025-09-15-sco-meeting/ru.md"), file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("draft: true"), text);

        Diagnostics diagnostics = new Diagnostics();
        List<SourceArticle> articles = load(diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(1, articles.size());
        SourceArticle article = articles.get(0);
        assertTrue(article.draft(), "not a draft");
        assertEquals("ru", article.language());
        assertEquals(DAY, article.date().toLocalDate());
        assertEquals("news/2025-09-15-sco-meeting", article.storyId());
        assertFalse(article.title().isBlank());
    }

    @Test
    void aDraftIsPublishedOnlyInAPreviewWithDrafts() throws Exception {
        StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY);
        SiteConfig.Builder base = TestSites.fixtureConfig(project, project.resolve("out")).now(TestSites.NOW);
        TestSites.build(base.outputDir(project.resolve("published")).build(), new RecordingReporter());
        TestSites.build(base.outputDir(project.resolve("preview")).drafts(true).build(), new RecordingReporter());
        assertEquals(List.of(), TestSites.files(project.resolve("published"), ".html").stream()
                .filter(p -> p.contains("sco-meeting")).toList());
        assertTrue(TestSites.files(project.resolve("preview"), ".html").stream().anyMatch(p -> p.contains("sco-meeting")),
                TestSites.files(project.resolve("preview"), ".html").toString());
    }

    @Test
    void addsAnotherLanguageToTheSameStoryOnALaterDay() throws Exception {
        Path ru = StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY);
        Path en = StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "en", DAY.plusDays(3));
        assertEquals(ru.resolveSibling("en.md"), en);
        try (Stream<Path> stories = Files.list(content().resolve("news"))) {
            assertEquals(1, stories.count(), "a second story folder was made");
        }
        Diagnostics diagnostics = new Diagnostics();
        List<SourceArticle> articles = load(diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(List.of("en", "ru"), articles.stream().map(SourceArticle::language).sorted().toList());
        assertEquals(1, articles.stream().map(SourceArticle::storyId).distinct().count());
    }

    @Test
    void neverOverwritesAVersion() throws Exception {
        Path file = StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY);
        Files.writeString(file, "---\ntitle: \"Written by hand\"\ndate: 2025-09-15\n---\n\nThe editor's text.\n");
        byte[] before = Files.readAllBytes(file);
        var e = assertThrows(IllegalArgumentException.class,
                () -> StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        // and not the next day either, when the folder's date is no longer today's
        assertThrows(IllegalArgumentException.class,
                () -> StoryScaffold.create(content(), LANGUAGES, "sco-meeting", "ru", DAY.plusDays(1)));
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(file)));
    }

    @Test
    void refusesUnsafeSlugsAndWritesNothing() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (String slug : Arrays.asList(null, "", " ", "..", ".", ".hidden", "../evil", "a/b", "a\\b", "/abs",
                "sco meeting", "sco%2e%2e", "x.", "slug\0x", "новость", "a:b", "C:", "a?b", "a#b", "-".repeat(201))) {
            try {
                StoryScaffold.create(content(), LANGUAGES, slug, "ru", DAY);
                accepted.add(String.valueOf(slug));
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("slug"), expected.getMessage());
            }
        }
        assertEquals(List.of(), accepted, "unsafe slugs were accepted");
        assertFalse(Files.exists(content()), "something was written for a refused slug");
        assertFalse(Files.exists(project.resolve("evil")));
    }

    @Test
    void refusesLanguagesTheSiteDoesNotHave() throws Exception {
        for (String language : Arrays.asList("de", "RU", "ru ", "", "../ru", "r")) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> StoryScaffold.create(content(), LANGUAGES, "sco-meeting", language, DAY), language);
            assertTrue(e.getMessage().contains("lang"), e.getMessage());
        }
        assertFalse(Files.exists(content()), "something was written for a refused language");
    }

    @Test
    void aTitleGivesTheSlugByTheMinistrysSchemeAndGoesIntoTheFrontMatter() throws Exception {
        String title = "Беларусь налаживает сотрудничество в рамках ШОС в области цифры";
        Path file = StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, null, title, "ru", DAY);
        assertEquals(content().resolve(
                "news/2025-09-15-belarus-nalazhivaet-sotrudnichestvo-v-ramkakh-shos-v-oblasti-cifry/ru.md"), file);
        Diagnostics diagnostics = new Diagnostics();
        List<SourceArticle> articles = load(diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(title, articles.get(0).title());
    }

    @Test
    void aBelarusianTitleAndOneWithQuotesAndBackslashesLoadAsWritten() throws Exception {
        String title = "Міністр сказаў: \"Сувязь — гэта ўсё\" \\ 5G";
        Path file = StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, "", title, "be", DAY);
        assertEquals("2025-09-15-ministr-skazau-suvyaz-heta-usyo-5g", file.getParent().getFileName().toString());
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(title, load(diagnostics).get(0).title());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
    }

    @Test
    void aGivenSlugWinsOverTheTitle() throws Exception {
        Path file = StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, "sco-meeting",
                "Заседание экспертной группы", "ru", DAY);
        assertEquals(content().resolve("news/2025-09-15-sco-meeting/ru.md"), file);
        assertTrue(Files.readString(file).contains("title: \"Заседание экспертной группы\"\n"), Files.readString(file));
    }

    @Test
    void theProjectsSlugRulesAreUsed() throws Exception {
        Files.createDirectories(project.resolve("templates/slugs"));
        Files.writeString(project.resolve("templates/slugs/ru.txt"), ":: Any-Lower ;\nц > ts ;\n");
        Path file = StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, null, "Цифра", "ru", DAY);
        assertEquals("2025-09-15-tsifra", file.getParent().getFileName().toString());
    }

    @Test
    void neitherTitleNorSlugIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, null, " ", "ru", DAY));
        assertTrue(e.getMessage().contains("-Dvestnik.title"), e.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> StoryScaffold.create(content(), project.resolve("templates"), LANGUAGES, null, "«…»", "ru", DAY));
        assertTrue(none.getMessage().contains("no letter or digit"), none.getMessage());
        assertFalse(Files.exists(content()));
    }
}
