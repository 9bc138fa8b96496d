package by.vestnik.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A suffix stripper defined by a rules file ({@code /vestnik/search/<lang>.yaml}): the plugin runs
 * it here, and the browser runs the same rules, which every manifest of the language carries, in
 * {@code search.js}. Used for Belarusian, which has no Snowball stemmer.
 */
final class RuleStemmer implements WordStemmer {
    private final String vowels;
    private final int minStem;
    private final List<List<String>> steps;
    private final Map<String, String> fold;
    private final List<String> stop;

    private RuleStemmer(String vowels, int minStem, List<List<String>> steps, Map<String, String> fold, List<String> stop) {
        this.vowels = vowels;
        this.minStem = minStem;
        this.steps = steps.stream()
                .map(step -> step.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList())
                .toList();
        this.fold = fold;
        this.stop = stop;
    }

    /** The embedded rules of a language. */
    @SuppressWarnings("unchecked")
    static RuleStemmer embedded(String language) {
        String resource = "/vestnik/search/" + language + ".yaml";
        try (InputStream in = RuleStemmer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + resource);
            }
            Map<String, Object> rules = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            Map<String, String> fold = new LinkedHashMap<>((Map<String, String>) rules.get("fold"));
            return new RuleStemmer((String) rules.get("vowels"), ((Number) rules.get("minStem")).intValue(),
                    (List<List<String>>) rules.get("steps"), fold, (List<String>) rules.get("stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    Map<String, String> fold() {
        return fold;
    }

    List<String> stopWords() {
        return stop;
    }

    @Override
    public String stem(String word) {
        int rv = regionStart(word);
        String stem = word;
        for (List<String> step : steps) {
            for (String suffix : step) {
                int start = stem.length() - suffix.length();
                if (start >= rv && start >= minStem && stem.endsWith(suffix)) {
                    stem = stem.substring(0, start);
                    break;
                }
            }
        }
        return stem;
    }

    /** After the first vowel; the word's length when it has none (nothing is removed). */
    private int regionStart(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (vowels.indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return word.length();
    }

    @Override
    public String browserName() {
        return "rules";
    }

    /** The rules as the browser's script reads them from the manifest. */
    Map<String, Object> browserRules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("vowels", vowels);
        rules.put("minStem", minStem);
        rules.put("steps", steps);
        return rules;
    }
}
