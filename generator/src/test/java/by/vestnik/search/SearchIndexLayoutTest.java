package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way search.js finds a result — manifest, then table {@code id / tableSize}, then pack
 * {@code (id % tableSize) / packSize}, then entry {@code id % packSize} — leads, for every id of a
 * site of more documents than one table holds, to a different article, oldest first, and to every
 * article of the language.
 */
class SearchIndexLayoutTest {
    private static final int STORIES = 600;
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path tmp;

    @Test
    void everyIdLeadsThroughItsTableAndPackToItsArticle() {
        Path site = tmp.resolve("site");
        for (int i = 0; i < STORIES; i++) {
            String date = String.format("%d-%02d-%02d", 2020 + i % 5, 1 + i % 12, 1 + i % 28);
            TestSites.write(site.resolve(String.format("content/news/story-%03d/ru.md", i)),
                    TestSites.article("Новость " + i, date, "", "Текст новости номер " + i + "."));
        }
        Path out = tmp.resolve("out");
        TestSites.build(TestSites.fixtureConfig(site, out).build(), new RecordingReporter());
        Map<String, byte[]> tree = TestSites.tree(out);
        String manifestPath = tree.keySet().stream().filter(p -> p.matches("ru/search/index/manifest\\.\\w+\\.json"))
                .findFirst().orElseThrow();
        String manifest = text(tree, manifestPath);
        int documents = number(manifest, "documents");
        int tableSize = number(manifest, "tableSize");
        int packSize = number(manifest, "packSize");
        List<String> tables = strings(field(manifest, "tables"));
        assertEquals(STORIES, documents);
        assertTrue(tables.size() >= 3, "the test needs several tables: " + tables.size());

        List<String> hrefs = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int id = 0; id < documents; id++) {
            List<String> packs = strings(text(tree, "ru/search/index/d/" + tables.get(id / tableSize) + ".json"));
            String pack = text(tree, "ru/search/index/f/" + packs.get(id % tableSize / packSize) + ".json");
            String entry = pack.split("\\},\\{")[id % packSize];
            hrefs.add(value(entry, "u"));
            dates.add(value(entry, "d"));
        }
        assertEquals(documents, new TreeSet<>(hrefs).size(), "two ids lead to one article");
        for (int i = 0; i < STORIES; i++) {
            String date = String.format("%d-%02d-%02d", 2020 + i % 5, 1 + i % 12, 1 + i % 28);
            String year = date.substring(0, 4);
            assertTrue(hrefs.contains("/ru/news/" + year + "/story-" + String.format("%03d", i) + "/"), "story " + i + " has no id");
        }
        for (int id = 1; id < documents; id++) {
            assertTrue(dates.get(id - 1).compareTo(dates.get(id)) <= 0, "ids are not oldest first at " + id + ": " + dates);
        }
    }

    private static String text(Map<String, byte[]> tree, String path) {
        byte[] bytes = tree.get(path);
        assertNotNull(bytes, path + " is missing");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\[[^\\]]*\\]|\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static int number(String json, String name) {
        return Integer.parseInt(field(json, name));
    }

    private static List<String> strings(String array) {
        List<String> out = new ArrayList<>();
        Matcher m = STRING.matcher(array);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String value(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(object);
        assertTrue(m.find(), name + " in " + object);
        return m.group(1);
    }
}
