package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import by.vestnik.support.TestSites;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in the reader's language, and in machine formats whatever the JVM's locale. */
class DateFormatsTest {
    static final ZonedDateTime APRIL_9 = ZonedDateTime.of(2025, 4, 9, 0, 0, 0, 0, ZoneId.of("Europe/Minsk"));

    @TempDir
    Path templates;

    DateFormats formats() {
        return new DateFormats(new Messages(List.of("ru", "be", "en"), templates));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ru, 9 апреля 2025 г.", "be, 9 красавіка 2025 г.", "en, 'April 9, 2025'"})
    void readableDatesAreInThePagesLanguage(String language, String expected) {
        assertEquals(expected, formats().readable(APRIL_9, language));
    }

    /** The ministry's templates keep the plugin's Russian and Belarusian dates and write English ones as British English does. */
    @Test
    void theMinistryTemplatesGiveTheirDates() {
        DateFormats ministry = new DateFormats(new Messages(List.of("ru", "be", "en"),
                TestSites.projectRoot().resolve("templates")));
        assertEquals("9 апреля 2025 г.", ministry.readable(APRIL_9, "ru"));
        assertEquals("9 красавіка 2025 г.", ministry.readable(APRIL_9, "be"));
        assertEquals("9 April 2025", ministry.readable(APRIL_9, "en"));
    }

    @Test
    void aProjectPatternOverridesTheLongForm() {
        TestSites.write(templates.resolve("messages/messages_en.properties"), "date.pattern=d MMM uuuu\n");
        assertEquals("9 Apr 2025", formats().readable(APRIL_9, "en"));
    }

    @Test
    void anEnglishPatternDoesNotChangeOtherLanguagesDates() {
        TestSites.write(templates.resolve("messages/messages_en.properties"), "date.pattern=d MMM uuuu\n");
        assertEquals("9 апреля 2025 г.", formats().readable(APRIL_9, "ru"));
        assertEquals("9 красавіка 2025 г.", formats().readable(APRIL_9, "be"));
    }

    @Test
    void machineFormatsCarryTheZone() {
        assertEquals("2025-04-09T00:00:00+03:00", DateFormats.iso(APRIL_9));
        assertEquals("Wed, 9 Apr 2025 00:00:00 +0300", DateFormats.rfc822(APRIL_9));
    }

    @Test
    @ResourceLock("java.util.Locale.default")
    void feedDatesAreEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertEquals("Wed, 9 Apr 2025 00:00:00 +0300", DateFormats.rfc822(APRIL_9));
            assertEquals("April 9, 2025", formats().readable(APRIL_9, "en"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
