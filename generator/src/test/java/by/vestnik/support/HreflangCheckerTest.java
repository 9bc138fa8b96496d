package by.vestnik.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself finds broken hreflang, so that its empty answers on real sites mean something. */
class HreflangCheckerTest {
    static final String BASE = "https://news.example.gov.by/";

    @TempDir
    Path out;

    @Test
    void findsAMissingReturnLinkAndARelativeAlternate() {
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).build(), new RecordingReporter());
        HreflangChecker checker = new HreflangChecker(out, BASE, TestSites.LANGUAGES);
        assertEquals(List.of(), checker.problems());

        Path be = out.resolve("be/news/2025/budget/index.html");
        TestSites.write(be, TestSites.read(be).replace(
                "<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.gov.by/en/news/2025/budget/\">\n", ""));
        Path en = out.resolve("en/index.html");
        TestSites.write(en, TestSites.read(en).replace("hreflang=\"ru\" href=\"https://news.example.gov.by/ru/\"",
                "hreflang=\"ru\" href=\"/ru/\""));

        List<String> problems = checker.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("en/news/2025/budget/index.html lists ")
                && p.contains("be/news/2025/budget/index.html")), String.join("\n", problems));
        assertTrue(problems.contains("en/index.html: alternate ru /ru/ is not an absolute URL of the site"),
                String.join("\n", problems));
    }
}
