package by.vestnik.check;

import static by.vestnik.check.CheckFixture.alternates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HreflangCheckTest {
    private static final String RU = "https://example.org/news/ru/a/";
    private static final String BE = "https://example.org/news/be/a/";

    @Test
    void aCompleteReciprocalPairPasses() {
        CheckFixture site = new CheckFixture()
                .page("ru/a/index.html", alternates(RU, "ru", RU, "be", BE, "x-default", RU), "")
                .page("be/a/index.html", alternates(BE, "ru", RU, "be", BE, "x-default", RU), "");
        assertEquals(List.of(), site.findings(new HreflangCheck()));
    }

    @Test
    void everyRuleBrokenOnce() {
        CheckFixture site = new CheckFixture()
                // be/a/ does not link back; "english" is no tag; ru is given twice; de points nowhere
                .page("ru/a/index.html", alternates(RU, "ru", RU, "be", BE, "english", "https://example.org/news/en/a/",
                        "ru", RU, "de", "https://example.org/news/de/a/", "x-default", RU), "")
                .page("be/a/index.html", alternates(BE, "be", BE, "x-default", "be/a/"), "")
                // no x-default, and the page itself missing
                .page("en/a/index.html", alternates("https://example.org/news/en/a/", "ru", RU), "");
        assertEquals(List.of(
                "be/a/index.html: hreflang x-default link 'be/a/' is not an absolute URL",
                "en/a/index.html: the hreflang links do not list this page itself (https://example.org/news/en/a/)",
                "en/a/index.html: the hreflang links have no x-default",
                "ru/a/index.html: hreflang 'english' is not a language tag (such as ru, de, pt-BR) or x-default (from content/a/ru.md)",
                "ru/a/index.html: hreflang be → https://example.org/news/be/a/ is not reciprocal: that page does not link back to "
                        + RU + " as ru (from content/a/ru.md)",
                "ru/a/index.html: hreflang de points to https://example.org/news/de/a/, which does not exist (from content/a/ru.md)",
                "ru/a/index.html: hreflang ru is given twice (from content/a/ru.md)"),
                site.findings(new HreflangCheck()));
    }
}
