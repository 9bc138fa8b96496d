package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.model.TranslationCoverage;
import by.vestnik.model.TranslationCoverage.Missing;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code vestnik:translations} on a frozen copy of the ministry's stories (fixture
 * {@code translations}: two stories only in Russian, one only in English, one in both, none in
 * Belarusian), the count in the build summary, and {@code requiredTranslations}.
 */
class TranslationsTest {
    @TempDir
    Path tmp;

    private SiteConfig.Builder ministry() {
        return TestSites.fixtureConfig(TestSites.fixture("translations"), tmp.resolve("out"));
    }

    @Test
    void listsPerLanguageTheStoriesWithoutAVersionNewestFirst() throws Exception {
        TranslationCoverage coverage = Vestnik.translations(ministry().build(), new RecordingReporter());
        assertEquals(List.of(
                new Missing("news/2025-07-31-belarus-china-digital-development", LocalDate.of(2025, 7, 31), List.of("ru")),
                new Missing("news/2025-06-17-belarus-sco-digital-cooperation", LocalDate.of(2025, 6, 17), List.of("ru"))),
                coverage.missing("en"), "the Russian-only stories");
        assertEquals(List.of(
                new Missing("news/2025-05-15-sco-ict-meeting-preparations", LocalDate.of(2025, 5, 15), List.of("en"))),
                coverage.missing("ru"), "the English-only story");
        assertEquals(List.of("news/2025-07-31-belarus-china-digital-development", "news/2025-06-17-belarus-sco-digital-cooperation",
                        "news/2025-05-15-sco-ict-meeting-preparations", "news/2025-04-09-sco-expert-group"),
                coverage.missing("be").stream().map(Missing::folder).toList());
        assertEquals(List.of("ru", "en"), coverage.missing("be").get(3).languages(), "in the site's order");
        assertEquals(7, coverage.missingCount());
        assertEquals(List.of(
                "4 published stories; versions missing: ru 1, be 4, en 2",
                "no version in ru (1), newest first:",
                "  2025-05-15  news/2025-05-15-sco-ict-meeting-preparations  (has en)",
                "no version in be (4), newest first:",
                "  2025-07-31  news/2025-07-31-belarus-china-digital-development  (has ru)",
                "  2025-06-17  news/2025-06-17-belarus-sco-digital-cooperation  (has ru)",
                "  2025-05-15  news/2025-05-15-sco-ict-meeting-preparations  (has en)",
                "  2025-04-09  news/2025-04-09-sco-expert-group  (has ru, en)",
                "no version in en (2), newest first:",
                "  2025-07-31  news/2025-07-31-belarus-china-digital-development  (has ru)",
                "  2025-06-17  news/2025-06-17-belarus-sco-digital-cooperation  (has ru)"), coverage.lines());
        assertFalse(Files.exists(tmp.resolve("out")), "the report writes nothing");
    }

    @Test
    void draftsAndFutureStoriesAreNotPublishedSoNotListed() throws Exception {
        TranslationCoverage coverage = Vestnik.translations(
                TestSites.fixtureConfig(TestSites.fixture("small"), tmp.resolve("out")).build(), new RecordingReporter());
        assertEquals(List.of("news/2025-05-20-roads"), coverage.missing("en").stream().map(Missing::folder).toList());
        assertEquals(List.of("news/2025-05-20-roads"), coverage.missing("be").stream().map(Missing::folder).toList());
        assertEquals(List.of(), coverage.missing("ru"));
    }

    @Test
    void theBuildSummaryCountsTheMissingVersions() {
        BuildResult result = TestSites.build(ministry().build(), new RecordingReporter());
        assertEquals(7, result.missingTranslations());
        assertTrue(result.summary().contains("3 languages; 7 translations missing;"), result.summary());
    }

    @Test
    void requiredLanguagesFailTheBuildNamingEachMissingFileAndWriteNothing() {
        RecordingReporter reporter = new RecordingReporter();
        var e = assertThrows(BuildFailedException.class,
                () -> Vestnik.build(ministry().requiredTranslations(List.of("ru", "be")).build(), reporter));
        List<String> errors = reporter.formatted(TestSites.fixture("translations"));
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.contains("content/news/2025-05-15-sco-ict-meeting-preparations/ru.md: error: the story has no ru "
                + "version (it has en) and requiredTranslations asks for one in ru, be; add the file, or mark the story "
                + "'draft: true' until it is translated"), errors.toString());
        assertTrue(errors.stream().filter(m -> m.contains("/be.md: error: the story has no be version")).count() == 4, errors.toString());
        assertFalse(Files.exists(tmp.resolve("out")), "a failed build writes nothing");
        assertFalse(e.getMessage().isBlank());
        // a language every published story has passes
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), tmp.resolve("small"))
                .requiredTranslations(List.of("ru")).build(), new RecordingReporter());
    }

    @Test
    void aRequiredLanguageMustBeASiteLanguage() {
        var e = assertThrows(IllegalArgumentException.class, () -> ministry().requiredTranslations(List.of("de")).build());
        assertTrue(e.getMessage().contains("'de' is not one of the site's languages"), e.getMessage());
    }

    @Test
    @ResourceLock("System.out")
    void theCommandLinePrintsTheReportAndFailsOnlyForRequiredLanguages() {
        Path site = TestSites.fixture("translations");
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int plain;
        int required;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] base = {"--project", site.toString(), "--output", tmp.resolve("out").toString(),
                "--base-url", "https://mpt.gov.by/", "--now", "2025-10-01T12:00:00Z", "--time-zone", "Europe/Minsk"};
            plain = VestnikMain.run(concat(base, "--translations"));
            required = VestnikMain.run(concat(base, "--translations", "--required-translations", "ru,en"));
        } finally {
            System.setOut(original);
        }
        assertEquals(0, plain);
        assertEquals(1, required);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("4 published stories; versions missing: ru 1, be 4, en 2\n"), printed);
        assertTrue(printed.contains("  2025-05-15  news/2025-05-15-sco-ict-meeting-preparations  (has en)\n"), printed);
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
