package by.vestnik;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site language as a BCP 47 tag: a language subtag, optionally a script and a region
 * ({@code ru}, {@code de}, {@code sr-Latn}, {@code pt-BR}), each checked against the ISO
 * registries as the JDK knows them (the IANA subtag registry is built from them). The tag is
 * returned in its canonical spelling ({@code EN} → {@code en}, {@code pt-br} → {@code pt-BR}):
 * that spelling names the content files and the URL folders.
 */
public final class LanguageTag {
    private static final Set<String> ISO_LANGUAGES = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));
    private static final Set<String> ISO_REGIONS = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    private static final String EXAMPLES = "such as ru, be, en, de or pt-BR";

    private LanguageTag() {
    }

    /** The canonical form of a tag, or an exception whose message says what to write instead. */
    public static String canonical(String text) {
        String written = text == null ? "" : text.strip();
        if (written.contains("_")) {
            String hyphenated = written.replace('_', '-');
            String suggestion = isWellFormed(hyphenated) ? canonical(hyphenated) : hyphenated;
            throw refused(written, "is not a BCP 47 language tag: its parts are separated by '-', not '_'; write '"
                    + suggestion + "'");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(written).build();
        } catch (IllformedLocaleException e) {
            throw refused(written, "is not a BCP 47 language tag; write one " + EXAMPLES);
        }
        if (locale.getLanguage().isEmpty() || !locale.getVariant().isEmpty() || !locale.getExtensionKeys().isEmpty()) {
            throw refused(written, "has more than a language, a script and a region; write a tag " + EXAMPLES);
        }
        String language = locale.getLanguage();
        if (!isKnownLanguage(language)) {
            throw refused(written, "is not a language: '" + language + "' is no ISO 639 code; write one " + EXAMPLES);
        }
        Optional<String> shorter = twoLetterFor(language);
        if (shorter.isPresent()) {
            throw refused(written, "is not spelt as BCP 47 wants: the two-letter code comes first; write '"
                    + locale.toLanguageTag().replaceFirst("^" + language, shorter.get()) + "'");
        }
        String script = locale.getScript();
        if (!script.isEmpty() && locale.getDisplayScript(Locale.ENGLISH).equals(script)) {
            throw refused(written, "is not a known language tag: '" + script + "' is no ISO 15924 script code (Latn, Cyrl, …)");
        }
        String region = locale.getCountry();
        if (!region.isEmpty() && !isKnownRegion(locale, region)) {
            throw refused(written, "is not a known language tag: '" + region
                    + "' is no ISO 3166 region code (BY, DE, …) or UN M.49 area (419, …)");
        }
        return locale.toLanguageTag();
    }

    private static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** Two-letter codes from the ISO 639-1 list; longer ones when the JDK knows the language's name. */
    private static boolean isKnownLanguage(String language) {
        if (language.length() == 2) {
            return ISO_LANGUAGES.contains(language);
        }
        return language.length() == 3 && !new Locale(language).getDisplayLanguage(Locale.ENGLISH).equals(language);
    }

    private static Optional<String> twoLetterFor(String language) {
        if (language.length() != 3) {
            return Optional.empty();
        }
        return ISO_LANGUAGES.stream().filter(code -> iso3(code).equals(language)).findFirst();
    }

    private static String iso3(String code) {
        try {
            return new Locale(code).getISO3Language();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }

    private static boolean isKnownRegion(Locale locale, String region) {
        return region.length() == 2
                ? ISO_REGIONS.contains(region)
                : !locale.getDisplayCountry(Locale.ENGLISH).equals(region);
    }

    private static IllegalArgumentException refused(String tag, String why) {
        return new IllegalArgumentException("languages: '" + tag + "' " + why);
    }
}
