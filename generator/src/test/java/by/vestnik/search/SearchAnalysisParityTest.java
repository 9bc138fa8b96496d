package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser must find what the plugin indexed: for a word list per language (the benchmark's
 * news vocabulary, the ministry's and the fixtures' words, and tricky forms), the theme's search.js
 * run by Node with the manifest's analysis settings gives exactly the terms {@link Analysis} gives.
 */
class SearchAnalysisParityTest {
    private static final Path STATIC = TestSites.projectRoot().resolve("generator/src/main/resources/vestnik/static");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "be", "en"})
    void browserAndPluginGiveTheSameTerms(String language, @TempDir Path dir) throws Exception {
        Analysis analysis = Analysis.forLanguage(language);
        List<String> words = Files.readAllLines(resource("words-" + language + ".txt"), StandardCharsets.UTF_8)
                .stream().filter(w -> !w.isEmpty()).toList();
        assertTrue(words.size() > 200, "word list too short: " + words.size());
        Path config = Files.writeString(dir.resolve("analysis.json"), Json.value(analysis.browserConfig()));
        List<String> browser = node(resource("terms.cjs"), config, resource("words-" + language + ".txt"));
        List<String> plugin = words.stream().map(w -> String.join(" ", analysis.terms(w))).toList();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String js = i < browser.size() ? browser.get(i) : "(missing)";
            if (!js.equals(plugin.get(i))) {
                differences.add(words.get(i) + ": plugin [" + plugin.get(i) + "], browser [" + js + "]");
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(words.size(), browser.size());
        // the list does exercise stemming, not only lower-casing
        long stemmed = words.stream().filter(w -> !analysis.terms(w).isEmpty()
                && !analysis.terms(w).get(0).equals(w.toLowerCase(java.util.Locale.ROOT))).count();
        assertTrue(stemmed > words.size() / 5, "only " + stemmed + " of " + words.size() + " words changed");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(SearchAnalysisParityTest.class.getResource("/search/" + name).toURI());
    }

    private static List<String> node(Path script, Path config, Path words) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("node", script.toString(), STATIC.toString(), config.toString(), words.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("this test runs the theme's search script with Node.js: install it (apt-get install -y nodejs)", e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, process.exitValue(), "node failed");
        String text = new String(out, StandardCharsets.UTF_8);
        return List.of(text.split("\n", -1)).subList(0, Math.max(0, text.split("\n", -1).length - 1));
    }
}
