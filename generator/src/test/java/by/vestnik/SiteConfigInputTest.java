package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The languages and the base URL as a user writes them: accepted in their canonical form, or refused with what to write. */
class SiteConfigInputTest {
    private static SiteConfig.Builder config() {
        return SiteConfig.builder().project(Path.of("/tmp/vestnik-config-test")).baseUrl("https://mpt.gov.by/");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ru,ru", "EN,en", "de,de", "fr,fr", "pt-br,pt-BR", "sr-latn,sr-Latn", "zh-Hant-TW,zh-Hant-TW",
            "fil,fil", "es-419,es-419", "' be ',be"})
    void languageTagsAreAcceptedInTheirCanonicalSpelling(String written, String canonical) {
        assertEquals(List.of(canonical),
                config().languages(List.of(written)).build().languages());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "xx|languages: 'xx' is not a language: 'xx' is no ISO 639 code; write one such as ru, be, en, de or pt-BR",
            "en_US|languages: 'en_US' is not a BCP 47 language tag: its parts are separated by '-', not '_'; write 'en-US'",
            "eng|languages: 'eng' is not spelt as BCP 47 wants: the two-letter code comes first; write 'en'",
            "de-XX|languages: 'de-XX' is not a known language tag: 'XX' is no ISO 3166 region code (BY, DE, …) or UN M.49 area (419, …)",
            "sr-Qaaa|languages: 'sr-Qaaa' is not a known language tag: 'Qaaa' is no ISO 15924 script code (Latn, Cyrl, …)",
            "en-US-u-ca-buddhist|languages: 'en-US-u-ca-buddhist' has more than a language, a script and a region; write a tag such as ru, be, en, de or pt-BR",
            "русский|languages: 'русский' is not a BCP 47 language tag; write one such as ru, be, en, de or pt-BR"})
    void aWrongLanguageIsRefusedWithTheSpellingToUse(String written, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> config().languages(List.of("ru", written)).build());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aLanguageGivenTwiceInTwoSpellingsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> config().languages(List.of("en", "EN")).build());
        assertEquals("languages: [en, en] names a language twice", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://user:pw@mpt.gov.by/|baseUrl 'https://user:pw@mpt.gov.by/' holds user information ('user:pw@'), "
                    + "which would appear in every published link; write it without: https://mpt.gov.by/",
            "https://mpt.gov.by/press/../x/|baseUrl 'https://mpt.gov.by/press/../x/' has '.', '..' or empty segments "
                    + "in its path; write https://mpt.gov.by/x/",
            "https://mpt.gov.by//|baseUrl 'https://mpt.gov.by//' has '.', '..' or empty segments in its path; write https://mpt.gov.by/",
            "https://mpt.gov.by/press//news/|baseUrl 'https://mpt.gov.by/press//news/' has '.', '..' or empty segments "
                    + "in its path; write https://mpt.gov.by/press/news/",
            "https://mpt.gov.by/./press|baseUrl 'https://mpt.gov.by/./press' has '.', '..' or empty segments in its path; "
                    + "write https://mpt.gov.by/press/",
            "https://мпт..бел/|baseUrl 'https://мпт..бел/' has 'мпт..бел' as its host, which is not a valid host name, "
                    + "for example https://example.gov.by/press/",
            "ftp://mpt.gov.by/|baseUrl 'ftp://mpt.gov.by/' must be an absolute http or https URL, for example https://example.gov.by/press/"})
    void aBaseUrlThatWouldNotBePublishedAsWrittenIsRefused(String written, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> SiteConfig.parseBaseUrl(written));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"https://мпт.бел/,https://xn--l1agj.xn--90ais/", "https://мпт.бел:8443/пресс-центр,https://xn--l1agj.xn--90ais:8443/%D0%BF%D1%80%D0%B5%D1%81%D1%81-%D1%86%D0%B5%D0%BD%D1%82%D1%80/",
            "HTTPS://MPT.gov.by/Press,https://mpt.gov.by/Press/", "http://localhost:8080,http://localhost:8080/"})
    void aBaseUrlIsPublishedInItsAsciiForm(String written, String published) {
        assertEquals(published, SiteConfig.parseBaseUrl(written).toString());
        assertEquals(published, config().baseUrl(written).build().baseUrl().toString());
    }
}
