package by.vestnik.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildResult;
import by.vestnik.Reporter;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.diag.Diagnostic;
import by.vestnik.load.FileStamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut for unchanged rebuilds must never hide a change of input, output or time. */
class BuildRecordTest {
    @TempDir
    Path project;
    final List<String> debug = new ArrayList<>();
    final Reporter reporter = new Reporter() {
        @Override
        public void diagnostic(Diagnostic diagnostic) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void debug(String message) {
            debug.add(message);
        }
    };

    @BeforeEach
    void content() throws Exception {
        write("content/news/2025-04-09-a/ru.md", "---\ntitle: A\ndate: 2025-04-09\n---\n\nПервый текст.\n");
        write("content/news/2025-11-01-later/ru.md", "---\ntitle: Later\ndate: 2025-11-01\n---\n\nПозже.\n");
    }

    SiteConfig config(String now) {
        return SiteConfig.builder().project(project).baseUrl("https://example.gov.by/")
                .languages(List.of("ru", "en")).timeZone(ZoneId.of("Europe/Minsk")).now(Instant.parse(now)).build();
    }

    BuildResult build(String now) throws Exception {
        debug.clear();
        return Vestnik.build(config(now), reporter);
    }

    boolean skipped() {
        return debug.stream().anyMatch(line -> line.startsWith("nothing changed"));
    }

    @Test
    void anUnchangedRebuildIsSkippedAndWritesNothing() throws Exception {
        BuildResult first = build("2025-10-01T00:00:00Z");
        BuildResult second = build("2025-10-02T00:00:00Z");
        assertTrue(skipped(), "the second build should have used the record");
        assertEquals(0, second.written());
        assertEquals(first.pages(), second.pages());
        assertEquals(first.feeds(), second.feeds());
    }

    @Test
    void aChangedInputIsBuilt() throws Exception {
        build("2025-10-01T00:00:00Z");
        write("content/news/2025-04-09-a/ru.md", "---\ntitle: A\ndate: 2025-04-09\n---\n\nВторой текст.\n");
        build("2025-10-01T00:00:00Z");
        assertFalse(skipped());
        assertTrue(read("site-output/ru/news/2025/a/index.html").contains("Второй текст."));
    }

    @Test
    void aSameSizeEditWithItsModificationTimeRestoredIsBuilt() throws Exception {
        Path source = project.resolve("content/news/2025-04-09-a/ru.md");
        FileTime restored = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(source, restored);
        build("2025-10-01T00:00:00Z");
        long size = Files.size(source);
        // what rsync -a, cp -p or a checkout with preserved times do: other bytes, same length, same time
        write("content/news/2025-04-09-a/ru.md", "---\ntitle: A\ndate: 2025-04-09\n---\n\nВторой текст.\n");
        Files.setLastModifiedTime(source, restored);
        assertEquals(size, Files.size(source), "the edit keeps the byte length");
        assertEquals(restored, Files.getLastModifiedTime(source));
        build("2025-10-01T00:00:00Z");
        assertFalse(skipped(), "the content changed although size and time did not");
        assertTrue(read("site-output/ru/news/2025/a/index.html").contains("Второй текст."));
    }

    @Test
    void aTamperedOutputIsRepaired() throws Exception {
        build("2025-10-01T00:00:00Z");
        Path page = project.resolve("site-output/ru/news/2025/a/index.html");
        String original = read("site-output/ru/news/2025/a/index.html");
        Files.writeString(page, "defaced", StandardCharsets.UTF_8);
        Files.delete(project.resolve("site-output/ru/rss.xml"));
        BuildResult repaired = build("2025-10-01T00:00:00Z");
        assertFalse(skipped());
        assertEquals(2, repaired.written());
        assertEquals(original, read("site-output/ru/news/2025/a/index.html"));
    }

    /**
     * The record is made from what publishing staged, not by walking the output again: it must
     * list what such a walk would, file by file with size and time, after a first build, after
     * rebuilds that reuse the replaced tree, and with files and a link of someone else's kept.
     */
    @Test
    void theRecordListsTheOutputAsAWalkOfItWould() throws Exception {
        build("2025-10-01T00:00:00Z");
        assertEquals(walked(), recorded());
        write("site-output/google0123456789abcdef.html", "google-site-verification: google0123456789abcdef.html\n");
        write("site-output/docs/plan.pdf", "%PDF-1.4\n");
        Files.createSymbolicLink(project.resolve("site-output/plan.pdf"), Path.of("docs/plan.pdf"));
        for (String text : List.of("Второй текст.", "Третий текст.", "Четвёртый текст.")) {
            write("content/news/2025-04-09-a/ru.md", "---\ntitle: A\ndate: 2025-04-09\n---\n\n" + text + "\n");
            build("2025-10-01T00:00:00Z");
            assertFalse(skipped());
            List<String> walked = walked();
            assertTrue(walked.stream().anyMatch(line -> line.endsWith("\tplan.pdf")), walked.toString());
            assertEquals(walked, recorded());
        }
    }

