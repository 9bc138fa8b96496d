package by.vestnik.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * How one language's text becomes search terms, the same way in the plugin and in the browser:
 * words are runs of letters, digits and marks (an apostrophe inside a word belongs to it), lower-cased
 * and folded character by character, stop words dropped, the rest stemmed. {@code search.js}
 * follows the same steps with the {@link #browserConfig() configuration} each manifest carries.
 */
public final class Analysis {
    /** The same expression is in search.js; both engines read \p{..} as Unicode categories. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’ʼ][\\p{L}\\p{N}\\p{M}]+)*");

    private final WordStemmer stemmer;
    private final Map<String, String> fold;
    /** {@link #fold} by character: every key is one character. */
    private final Map<Character, String> foldByChar = new java.util.HashMap<>();
    /**
     * The characters {@link #foldByChar} has a rule for: most characters have none, and asking the
     * map boxes each one (a new object for every Cyrillic letter of the site's text).
     */
    private final java.util.BitSet foldable = new java.util.BitSet();
    /** The stop words folded, in order (for the browser), and as a set to look words up. */
    private final Set<String> stop;
    private final Set<String> stopLookup;
    private final Map<String, Object> extra;
    /** A site's vocabulary is small next to its text: each word is stemmed once per build. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private Analysis(WordStemmer stemmer, Map<String, String> fold, Iterable<String> stopWords, Map<String, Object> extra) {
        this.stemmer = stemmer;
        this.fold = Map.copyOf(fold);
        this.fold.forEach((from, to) -> {
            if (from.length() != 1) {
                throw new IllegalArgumentException("a fold rule replaces one character, not '" + from + "'");
            }
            foldByChar.put(from.charAt(0), to);
            foldable.set(from.charAt(0));
        });
        Set<String> folded = new TreeSet<>();
        stopWords.forEach(word -> folded.add(foldWord(word.toLowerCase(Locale.ROOT))));
        this.stop = folded;
        this.stopLookup = Set.copyOf(folded);
        this.extra = extra;
    }

    /** Russian and English stem with Snowball, Belarusian with its rules; other languages are only folded. */
    public static Analysis forLanguage(String language) {
        Map<String, String> apostrophes = Map.of("’", "'", "ʼ", "'");
        return switch (language) {
            case "ru" -> {
                Map<String, String> fold = new LinkedHashMap<>(apostrophes);
                fold.put("ё", "е");
                yield new Analysis(SnowballStemming.russian(), fold, words(RussianAnalyzer.getDefaultStopSet()), Map.of());
            }
            case "en" -> new Analysis(SnowballStemming.english(), apostrophes,
                    words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), Map.of());
            case "be" -> {
                RuleStemmer rules = RuleStemmer.embedded("be");
                yield new Analysis(rules, rules.fold(), rules.stopWords(), Map.of("rules", rules.browserRules()));
            }
            default -> new Analysis(new WordStemmer() {
                @Override
                public String stem(String word) {
                    return word;
                }

                @Override
                public String browserName() {
                    return "none";
                }
            }, apostrophes, List.of(), Map.of());
        };
    }

    /** The terms of a text in order, repeats kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        forEachIndexedWord(text, word -> terms.add(stems.computeIfAbsent(word, stemmer::stem)));
        return terms;
    }

    /**
     * The words of a text that become terms, lower-cased and folded, stop words left out, not yet
     * stemmed: {@link #stem} makes each its term. The index maps each word to its term once.
     */
    public void forEachIndexedWord(String text, java.util.function.Consumer<String> word) {
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        StringBuilder scratch = new StringBuilder();
        scan(chars, (start, end) -> {
            String folded = folded(chars, start, end, scratch);
            if (!folded.isEmpty() && !stopLookup.contains(folded)) {
                word.accept(folded);
            }
        });
    }

    /** The term of a word {@link #forEachIndexedWord} gave. Thread-safe. */
    public String stem(String word) {
        return stemmer.stem(word);
    }

    /**
     * The matches of {@link #WORD} in the text, left to right, found by one scan of its code points:
     * the regular expression cost most of the index's time at 3 × 10,000 articles. A test holds the
     * two to the same words.
     */
    static void forEachWord(String text, java.util.function.Consumer<String> word) {
        char[] chars = text.toCharArray();
        scan(chars, (start, end) -> word.accept(new String(chars, start, end - start)));
    }

    /** Receives a word as the range {@code [start, end)} of the text's characters. */
    private interface WordRange {
        void accept(int start, int end);
    }

    private static void scan(char[] text, WordRange word) {
        int n = text.length;
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!isWordPart(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = endOfRun(text, i);
            // an apostrophe joins two runs; one not followed by a run ends the word before it
            while (i + 1 < n && isApostrophe(text[i]) && isWordPart(Character.codePointAt(text, i + 1))) {
                i = endOfRun(text, i + 1);
            }
            word.accept(start, i);
        }
    }

    private static int endOfRun(char[] text, int i) {
        int n = text.length;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!isWordPart(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** {@code [\p{L}\p{N}\p{M}]}: a letter, a number or a mark, by the code point's general category. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                    || codePoint >= 'A' && codePoint <= 'Z';
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** What {@code search.js} needs to analyse a query the same way. */
    public Map<String, Object> browserConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("stemmer", stemmer.browserName());
        config.put("fold", new java.util.TreeMap<>(fold));
        config.put("stop", List.copyOf(stop));
        config.putAll(extra);
        return config;
    }

    private String foldWord(String word) {
        return folded(word.toCharArray(), 0, word.length(), new StringBuilder());
    }

    /** The characters {@code [start, end)} folded; a new string only when a rule applies. */
    private String folded(char[] chars, int start, int end, StringBuilder scratch) {
        int i = start;
        while (i < end && !foldable.get(chars[i])) {
            i++;
        }
        if (i == end) {
            return new String(chars, start, end - start);
        }
        scratch.setLength(0);
        scratch.append(chars, start, i - start);
        for (; i < end; i++) {
            String replacement = foldable.get(chars[i]) ? foldByChar.get(chars[i]) : null;
            if (replacement != null) {
                scratch.append(replacement);
            } else {
                scratch.append(chars[i]);
            }
        }
        return scratch.toString();
    }

    private static List<String> words(CharArraySet set) {
        List<String> words = new ArrayList<>();
        set.forEach(entry -> words.add(entry instanceof char[] chars ? new String(chars) : entry.toString()));
        return words;
    }
}
