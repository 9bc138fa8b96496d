package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.render.EmbeddedTheme;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's table of template variables is what a project's own templates can use: every
 * top-level variable any embedded template receives must have a line there. Found by building a
 * site whose every template is replaced by one that prints the names of its data model, so a
 * variable added to any page kind fails this test until it is documented.
 */
class ReadmeTemplateVariablesTest {
    private static final Pattern NAME = Pattern.compile("\\[\\[([A-Za-z_][A-Za-z0-9_]*)]]");

    @TempDir
    Path work;

    @Test
    void everyVariableATemplateReceivesIsDocumentedInTheReadme() throws Exception {
        Path site = work.resolve("site");
        copy(TestSites.fixture("ministry"), site);
        Path templates = site.resolve("templates");
        int replaced = 0;
        for (String name : EmbeddedTheme.names()) {
            if (name.endsWith(".ftlh") || name.endsWith(".ftlx")) {
                Files.createDirectories(templates.resolve(name).getParent());
                Files.writeString(templates.resolve(name), "<#list .data_model?keys as k>[[${k}]]</#list>\n");
                replaced++;
            }
        }
        assertTrue(replaced >= 10, "only " + replaced + " embedded templates found");
        Path out = work.resolve("out");
        Vestnik.build(TestSites.fixtureConfig(site, out).linkCheck(SiteConfig.LinkCheck.OFF).build(),
                new RecordingReporter());

        Map<String, Set<String>> seenIn = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                Matcher m = NAME.matcher(Files.readString(file));
                while (m.find()) {
                    seenIn.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(out.relativize(file).toString());
                }
            }
        }
        assertTrue(seenIn.containsKey("page") && seenIn.containsKey("article"), "the dump found " + seenIn.keySet());
        String section = readmeSection("### Template variables");
        Map<String, String> undocumented = new TreeMap<>();
        seenIn.forEach((variable, where) -> {
            if (!section.contains("`" + variable + "`")) {
                undocumented.put(variable, where.iterator().next());
            }
        });
        assertEquals(Map.of(), undocumented, "add these variables (and a page that has them) to the README's table");
    }

    private static String readmeSection(String heading) throws Exception {
        String text = Files.readString(TestSites.projectRoot().resolve("README.md"));
        int start = text.indexOf(heading);
        assertTrue(start >= 0, "README.md has no \"" + heading + "\" section");
        int end = text.indexOf("\n#", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
