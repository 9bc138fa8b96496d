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

    @Test
    void acceptsRedirectsAndNotFoundPagesAsBuiltAndFindsThemBroken() {
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).build(), new RecordingReporter());
        HreflangChecker checker = new HreflangChecker(out, BASE, TestSites.LANGUAGES);
        // the fixture has a redirect at /node/42/ (canonical: the ru budget article) and four 404 pages
        assertEquals("https://news.example.gov.by/ru/news/2025/budget/",
                HreflangChecker.page(out, "node/42/index.html").canonical());
        assertTrue(HreflangChecker.page(out, "node/42/index.html").noindex());
        assertTrue(HreflangChecker.page(out, "ru/404.html").noindex());
        assertEquals(List.of(), checker.problems());

        Path redirect = out.resolve("node/42/index.html");
        String original = TestSites.read(redirect);
        TestSites.write(redirect, original.replace("<link rel=\"canonical\"",
                "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://news.example.gov.by/ru/news/2025/budget/\">\n"
                        + "<link rel=\"canonical\""));
        assertEquals(List.of("node/42/index.html: noindex page has hreflang alternates "
                + "{ru=https://news.example.gov.by/ru/news/2025/budget/}"), checker.problems());

        TestSites.write(redirect, original.replace("https://news.example.gov.by/ru/news/2025/budget/",
                "https://news.example.gov.by/ru/news/2025/gone/"));
        assertEquals(List.of(
                "node/42/index.html: redirect's canonical https://news.example.gov.by/ru/news/2025/gone/ is not a page "
                        + "of the site",
                "node/42/index.html: redirect refreshes to '/ru/news/2025/budget/', not to its canonical "
                        + "https://news.example.gov.by/ru/news/2025/gone/"), checker.problems());

        TestSites.write(redirect, original);
        Path notFound = out.resolve("en/404.html");
        TestSites.write(notFound, TestSites.read(notFound).replace("<meta name=\"robots\" content=\"noindex\">\n", ""));
        assertEquals(List.of("en/404.html: no hreflang alternates"), checker.problems(),
                "a 404 page without noindex is an ordinary page outside every hreflang group");
    }

    @Test
    void acceptsLaterPagesOfAListWithoutAlternatesButNotWithThem() {
        TestSites.build(TestSites.fixtureConfig(TestSites.fixture("small"), out).pageSize(1).build(), new RecordingReporter());
        HreflangChecker checker = new HreflangChecker(out, BASE, TestSites.LANGUAGES);
        assertTrue(HreflangChecker.page(out, "ru/page/2/index.html").continuation());
        assertEquals(List.of(), checker.problems());

        Path second = out.resolve("ru/page/2/index.html");
        TestSites.write(second, TestSites.read(second).replace("<link rel=\"canonical\"",
                "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://news.example.gov.by/ru/page/2/\">\n"
                        + "<link rel=\"canonical\""));
        assertEquals(List.of("ru/page/2/index.html: a later page of a list has hreflang alternates "
                + "{ru=https://news.example.gov.by/ru/page/2/}"), checker.problems());
    }
}
