package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An updated story says so, with its note, on its page and in its feed item, in the page's
 * language; a {@code source} that is one of the story's own old addresses is named, not linked.
 */
class UpdatedAndSourceTest {
    @TempDir
    static Path tmp;
    static Path out;
    static RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void build() {
        Path project = tmp.resolve("project");
        for (String[] version : new String[][] {
            {"ru", "Тарифы", "changes: \"Уточнены тарифы\"\n"},
            {"be", "Тарыфы", "changes: \"Удакладнены тарыфы\"\n"},
            {"en", "Tariffs", "changes: \"Tariffs corrected\"\n"}}) {
            TestSites.write(project.resolve("content/news/2025-04-09-tariffs/" + version[0] + ".md"),
                    "---\ntitle: \"" + version[1] + "\"\ndate: 2025-04-09\nupdated: 2025-04-10T09:00\n" + version[2]
                            + "summary: \"S\"\nsource: https://mpt.gov.by/node/10378\naliases: [\"/node/10378-" + version[0]
                            + "\"]\n---\n\nText.\n");
        }
        // updated without a note; its source an own alias on the ministry's Cyrillic domain
        TestSites.write(project.resolve("content/news/2025-05-15-meeting/en.md"),
                "---\ntitle: \"Meeting\"\ndate: 2025-05-15\nupdated: 2025-05-16\n"
                        + "source: https://www.xn--b1akbcqh2a7i.xn--90ais/preparations-fourth-meeting/\n"
                        + "aliases: [\"/preparations-fourth-meeting\"]\n---\n\nText.\n");
        // never updated; a note without a later date is not shown, and said so
        TestSites.write(project.resolve("content/news/2025-06-17-plain/en.md"),
                "---\ntitle: \"Plain\"\ndate: 2025-06-17\nupdated: 2025-06-17\nchanges: \"nothing\"\n"
                        + "source: https://mpt.gov.by/belarus-nalazhivaet\naliases: [\"/node/1\"]\n---\n\nText.\n");
        out = tmp.resolve("out");
        TestSites.build(TestSites.fixtureConfig(project, out).build(), reporter);
    }

    static Document page(String path) {
        return Jsoup.parse(TestSites.read(out.resolve(path + "index.html")), "https://news.example.gov.by/" + path);
    }

    static Map<String, Item> feedItems(String language) throws Exception {
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(TestSites.read(out.resolve(language + "/rss.xml"))));
        return channel.getItems().stream().collect(Collectors.toMap(Item::getTitle, item -> item));
    }

    @Test
    void theUpdateAndItsNoteAreShownInThePagesLanguage() {
        Map<String, String> expected = Map.of(
                "ru/news/2025/tariffs/", "Обновлено 10 апреля 2025 г.: Уточнены тарифы",
                "be/news/2025/tariffs/", "Абноўлена 10 красавіка 2025 г.: Удакладнены тарыфы",
                "en/news/2025/tariffs/", "Updated April 10, 2025: Tariffs corrected",
                "en/news/2025/meeting/", "Updated May 16, 2025");
        expected.forEach((path, text) -> {
            Element updated = page(path).selectFirst("main .article__updated");
            assertEquals(text, updated.text(), path);
            assertTrue(updated.selectFirst("time").attr("datetime").startsWith(path.contains("meeting") ? "2025-05-16" : "2025-04-10T09:00"), path);
        });
        assertNull(page("en/news/2025/plain/").selectFirst(".article__updated"), "an update on the day itself is no update");
    }

    @Test
    void theFeedItemCarriesTheUpdateAfterTheSummary() throws Exception {
        assertEquals("<p>S</p><p>Обновлено 10 апреля 2025 г.: Уточнены тарифы</p>",
                feedItems("ru").get("Тарифы").getDescription().getValue());
        assertEquals("<p>S</p><p>Абноўлена 10 красавіка 2025 г.: Удакладнены тарыфы</p>",
                feedItems("be").get("Тарыфы").getDescription().getValue());
        Map<String, Item> en = feedItems("en");
        assertEquals("<p>S</p><p>Updated April 10, 2025: Tariffs corrected</p>", en.get("Tariffs").getDescription().getValue());
        assertTrue(en.get("Meeting").getDescription().getValue().endsWith("<p>Updated May 16, 2025</p>"));
        assertEquals("Text.", en.get("Plain").getDescription().getValue(), "no update, the summary alone");
    }

    @Test
    void aSourceThatIsAnOwnOldAddressIsNamedNotLinked() {
        Element ru = page("ru/news/2025/tariffs/").selectFirst("main .article__source");
        assertEquals("Источник: https://mpt.gov.by/node/10378", ru.text(), "the ru alias is /node/10378-ru: another address");
        assertEquals("https://mpt.gov.by/node/10378", ru.selectFirst("a").attr("href"));
        Element meeting = page("en/news/2025/meeting/").selectFirst("main .article__source");
        assertEquals("First published at www.минсвязи.бел/preparations-fourth-meeting/", meeting.text());
        assertEquals(List.of(), meeting.select("a").eachAttr("href"), "no link back to the page itself");
        Element plain = page("en/news/2025/plain/").selectFirst("main .article__source");
        assertEquals("https://mpt.gov.by/belarus-nalazhivaet", plain.selectFirst("a").attr("href"));
    }

    @Test
    void changesIsAKnownKeyAndANoteWithoutALaterUpdateIsWarnedAbout() {
        assertEquals(List.of("content/news/2025-06-17-plain/en.md:5: warning: 'changes' is shown only with an 'updated' "
                        + "date later than 'date'; add one such as 'updated: 2025-04-10', or remove 'changes'"),
                reporter.formatted(tmp.resolve("project")));
    }
}
