package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's table of message keys is the reference for a project's own bundles: a key added to
 * an embedded bundle without a line there fails this test, so it cannot be forgotten.
 */
class ReadmeMessageKeysTest {
    @Test
    void everyKeyOfEveryEmbeddedBundleIsDocumentedInTheReadme() throws Exception {
        String section = messageKeysSection();
        List<String> bundles = EmbeddedTheme.names().stream().filter(n -> n.startsWith("messages/")).toList();
        assertFalse(bundles.isEmpty(), "no embedded bundles found");
        TreeSet<String> undocumented = new TreeSet<>();
        for (String bundle : bundles) {
            Properties keys = new Properties();
            keys.load(new StringReader(new String(EmbeddedTheme.read(bundle).orElseThrow(), StandardCharsets.UTF_8)));
            for (String key : keys.stringPropertyNames()) {
                if (!section.contains("`" + key + "`")) {
                    undocumented.add(key + " (" + bundle + ")");
                }
            }
        }
        assertEquals(new TreeSet<>(), undocumented, "add these keys to the README's \"Message keys\" table");
    }

    private static String messageKeysSection() throws Exception {
        Path readme = Path.of(System.getProperty("vestnik.projectRoot", "..")).resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf("### Message keys");
        assertTrue(start >= 0, readme + " has no \"### Message keys\" section");
        int end = text.indexOf("\n#", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
