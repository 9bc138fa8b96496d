package by.vestnik.slug;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Slugs from titles by the ministry's scheme: the language's transliteration rules (ICU rule
 * syntax, {@code slugs/<lang>.txt}), then whatever is still not ASCII through ICU's Any-Latin,
 * apostrophes dropped, every other run of non-letters a word break, the language's stop words left
 * out, words joined by '-' and cut at a word boundary to {@value #MAX_LENGTH} characters (the
 * ministry's addresses are cut there). Each file is the project's {@code templates/slugs/…} when
 * it exists, else the plugin's.
 */
public final class SlugScheme {
    /** The ministry's site cuts its addresses at 100 characters, between words. */
    public static final int MAX_LENGTH = 100;
    private static final String EMBEDDED = "/vestnik/slugs/";
    private static final Pattern APOSTROPHES = Pattern.compile("['ʼ’‘`]");
    private static final Pattern WORD_BREAKS = Pattern.compile("[^a-z0-9]+");

    private final String language;
    private final Transliterator rules;
    private final Transliterator rest = Transliterator.getInstance(
            "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC; Any-Lower");
    private final Set<String> stopWords;

    private SlugScheme(String language, Transliterator rules, Set<String> stopWords) {
        this.language = language;
        this.rules = rules;
        this.stopWords = stopWords;
    }

    /**
     * The scheme of a language, from {@code templatesDir/slugs/} over the plugin's files.
     *
     * @throws IllegalArgumentException when a rules file is not valid ICU transliterator syntax
     */
    public static SlugScheme of(String language, Path templatesDir) {
        String rulesText = read(templatesDir, language + ".txt");
        Transliterator rules = null;
        if (rulesText != null) {
            try {
                rules = Transliterator.createFromRules("vestnik-slug-" + language, rulesText, Transliterator.FORWARD);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceOf(templatesDir, language + ".txt")
                        + " is not valid ICU transliterator rules: " + e.getMessage(), e);
            }
        }
        String stopText = read(templatesDir, language + "-stopwords.txt");
        Set<String> stopWords = stopText == null ? Set.of() : stopText.lines()
                .map(line -> line.strip().toLowerCase(Locale.ROOT))
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toUnmodifiableSet());
        return new SlugScheme(language, rules, stopWords);
    }

    /** The slug of a title; empty when the title has no letter or digit at all. */
    public String slug(String title) {
        String text = rules == null ? title : rules.transliterate(title);
        text = rest.transliterate(text).toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAKS.split(text)) {
            if (!word.isEmpty() && !stopWords.contains(word)) {
                words.add(word);
            }
        }
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            int length = slug.length() + (slug.length() > 0 ? 1 : 0) + word.length();
            if (length > MAX_LENGTH) {
                if (slug.length() == 0) {
                    slug.append(word, 0, MAX_LENGTH);
                }
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
        }
        return slug.toString();
    }

    public String language() {
        return language;
    }

    private static String read(Path templatesDir, String name) {
        Path own = templatesDir.resolve("slugs").resolve(name);
        try {
            if (Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream embedded = SlugScheme.class.getResourceAsStream(EMBEDDED + name)) {
                return embedded == null ? null : new String(embedded.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + own, e);
        }
    }

    private static String sourceOf(Path templatesDir, String name) {
        Path own = templatesDir.resolve("slugs").resolve(name);
        return Files.isRegularFile(own) ? own.toString() : "[embedded] slugs/" + name;
    }
}
