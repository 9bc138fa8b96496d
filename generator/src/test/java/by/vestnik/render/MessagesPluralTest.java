package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interface strings with a count take the CLDR plural form of their language. */
class MessagesPluralTest {
    @TempDir
    Path templates;

    private Messages messages() {
        return new Messages(List.of("ru", "be", "en"), templates);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "en, 1, 1 article", "en, 2, 2 articles", "en, 0, 0 articles", "en, 21, 21 articles",
        "ru, 1, 1 статья", "ru, 3, 3 статьи", "ru, 5, 5 статей", "ru, 11, 11 статей", "ru, 21, 21 статья",
        "ru, 22, 22 статьи", "ru, 111, 111 статей", "ru, 0, 0 статей",
        "be, 1, 1 артыкул", "be, 3, 3 артыкулы", "be, 5, 5 артыкулаў", "be, 12, 12 артыкулаў",
        "be, 21, 21 артыкул", "be, 34, 34 артыкулы", "be, 0, 0 артыкулаў",
    })
    void countsTakeTheLanguagesPluralForm(String language, int count, String expected) {
        assertEquals(expected, messages().format(language, "archive.count", count));
    }

    @Test
    void theMinistrysBundlesKeepThePluralForms() {
        Messages ministry = new Messages(List.of("ru", "be", "en"), TestSites.projectRoot().resolve("templates"));
        assertEquals("1 article", ministry.format("en", "archive.count", 1));
        assertEquals("5 статей", ministry.format("ru", "archive.count", 5));
    }

    @Test
    void aProjectOverridesTheFormsOrKeepsAPlainPlaceholder() {
        TestSites.write(templates.resolve("messages/messages_ru.properties"),
                "archive.count={0, plural, one {# новость} few {# новости} other {# новостей}}\n");
        TestSites.write(templates.resolve("messages/messages_en.properties"), "archive.count=stories: {0}\n");
        Messages overridden = messages();
        assertEquals("2 новости", overridden.format("ru", "archive.count", 2));
        assertEquals("25 новостей", overridden.format("ru", "archive.count", 25));
        assertEquals("stories: 7", overridden.format("en", "archive.count", 7));
        assertEquals("3 артыкулы", overridden.format("be", "archive.count", 3), "be keeps the plugin's forms");
    }

    @Test
    void aBrokenPatternNamesTheKeyAndTheLanguage() {
        TestSites.write(templates.resolve("messages/messages_be.properties"), "archive.count={0, plural, one {# x}\n");
        var e = assertThrows(IllegalArgumentException.class, () -> messages().format("be", "archive.count", 1));
        assertTrue(e.getMessage().contains("'archive.count' of 'be'"), e.getMessage());
    }
}
