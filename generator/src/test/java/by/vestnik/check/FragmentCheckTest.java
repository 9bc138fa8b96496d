package by.vestnik.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentCheckTest {
    @Test
    void aFragmentMustNameAnElementOfItsPage() {
        CheckFixture site = new CheckFixture()
                .page("ru/index.html", "", "<h2 id=\"plan\">Plan</h2><a name=\"old\"></a>"
                        + "<a href=\"#plan\">ok</a> <a href=\"#old\">a name</a> <a href=\"#top\">top</a> <a href=\"#budget\">missing</a>"
                        + " <a href=\"a/#итоги\">ok, Cyrillic</a> <a href=\"a/#%D0%B8%D1%82%D0%BE%D0%B3%D0%B8\">ok, escaped</a>"
                        + " <a href=\"a/#план\">missing there</a> <a href=\"https://other.example/#x\">not ours</a>")
                .page("ru/a/index.html", "", "<h2 id=\"итоги\">Итоги</h2>");
        assertEquals(List.of(
                "ru/index.html: broken link to '#budget' (this page has no element with id 'budget')",
                "ru/index.html: broken link to 'a/#план' (ru/a/index.html has no element with id 'план')"),
                site.findings(new FragmentCheck()));
    }

    @Test
    void aLinkToAPageThatDoesNotExistIsTheLinkChecksToReport() {
        CheckFixture site = new CheckFixture().page("ru/index.html", "", "<a href=\"gone/#x\">gone</a>");
        assertEquals(List.of(), site.findings(new FragmentCheck()));
    }
}
