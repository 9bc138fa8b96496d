package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildFailedException;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-input corpus: {@code src/test/resources/broken/<case>/} holds a small project
 * ({@code content/}, maybe {@code templates/}) with one kind of mistake and, in {@code expected.txt},
 * every diagnostic line the build must report, in order, exactly as the user sees them
 * ({@code path:line: error|warning: message}, relative to the project). A case with an error
 * must fail with a {@link BuildFailedException} whose message counts the errors and must write
 * nothing; a case with warnings only must build and report exactly those warnings.
 *
 * <p>In {@code expected.txt}, {@code ${outside}} stands for the real path of the directory beside
 * the project that some cases link to; lines starting with '#' are comments. Cases whose files
 * cannot be kept in git (a symbolic link, a named pipe, a folder named like a file, a file above 4 MB) are completed by
 * {@link #SETUP}. Run with {@code -Dvestnik.broken.regenerate=true} to rewrite every
 * {@code expected.txt} from what the engine reports — then review the diff line by line.
 */
class BrokenInputCorpusTest {
    private static final boolean REGENERATE = Boolean.getBoolean("vestnik.broken.regenerate");

    /** Fixture parts that are made at run time. */
    private static final Map<String, Setup> SETUP = Map.ofEntries(
            Map.entry("symlink-out", (project, outside) -> {
                Path secret = TrustKit.write(outside.resolve("secret.md"),
                        TrustKit.article("Secret", "2025-01-01", "", "Not for the site."));
                Files.createSymbolicLink(project.resolve("content/news/2025-01-01-a/en.md"), secret);
            }),
            Map.entry("image-too-large", (project, outside) -> {
                // above the 40 MB limit for an image: a JPEG start, then (sparse) zeros
                try (var file = new java.io.RandomAccessFile(project.resolve("content/news/2025-01-01-a/photo.jpg").toFile(), "rw")) {
                    file.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
                    file.setLength((40L << 20) + 1);
                }
            }),
            // files that cannot be read, made so that root (as CI runs) cannot read them either
            Map.entry("unreadable", (project, outside) -> {
                Path story = Files.createDirectories(project.resolve("content/news/2025-01-01-a"));
                Files.createDirectories(story.resolve("ru.md"));
                makeFifo(story.resolve("be.md"));
                Files.createSymbolicLink(story.resolve("en.md"), story.resolve("gone.md"));
            }),
            Map.entry("file-too-large", (project, outside) -> {
                StringBuilder text = new StringBuilder("---\ntitle: Big\ndate: 2025-01-01\n---\n\n");
                String line = "A line of text repeated until the file is above the limit.\n";
                while (text.length() <= (4L << 20) + 100) {
                    text.append(line);
                }
                TrustKit.write(project.resolve("content/news/2025-01-01-a/ru.md"), text.toString());
                assertTrue(Files.size(project.resolve("content/news/2025-01-01-a/ru.md")) > 4L << 20);
            }),
            Map.entry("table-too-large", (project, outside) -> {
                StringBuilder text = new StringBuilder("---\ntitle: Big table\ndate: 2025-01-01\n---\n\nA table.\n\n"
                        + "| a | b |\n|---|---|\n");
                while (text.length() < 300_000) {
                    text.append("|1|2|3|4|5|6|7|8|9|10|\n");
                }
                TrustKit.write(project.resolve("content/news/2025-01-01-a/ru.md"), text.toString());
            }),
            Map.entry("template-symlink-out", (project, outside) -> {
                Path theirs = TrustKit.write(outside.resolve("article.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
                        + "<@layout.document>${article.title}</@layout.document>\n");
                Files.createSymbolicLink(Files.createDirectories(project.resolve("templates")).resolve("article.ftlh"), theirs);
            }),
            Map.entry("template-not-regular", (project, outside) ->
                    makeFifo(Files.createDirectories(project.resolve("templates")).resolve("article.ftlh"))));

    private static void makeFifo(Path path) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    interface Setup {
        void apply(Path project, Path outside) throws IOException;
    }

    @TempDir
    Path tmp;

    /** Cases whose expected.txt says what should happen but the engine does not do yet; see the @Disabled tests. */
    private static final List<String> KNOWN_BUGS = List.of();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(TrustKit.testResource("broken"))) {
            List<String> names = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 30, "the corpus has " + names.size() + " cases");
            return names.stream().filter(name -> !KNOWN_BUGS.contains(name));
        }
    }

    @org.junit.jupiter.api.Test
    void anEmptyLinkIsOnlyAWarning() throws Exception {
        reportsExactlyTheExpectedDiagnostics("empty-link");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name) throws Exception {
        Path source = TrustKit.testResource("broken").resolve(name);
        Path project = tmp.resolve("project");
        Path outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
        TrustKit.copyTree(source, project);
        Files.deleteIfExists(project.resolve("expected.txt"));
        Files.createDirectories(project.resolve("content"));
        if (SETUP.containsKey(name)) {
            SETUP.get(name).apply(project, outside);
        }
        Path expectedFile = source.resolve("expected.txt");
        List<String> expected = Files.exists(expectedFile) ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.replace("${outside}", outside.toString()).replace("${project}", project.toString()))
                .toList() : List.of();
        boolean fails = expected.stream().anyMatch(l -> l.contains(": error: "));

        SiteConfig config = TrustKit.config(project).build();
        TrustKit.Recorder reporter = new TrustKit.Recorder();
        List<String> shown;
        String message = null;
        try {
            Vestnik.build(config, reporter);
            shown = reporter.formatted(project);
        } catch (BuildFailedException e) {
            shown = e.diagnostics().stream().map(d -> d.format(project)).toList();
            assertEquals(shown, reporter.formatted(project), "the reporter got the same diagnostics");
            message = e.getMessage();
        }
        if (REGENERATE) {
            List<String> lines = new ArrayList<>(shown.stream().map(l -> l.replace(outside.toString(), "${outside}")).toList());
            Files.write(expectedFile, lines, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", expected), String.join("\n", shown), name);
        if (fails) {
            long errors = expected.stream().filter(l -> l.contains(": error: ")).count();
            assertEquals("the site was not built: " + errors + (errors == 1 ? " error" : " errors")
                    + " in the content or templates; the previous output was left as it was", message);
            assertFalse(Files.exists(config.outputDir()), "a failed build writes no output");
            try (Stream<Path> left = Files.list(project)) {
                assertEquals(List.of("content", "templates").stream().filter(d -> Files.exists(project.resolve(d))).toList(),
                        left.map(p -> p.getFileName().toString()).sorted().toList(),
                        "no staging directory is left beside the output");
            }
        } else {
            assertEquals(null, message, "a case with warnings only builds");
            assertTrue(Files.isRegularFile(config.outputDir().resolve("index.html")));
        }
    }
}
