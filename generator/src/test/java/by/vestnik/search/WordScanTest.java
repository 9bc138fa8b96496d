package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The index finds words with a scan of code points; the browser's search.js uses the regular
 * expression {@link Analysis#WORD}. Both must cut every text into the same words.
 */
class WordScanTest {
    /** Letters of the site's scripts, digits, marks, the three apostrophes, and what separates words. */
    private static final int[] ALPHABET = {
        'a', 'Z', 'ё', 'Ў', 'і', 'ъ', 'я', '7', '٣', 'Ⅻ', '½', '\u0301', '\u0488', '\u0903',
        '\'', '’', 'ʼ', ' ', '-', '.', ',', '«', '»', '\u00a0', '\n', '&', 'ß', 'ǅ', 'ʰ', '中',
        0x1D400, 0x1F600, 0x10400, '_', '\u200d', '”',
    };

    @Test
    void theScanFindsWhatTheRegularExpressionFinds() {
        long seed = Long.getLong("vestnik.wordScan.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            assertEquals(byRegex(s), byScan(s), "seed " + seed + ", text \"" + s + "\"");
        }
    }

    @Test
    void wordsOfTheSitesLanguages() {
        String text = "Министр связи — о сотрудничестве в 2025 г.; «Белтелеком» і д’Артаньян, it's rock’n’roll'"
                + " сем'і x'' ў-ўсіх 5G/6G ё\u0301лка";
        assertEquals(byRegex(text), byScan(text));
        assertEquals(List.of("Министр", "связи", "о", "сотрудничестве", "в", "2025", "г", "Белтелеком", "і",
                "д’Артаньян", "it's", "rock’n’roll", "сем'і", "x", "ў", "ўсіх", "5G", "6G", "ё\u0301лка"), byScan(text));
    }

    private static List<String> byRegex(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Analysis.WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static List<String> byScan(String text) {
        List<String> words = new ArrayList<>();
        Analysis.forEachWord(text, words::add);
        return words;
    }
}
