package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit of one story rewrites only the index files that hold what changed: the chunks of the
 * terms whose weight in the story changed, the story's fragment and its table, and the manifest.
 * Every other file keeps its name, so caches keep it.
 */
class SearchIndexIncrementalTest {
    private static final String[] WORDS = ("министерство связи встреча делегации сотрудничество развитие сети "
            + "операторов платформы данных безопасности форум выставка конференция проект программа интернет "
            + "почта спектр частоты стандарт инфраструктура станции кадры университет студенты").split(" ");
    private static final int STORIES = 160;

    @TempDir
    Path tmp;

    @Test
    void anEditRewritesTheChunksOfItsChangedTermsOnly() {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("content/tags.yaml"), "ict:\n  slug: ict\n  ru: ИКТ\n  be: ІКТ\n  en: ICT\n");
        for (int i = 0; i < STORIES; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                body.append(WORDS[(i * 7 + w * w + w) % WORDS.length]).append(w % 9 == 8 ? ". " : " ");
            }
            TestSites.write(story(site, i), TestSites.article("Новость " + WORDS[i % WORDS.length] + " " + i,
                    String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28), i % 3 == 0 ? "tags: [ict]\n" : "", body.toString()));
        }
        Path out = tmp.resolve("out");
        TestSites.build(TestSites.fixtureConfig(site, out).build(), new RecordingReporter());
        Map<String, byte[]> before = TestSites.tree(out);

        String added = "Новый абзац о космической связи и спутниках.";
        Path edited = story(site, 42);
        TestSites.write(edited, TestSites.read(edited).strip() + "\n\n" + added + "\n");
        TestSites.build(TestSites.fixtureConfig(site, out).build(), new RecordingReporter());
        Map<String, byte[]> after = TestSites.tree(out);

        Map<String, Set<String>> rewritten = new TreeMap<>();
        for (String path : after.keySet()) {
            if (path.startsWith("ru/search/index/") && !before.containsKey(path)) {
                String kind = path.substring("ru/search/index/".length()).replaceFirst("[/.].*", "");
                rewritten.computeIfAbsent(kind, k -> new TreeSet<>()).add(path);
            }
        }
        Set<Integer> changedBuckets = new TreeSet<>();
        int buckets = Buckets.count(STORIES);
        Analysis.forLanguage("ru").terms(added).forEach(term -> changedBuckets.add(Buckets.of(term, buckets)));
        assertTrue(buckets >= 16 && changedBuckets.size() < buckets / 2, "the test needs more chunks than its edit touches");

        assertEquals(changedBuckets.size(), rewritten.getOrDefault("t", Set.of()).size(), "term chunks rewritten: " + rewritten);
        assertEquals(1, rewritten.get("f").size(), "fragments rewritten: " + rewritten);
        assertEquals(1, rewritten.get("d").size(), "tables rewritten: " + rewritten);
        assertEquals(1, rewritten.get("manifest").size(), "manifests rewritten: " + rewritten);
        assertEquals(4, rewritten.size(), "index files of other kinds rewritten: " + rewritten);
        long keptChunks = before.keySet().stream().filter(p -> p.startsWith("ru/search/index/t/"))
                .filter(after::containsKey).count();
        long chunks = after.keySet().stream().filter(p -> p.startsWith("ru/search/index/t/")).count();
        assertTrue(keptChunks >= buckets - changedBuckets.size(), keptChunks + " chunks kept of " + chunks);
        // the other languages' indexes are untouched
        after.keySet().stream().filter(p -> p.matches("(be|en)/search/index/.*"))
                .forEach(p -> assertTrue(before.containsKey(p), p + " is new"));
    }

    private static Path story(Path site, int i) {
        return site.resolve(String.format("content/news/story-%03d/ru.md", i));
    }
}
