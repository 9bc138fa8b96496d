package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture sites with mistakes, built through the engine's entry point: the build fails with every
 * problem of the stage reported at once, in the exact words a user sees, and nothing is written.
 */
class InvalidSitesTest {
    @TempDir
    Path tmp;

    List<String> failures(String name) {
        Path site = TestSites.fixture(name);
        Path out = tmp.resolve("out");
        RecordingReporter reporter = new RecordingReporter();
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> Vestnik.build(TestSites.fixtureConfig(site, out).build(), reporter));
        List<String> shown = failure.diagnostics().stream().map(d -> d.format(site)).toList();
        assertEquals(shown, reporter.formatted(site), "the reporter got the same diagnostics");
        assertTrue(Files.notExists(out), "nothing is written when the build fails");
        long errors = failure.diagnostics().stream().filter(d -> d.isError()).count();
        assertEquals("the site was not built: " + errors + (errors == 1 ? " error" : " errors")
                + " in the content or templates; the previous output was left as it was", failure.getMessage());
        return shown;
    }

    @Test
    void everyContentProblemOfEveryFileIsReportedAtOnce() {
        assertEquals(List.of(
                "content/news/2025-04-01-bad-date/ru.md:3: error: 'date' has '31.04.2025', which is not a date; "
                        + "write 2025-04-09, 2025-04-09T14:30 or 2025-04-09T14:30:00+03:00",
                "content/news/2025-04-02-no-title/en.md:1: error: front matter has no 'title', which every article "
                        + "needs",
                "content/news/2025-04-02-no-title/en.md:3: warning: unknown front-matter key 'sumary' is ignored; "
                        + "did you mean 'summary'?",
                "content/news/2025-04-03-german/de.md: error: 'de.md' is not named for one of the site's languages "
                        + "(ru, be, en); name it ru.md, for example",
                "content/news/2025-04-04-cp1251/ru.md:2: error: the file is not valid UTF-8; save it as UTF-8"),
                failures("invalid-content"));
    }

    @Test
    void twoArticlesOnOneUrlFailTheBuild() {
        // the other file is named relative to the project, as the file the diagnostic is about
        assertEquals(List.of("content/news/2025-06-01-second/ru.md: error: this article would be written to "
                        + "/ru/news/2025/meeting/, which content/news/2025-04-01-first/ru.md already uses; "
                        + "give one of them another 'slug'"),
                failures("url-clash"));
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        List<String> shown = failures("broken-template");
        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("templates/article.ftlh:4:"), shown.get(0));
        assertTrue(shown.get(0).contains(": error: "), shown.get(0));
        assertTrue(shown.get(0).contains("article.subtitle"), shown.get(0));
    }
}
