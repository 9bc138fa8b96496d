package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.NuChecker;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page (lists, topics, years, redirects and 404 pages included) passes the W3C Nu HTML Checker with zero errors. */
class HtmlValidityTest {
    static NuChecker checker;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() {
        checker = new NuChecker();
    }

    @Test
    void theCheckerFindsErrorsInBrokenHtml() {
        // guards the harness itself: a checker that reports nothing would make the other tests pass vacuously
        String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>x</div><a href=\"a b\">y</a><img src=\"x.png\"></body></html>";
        List<String> errors = checker.errors("broken.html", broken.getBytes(StandardCharsets.UTF_8));
        assertFalse(errors.isEmpty(), "the checker accepted invalid HTML");
        String valid = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p>fine</p></body></html>";
        assertEquals(List.of(), checker.errors("valid.html", valid.getBytes(StandardCharsets.UTF_8)));
    }

    /** The frozen copy of the ministry's site; the live one is checked by {@link LiveMinistrySiteTest}. */
    @Test
    void everyPageOfTheFrozenMinistrySiteIsValid() {
        Path out = tmp.resolve("ministry");
        TestSites.build(TestSites.ministryConfig(out).build(), new RecordingReporter());
        // every kind of page is among those checked: redirects and 404 pages included
        assertProduced(out, "index.html", "ru/index.html", "ru/news/2025/sco-expert-group/index.html",
                "ru/news/index.html", "ru/news/2025/index.html", "ru/tags/index.html", "ru/tags/sco/index.html",
                "en/tags/sco/index.html", "404.html", "ru/404.html", "be/404.html", "en/404.html",
                "node/10378/index.html", "node/10669/index.html",
                "meeting-expert-group-preparation-4th-meeting-heads-ministries-and-departments-sco-member-states/index.html",
                "preparations-fourth-meeting-heads-ministries-and-departments-sco-member-states-responsible-ict/index.html",
                "belarus-nalazhivaet-sotrudnichestvo-v-ramkakh-shos-v-oblasti-cifry/index.html");
        assertValid(out);
    }

    @Test
    void everyPageOfTheFixtureSiteIsValid() {
        Path out = tmp.resolve("small");
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).build(), new RecordingReporter());
        assertProduced(out, "node/42/index.html", "404.html", "ru/tags/budget/index.html", "ru/news/2025/index.html");
        assertValid(out);
    }

    private static void assertProduced(Path site, String... files) {
        for (String file : files) {
            assertTrue(java.nio.file.Files.isRegularFile(site.resolve(file)), file + " was not produced");
        }
    }

    private static void assertValid(Path site) {
        assertEquals(List.of(), checker.siteErrors(site), "Nu HTML Checker errors");
    }
}
