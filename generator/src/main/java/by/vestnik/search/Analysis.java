package by.vestnik.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
    private final Set<String> stop;
    private final Map<String, Object> extra;
    /** A site's vocabulary is small next to its text: each word is stemmed once per build. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private Analysis(WordStemmer stemmer, Map<String, String> fold, Iterable<String> stopWords, Map<String, Object> extra) {
        this.stemmer = stemmer;
        this.fold = Map.copyOf(fold);
        Set<String> folded = new TreeSet<>();
        stopWords.forEach(word -> folded.add(foldWord(word.toLowerCase(Locale.ROOT))));
        this.stop = folded;
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
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = foldWord(words.group());
            if (!word.isEmpty() && !stop.contains(word)) {
                terms.add(stems.computeIfAbsent(word, stemmer::stem));
            }
        }
        return terms;
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
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            String replacement = fold.get(String.valueOf(word.charAt(i)));
            if (replacement != null && out == null) {
                out = new StringBuilder(word.length()).append(word, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(word.charAt(i)));
            }
        }
        return out == null ? word : out.toString();
    }

    private static List<String> words(CharArraySet set) {
        List<String> words = new ArrayList<>();
        set.forEach(entry -> words.add(entry instanceof char[] chars ? new String(chars) : entry.toString()));
        return words;
    }
}