    /** The output as FileStamps lists it, in the record's lines. */
    private List<String> walked() {
        return FileStamps.list(project.resolve("site-output")).files().entrySet().stream()
                .map(e -> e.getValue().size() + "\t" + e.getValue().modifiedNanos() + "\t" + e.getKey()).sorted().toList();
    }

    /** The record's lines of files (after its seven lines of header). */
    private List<String> recorded() throws Exception {
        List<String> lines = Files.readAllLines(BuildRecord.location(project.resolve("site-output")), StandardCharsets.UTF_8);
        return lines.subList(7, lines.size()).stream().sorted().toList();
    }

    @Test
    void aFileAddedToTheOutputIsKept() throws Exception {
        build("2025-10-01T00:00:00Z");
        write("site-output/ru/stray.html", "left here by hand");
        build("2025-10-01T00:00:00Z");
        assertTrue(skipped(), "a build would keep the file as well: the site is the one there");
        assertEquals("left here by hand", read("site-output/ru/stray.html"));
        write("content/news/2025-04-09-a/ru.md", "---\ntitle: A\ndate: 2025-04-09\n---\n\nВторой текст.\n");
        BuildResult rebuilt = build("2025-10-01T00:00:00Z");
        assertFalse(skipped());
        assertEquals(1, rebuilt.kept());
        assertEquals("left here by hand", read("site-output/ru/stray.html"), "Vestnik did not publish it: not its to remove");
        BuildResult again = build("2025-10-01T00:00:00Z");
        assertTrue(skipped());
        assertEquals(1, again.kept(), "the record knows the kept file");
    }

    @Test
    void aStoryAddedToAFolderRememberedUnchangedIsBuilt() throws Exception {
        build("2025-10-01T00:00:00Z");
        settleAndRemember();
        write("content/news/2025-04-09-a/en.md", "---\ntitle: A in English\ndate: 2025-04-09\n---\n\nFirst text.\n");
        write("content/news/2025-05-01-b/ru.md", "---\ntitle: B\ndate: 2025-05-01\n---\n\nЕщё текст.\n");
        build("2025-10-01T00:00:00Z");
        assertFalse(skipped(), "a story added to a remembered folder, and a folder added to one");
        assertTrue(read("site-output/en/news/2025/a/index.html").contains("First text."));
        assertTrue(read("site-output/ru/news/2025/b/index.html").contains("Ещё текст."));
        settleAndRemember();
        Files.delete(project.resolve("content/news/2025-05-01-b/ru.md"));
        Files.delete(project.resolve("content/news/2025-05-01-b"));
        build("2025-10-01T00:00:00Z");
        assertFalse(skipped(), "a folder removed from a remembered one");
        assertFalse(Files.exists(project.resolve("site-output/ru/news/2025/b/index.html")));
    }

    @Test
    void aDeletedOutputFileAloneIsRewritten() throws Exception {
        build("2025-10-01T00:00:00Z");
        Files.delete(project.resolve("site-output/sitemap.xml"));
        BuildResult repaired = build("2025-10-01T00:00:00Z");
        assertFalse(skipped());
        assertEquals(1, repaired.written());
        assertTrue(Files.exists(project.resolve("site-output/sitemap.xml")));
    }

    @Test
    void aStoryThatBecomesDueIsPublished() throws Exception {
        build("2025-10-01T00:00:00Z");
        assertFalse(Files.exists(project.resolve("site-output/ru/news/2025/later/index.html")));
        build("2025-11-02T00:00:00Z");
        assertFalse(skipped(), "the held-back story became due: the record no longer holds");
        assertTrue(Files.exists(project.resolve("site-output/ru/news/2025/later/index.html")));
    }

    @Test
    void aClockSetBackTakesAStoryDownAgain() throws Exception {
        build("2025-11-02T00:00:00Z");
        assertTrue(Files.exists(project.resolve("site-output/ru/news/2025/later/index.html")));
        build("2025-10-01T00:00:00Z");
        assertFalse(skipped(), "before the time the record was made at, other stories may be due");
        assertFalse(Files.exists(project.resolve("site-output/ru/news/2025/later/index.html")));
    }

    /** Waits out the settling time, so that the next build remembers the folders' names, and runs it (nothing changed). */
    private void settleAndRemember() throws Exception {
        Thread.sleep(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(by.vestnik.load.InputHashes.SETTLING) + 100);
        build("2025-10-01T00:00:00Z");
        assertTrue(skipped());
        assertTrue(Files.readString(by.vestnik.write.BuildRecord.inputHashes(project.resolve("site-output"))).contains("\0"),
                "the folders' names are remembered");
    }

    void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    String read(String path) throws Exception {
        return Files.readString(project.resolve(path), StandardCharsets.UTF_8);
    }
}
