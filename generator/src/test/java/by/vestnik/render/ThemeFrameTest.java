package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame of the theme: the chooser in every language, the footer's contacts and emblem, the low-vision controls. */
class ThemeFrameTest {
    @TempDir
    static Path tmp;
    static Path plain;
    static Path owned;

    @BeforeAll
    static void build() {
        Path project = tmp.resolve("project");
        TestSites.write(project.resolve("content/news/2025-04-09-a/ru.md"), "---\ntitle: \"А\"\ndate: 2025-04-09\n---\n\nТекст.\n");
        plain = tmp.resolve("plain");
        TestSites.build(TestSites.fixtureConfig(project, plain).build(), new RecordingReporter());

        TestSites.write(project.resolve("templates/messages/messages_ru.properties"),
                "footer.address=ул. Примерная, 1, 220000, г. Минск\nfooter.phone=+375 (17) 000-00-00\nfooter.email=info@example.gov.by\n");
        TestSites.write(project.resolve("templates/static/emblem.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>\n");
        owned = tmp.resolve("owned");
        TestSites.build(TestSites.fixtureConfig(project, owned).build(), new RecordingReporter());
    }

    static Document page(Path site, String path) {
        return Jsoup.parse(TestSites.read(site.resolve(path + "index.html")), "https://news.example.gov.by/" + path);
    }

    @Test
    void theChooserSpeaksEveryLanguageEachLineInItsOwn() {
        Document chooser = page(plain, "");
        assertEquals(List.of("ru", "be", "en"), chooser.select("main h1 [lang]").eachAttr("lang"));
        assertEquals(List.of("Выберите язык", "Выберыце мову", "Choose a language"), chooser.select("main h1 [lang]").eachText());
        List<Element> lines = chooser.select("main .language-choice li");
        assertEquals(List.of("ru", "be", "en"), lines.stream().map(li -> li.attr("lang")).toList());
        assertEquals(List.of("Русский Новости", "Беларуская Навіны", "English News"), lines.stream().map(Element::text).toList());
        assertEquals(List.of("/ru/", "/be/", "/en/"), chooser.select("main .language-choice a").eachAttr("href"));
    }

    @Test
    void theMinistrysChooserNamesTheMinistryInEachLanguage() {
        Path ministry = tmp.resolve("ministry");
        TestSites.build(TestSites.ministryConfig(ministry).build(), new RecordingReporter());
        assertEquals(List.of("Министерство связи и информатизации Республики Беларусь",
                        "Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь",
                        "Ministry of Communications and Informatization of the Republic of Belarus"),
                page(ministry, "").select("main .language-choice__site").eachText());
    }

    @Test
    void withoutContactsTheFooterShowsNoneAndNoEmblem() {
        Document home = page(plain, "ru/");
        assertNull(home.selectFirst("footer address"), "no contacts were given, so none are shown");
        assertNull(home.selectFirst("footer img"));
        assertEquals("Новости", home.selectFirst("footer .site-footer__name").text());
    }

    @Test
    void theProjectsContactsAndEmblemFillTheFooterInTheirLanguage() {
        Element ru = page(owned, "ru/").selectFirst("footer");
        Element address = ru.selectFirst("address");
        assertNotNull(address);
        assertTrue(address.text().startsWith("ул. Примерная, 1, 220000, г. Минск Телефон: +375 (17) 000-00-00 Эл. почта: info@example.gov.by"),
                address.text());
        assertEquals("tel:+375170000000", address.selectFirst("a[href^=tel:]").attr("href"));
        assertEquals("mailto:info@example.gov.by", address.selectFirst("a[href^=mailto:]").attr("href"));
        Element emblem = ru.selectFirst("img.site-footer__emblem");
        assertTrue(emblem.attr("src").matches("/assets/emblem\\.[0-9a-f]{10}\\.svg"), emblem.attr("src"));
        assertEquals("", emblem.attr("alt"), "the emblem beside the name is decoration");
        assertNull(page(owned, "be/").selectFirst("footer address"), "ru's contacts are not be's");
    }

    @Test
    void everyPageHasTheLowVisionControlsAndItsScripts() {
        for (String path : List.of("", "ru/", "ru/news/", "ru/tags/", "ru/news/2025/a/", "be/", "en/news/")) {
            Document doc = page(plain, path);
            Element toggle = doc.selectFirst("button[data-low-vision-toggle]");
            assertNotNull(toggle, path);
            assertEquals("false", toggle.attr("aria-pressed"), path);
            assertTrue(toggle.hasAttr("hidden"), path + ": without JavaScript it could not work, so it is hidden");
            assertNotNull(doc.selectFirst("head link[rel=stylesheet][href*=low-vision]"), path);
            assertNotNull(doc.selectFirst("head script[src*=low-vision][defer]"), path);
            // the stored choice is applied in the head, before <body> is parsed
            assertTrue(doc.select("head script:not([src])").stream().anyMatch(s -> s.data().contains("vestnik.lowVision")), path);
        }
        assertEquals("Версия для слабовидящих", page(plain, "ru/").selectFirst("[data-low-vision-toggle]").text());
        assertEquals("Версія для слабабачных", page(plain, "be/").selectFirst("[data-low-vision-toggle]").text());
        assertEquals("Low-vision version", page(plain, "en/").selectFirst("[data-low-vision-toggle]").text());
    }
}
