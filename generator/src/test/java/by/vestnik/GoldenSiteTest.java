package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site {@code sites/small} builds to exactly the files under
 * {@code sites/small/expected/}, byte for byte.
 *
 * <p>To regenerate the expected files after a deliberate change of the output, run
 * {@code mvn -o test -Dtest=GoldenSiteTest -Dvestnik.updateGolden=true} in {@code generator/}: the
 * test then rewrites {@code src/test/resources/sites/<case>/expected/} in the source tree and
 * passes. Review the diff before committing it (see {@code src/test/resources/sites/README.md}).
 */
class GoldenSiteTest {
    static final String UPDATE = "vestnik.updateGolden";

    @TempDir
    Path out;

    @Test
    void smallSiteMatchesItsExpectedOutput() throws IOException {
        assertGolden("small");
    }

    @Test
    void smallSiteObeysTheHreflangRules() {
        Path site = out.resolve("hreflang");
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), site).build(), new RecordingReporter());
        assertEquals(List.of(), new by.vestnik.support.HreflangChecker(site, "https://news.example.gov.by/",
                TestSites.LANGUAGES).problems());
    }

    private void assertGolden(String name) throws IOException {
        Path site = TestSites.fixture(name);
        RecordingReporter reporter = new RecordingReporter();
        TestSites.build(TestSites.fixtureConfig(site, out.resolve("site")).build(), reporter);
        Map<String, byte[]> actual = TestSites.tree(out.resolve("site"));

        if (Boolean.getBoolean(UPDATE)) {
            Path expectedDir = TestSites.sourceFixture(name).resolve("expected");
            deleteTree(expectedDir);
            actual.forEach((path, bytes) -> TestSites.writeBytes(expectedDir.resolve(path), bytes));
            System.err.println("GoldenSiteTest: rewrote " + expectedDir + " (" + actual.size() + " files)");
            return;
        }

        Path expectedDir = site.resolve("expected");
        if (!Files.isDirectory(expectedDir)) {
            fail("no expected output at " + expectedDir + "; run with -D" + UPDATE + "=true to create it");
        }
        Map<String, byte[]> expected = TestSites.tree(expectedDir);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()),
                "the files produced differ from " + name + "/expected (regenerate with -D" + UPDATE + "=true)");
        List<String> differences = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            byte[] got = actual.get(path);
            if (!java.util.Arrays.equals(bytes, got)) {
                differences.add(firstDifference(path, bytes, got));
            }
        });
        if (!differences.isEmpty()) {
            fail("output differs from " + name + "/expected (regenerate with -D" + UPDATE + "=true):\n"
                    + String.join("\n", differences));
        }
    }

    private static String firstDifference(String path, byte[] expected, byte[] actual) {
        List<String> a = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end of file>";
            String y = i < b.size() ? b.get(i) : "<end of file>";
            if (!x.equals(y)) {
                return path + ":" + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return path + ": differs in line endings or a final newline";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
