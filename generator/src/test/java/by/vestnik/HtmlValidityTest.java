package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import by.vestnik.support.NuChecker;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page passes the W3C Nu HTML Checker with zero errors. */
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

    @Test
    void everyPageOfTheMinistrySiteIsValid() {
        Path out = tmp.resolve("ministry");
        TestSites.build(TestSites.ministryConfig(out).build(), new RecordingReporter());
        assertValid(out);
    }

    @Test
    void everyPageOfTheFixtureSiteIsValid() {
        Path out = tmp.resolve("small");
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).build(), new RecordingReporter());
        assertValid(out);
    }

    private static void assertValid(Path site) {
        Map<String, byte[]> tree = TestSites.tree(site);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (var entry : tree.entrySet()) {
            if (entry.getKey().endsWith(".html")) {
                pages++;
                checker.errors(entry.getKey(), entry.getValue()).forEach(e -> problems.add(entry.getKey() + ":" + e));
            }
        }
        assertFalse(pages == 0, "no pages to check");
        assertEquals(List.of(), problems, "Nu HTML Checker errors");
    }
}
