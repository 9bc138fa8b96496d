package by.vestnik.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The interface strings of each language: the embedded bundle {@code messages_<lang>.properties},
 * overlaid key by key by {@code templates/messages/messages_<lang>.properties}. A language with no
 * bundle of its own falls back to English, key by key too.
 */
public final class Messages {
    static final String EMBEDDED = "/vestnik/messages/";
    private static final String FALLBACK = "en";
    /** Keys that only make sense in their own language, so never taken from the English fallback. */
    private static final List<String> LANGUAGE_SPECIFIC = List.of("date.pattern", "og.locale", "language.name");

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public Messages(List<String> languages, Path templatesDir) {
        for (String language : languages) {
            Map<String, String> strings = new TreeMap<>(load(FALLBACK, templatesDir));
            if (!language.equals(FALLBACK)) {
                Map<String, String> own = load(language, templatesDir);
                LANGUAGE_SPECIFIC.forEach(key -> {
                    if (!own.containsKey(key)) {
                        strings.remove(key);
                    }
                });
                strings.putAll(own);
            }
            strings.putIfAbsent("language.name", nativeName(language));
            strings.putIfAbsent("og.locale", ogLocale(language));
            byLanguage.put(language, Map.copyOf(strings));
        }
    }

    /** True when neither the plugin nor the project has a bundle for the language. */
    public static boolean hasBundle(String language, Path templatesDir) {
        return Messages.class.getResource(EMBEDDED + bundleName(language)) != null
                || Files.isRegularFile(templatesDir.resolve("messages").resolve(bundleName(language)));
    }

    public Map<String, String> of(String language) {
        return byLanguage.get(language);
    }

    public String get(String language, String key) {
        String value = byLanguage.get(language).get(key);
        if (value == null) {
            throw new IllegalStateException("no message '" + key + "' for language " + language);
        }
        return value;
    }

    /**
     * The message with its arguments by ICU MessageFormat in the language's locale: {@code {0,
     * plural, one {# article} other {# articles}}} picks the CLDR plural form, and a plain
     * {@code {0}} works as before.
     *
     * @throws IllegalArgumentException when the message is not a valid ICU message pattern
     */
    public String format(String language, String key, Object... arguments) {
        String pattern = get(language, key);
        try {
            return new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the message '" + key + "' of '" + language
                    + "' is not an ICU message pattern (" + e.getMessage() + "); write e.g. "
                    + "{0, plural, one {# article} other {# articles}}", e);
        }
    }

    private static Map<String, String> load(String language, Path templatesDir) {
        Map<String, String> strings = new HashMap<>();
        try (InputStream embedded = Messages.class.getResourceAsStream(EMBEDDED + bundleName(language))) {
            if (embedded != null) {
                read(new InputStreamReader(embedded, StandardCharsets.UTF_8), strings);
            }
            Path own = templatesDir.resolve("messages").resolve(bundleName(language));
            if (Files.isRegularFile(own)) {
                read(Files.newBufferedReader(own, StandardCharsets.UTF_8), strings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages for " + language, e);
        }
        return strings;
    }

    private static void read(Reader reader, Map<String, String> into) throws IOException {
        try (reader) {
            Properties properties = new Properties();
            properties.load(reader);
            properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
        }
    }

    private static String bundleName(String language) {
        return "messages_" + language + ".properties";
    }

    /**
     * Open Graph wants {@code language_TERRITORY}: the tag's own region if it has one, else the
     * country of the language's name ({@code de_DE}, {@code fr_FR}) where the JDK has that locale,
     * else the first country the JDK has the language for, else the language alone. A bundle's
     * {@code og.locale} overrides it.
     */
    static String ogLocale(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String code = locale.getLanguage();
        if (!locale.getCountry().isEmpty()) {
            return code + "_" + locale.getCountry();
        }
        List<String> countries = java.util.Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> l.getLanguage().equals(code) && l.getCountry().matches("[A-Z]{2}")
                        && l.getVariant().isEmpty() && l.getScript().isEmpty())
                .map(Locale::getCountry).sorted().toList();
        String same = code.toUpperCase(Locale.ROOT);
        if (countries.contains(same)) {
            return code + "_" + same;
        }
        return countries.isEmpty() ? code : code + "_" + countries.get(0);
    }

    private static String nativeName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
