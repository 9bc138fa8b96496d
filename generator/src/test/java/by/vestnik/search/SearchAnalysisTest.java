package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The forms of a word meet in one term; different words stay apart. */
class SearchAnalysisTest {

    /**
     * Paradigms of Belarusian nouns, adjectives and verbs: each group must give one term. Known
     * misses of a suffix stripper are left out: consonant alternations (з'езд, з'ездзе), doubled
     * consonants (сувяззю) and a genitive plural in -ў after a stem vowel (дзяржаў).
     */
    private static final List<List<String>> BELARUSIAN = List.of(
            List.of("супрацоўніцтва", "супрацоўніцтву", "супрацоўніцтвам", "супрацоўніцтве"),
            List.of("сустрэча", "сустрэчы", "сустрэчу", "сустрэчай", "сустрэчаю", "сустрэчах", "сустрэчамі", "сустрэч"),
            List.of("міністэрства", "міністэрству", "міністэрствам", "міністэрстве", "міністэрствы", "міністэрстваў",
                    "міністэрствах", "міністэрствамі"),
            List.of("лічбавы", "лічбавая", "лічбавае", "лічбавага", "лічбавай", "лічбаваму", "лічбавым", "лічбавых",
                    "лічбавымі", "лічбавую", "лічбавыя"),
            List.of("развіццё", "развіцця", "развіццю", "развіццём", "развіцці"),
            List.of("тэхналогія", "тэхналогіі", "тэхналогію", "тэхналогіяй", "тэхналогій", "тэхналогіям", "тэхналогіямі",
                    "тэхналогіях"),
            List.of("абмеркавалі", "абмеркавала", "абмеркаваў", "абмеркаваць"),
            List.of("урад", "ўрад", "урада", "ўрада", "ураду", "урадам"),
            List.of("з'езд", "з’езд", "зʼезд", "зезд", "з'езда"),
            List.of("сувязь", "сувязі"),
            List.of("дзяржава", "дзяржавы", "дзяржаве", "дзяржаву", "дзяржавай", "дзяржавам", "дзяржавах"));

    @Test
    void belarusianFormsMeet() {
        Analysis be = Analysis.forLanguage("be");
        List<String> terms = BELARUSIAN.stream().map(group -> {
            Set<String> stems = new TreeSet<>();
            group.forEach(word -> stems.addAll(be.terms(word)));
            assertEquals(1, stems.size(), group + " gave " + stems);
            return stems.iterator().next();
        }).toList();
        assertEquals(terms.size(), Set.copyOf(terms).size(), "two different words met: " + terms);
    }

    @Test
    void russianAndEnglishFormsMeet() {
        Analysis ru = Analysis.forLanguage("ru");
        assertEquals(ru.terms("сотрудничество"), ru.terms("сотрудничеству"));
        assertEquals(ru.terms("сотрудничества"), ru.terms("Сотрудничеством"));
        assertEquals(ru.terms("объявлённые"), ru.terms("объявленные"));
        assertNotEquals(ru.terms("связь"), ru.terms("встреча"));
        Analysis en = Analysis.forLanguage("en");
        assertEquals(en.terms("meeting"), en.terms("meetings"));
        assertEquals(en.terms("ministry’s"), en.terms("ministries"));
        assertNotEquals(en.terms("meeting"), en.terms("ministry"));
    }

    @Test
    void stopWordsAndPunctuationLeaveNoTerm() {
        assertEquals(List.of("встреч", "кита"), Analysis.forLanguage("ru").terms("Встреча с Китаем, и в 2024"
                .replace(" 2024", "")));
        assertEquals(List.of("meet", "china", "2024"), Analysis.forLanguage("en").terms("The meeting with China in 2024."));
        assertEquals(List.of("сустрэч", "кіт"), Analysis.forLanguage("be").terms("Сустрэча з Кітаем"));
    }
}
