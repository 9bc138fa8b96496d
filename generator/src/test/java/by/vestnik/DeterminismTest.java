package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds are reproducible and incremental: the same input gives the same bytes, an unchanged
 * rebuild writes nothing, and a failing build leaves the published site exactly as it was. All on
 * the frozen copy of the ministry's site ({@code sites/ministry}), whose exact files the edits name.
 */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        TestSites.build(TestSites.ministryConfig(tmp.resolve("a")).build(), new RecordingReporter());
        TestSites.build(TestSites.ministryConfig(tmp.resolve("b")).build(), new RecordingReporter());
        assertSameTree(TestSites.tree(tmp.resolve("a")), TestSites.tree(tmp.resolve("b")));
    }

    @Test
    void theBuildClockDoesNotLeakIntoTheOutput() {
        // everything in the frozen ministry content is published before both instants
        TestSites.build(TestSites.ministryConfig(tmp.resolve("a")).now(java.time.Instant.parse("2025-09-01T00:00:00Z"))
                .build(), new RecordingReporter());
        TestSites.build(TestSites.ministryConfig(tmp.resolve("b")).now(java.time.Instant.parse("2030-01-01T00:00:00Z"))
                .build(), new RecordingReporter());
        assertSameTree(TestSites.tree(tmp.resolve("a")), TestSites.tree(tmp.resolve("b")));
    }

    @Test
    void anUnchangedRebuildWritesNothingAndKeepsModificationTimes() throws IOException {
        Path out = tmp.resolve("site");
        SiteConfig config = TestSites.ministryConfig(out).build();
        BuildResult first = TestSites.build(config, new RecordingReporter());
        assertEquals(TestSites.tree(out).size(), first.written(), "a first build writes every file");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Map<String, FileTime> before = setAllTimes(out, old);

        BuildResult second = TestSites.build(config, new RecordingReporter());

        assertEquals(0, second.written(), "files written by an unchanged rebuild");
        assertEquals(0, second.removed());
        assertEquals(before.size(), second.unchanged());
        assertEquals(before, times(out), "modification times after the rebuild");
    }

    @Test
    void aChangedArticleRewritesOnlyWhatDependsOnIt() throws IOException {
        Path project = copyOfMinistryContent();
        Path out = tmp.resolve("site");
        SiteConfig config = TestSites.ministryConfig(out).contentDir(project.resolve("content")).build();
        TestSites.build(config, new RecordingReporter());
        Map<String, FileTime> before = setAllTimes(out, FileTime.fromMillis(1_000_000_000_000L));
        Path en = project.resolve("content/news/2025-05-15-sco-ict-meeting-preparations/en.md");
        Files.writeString(en, Files.readString(en).replace("constructive manner", "constructive and friendly manner"));

        BuildResult second = TestSites.build(config, new RecordingReporter());

        // the article page and every feed it is in carry the full text (the English feed and the feeds of
        // its three topics); the summary (first paragraph) is unchanged, so no list page changes
        java.util.List<String> rewritten = times(out).entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::getKey).toList();
        // and the search index: the chunk holding the new word, the manifest naming it, the page naming that
        assertEquals(java.util.List.of(
                "en/news/2025/sco-ict-meeting-preparations/index.html",
                "en/rss.xml",
                "en/search/index.html",
                "en/tags/china/rss.xml",
                "en/tags/digital-transformation/rss.xml",
                "en/tags/sco/rss.xml"), rewritten.stream().filter(p -> !p.startsWith("en/search/index/")).toList());
        assertEquals(java.util.List.of("manifest", "t"), rewritten.stream().filter(p -> p.startsWith("en/search/index/"))
                .map(p -> p.substring("en/search/index/".length()).replaceFirst("[./].*", "")).sorted().toList());
        assertEquals(rewritten.size(), second.written());
        assertTrue(TestSites.read(out.resolve("en/news/2025/sco-ict-meeting-preparations/index.html"))
                .contains("constructive and friendly manner"));
    }

    @Test
    void aRemovedStoryIsRemovedFromTheOutput() throws IOException {
        Path project = copyOfMinistryContent();
        Path out = tmp.resolve("site");
        SiteConfig config = TestSites.ministryConfig(out).contentDir(project.resolve("content")).build();
        TestSites.build(config, new RecordingReporter());
        java.util.Set<String> before = TestSites.tree(out).keySet();
        Path story = project.resolve("content/news/2025-07-31-belarus-china-digital-development");
        Files.delete(story.resolve("ru.md"));
        Files.deleteIfExists(story.resolve("photo.jpg"));
        Files.delete(story);

        BuildResult second = TestSites.build(config, new RecordingReporter());

        // its page, the redirect at its old address, and the topic that only it had in Russian (page and feed)
        java.util.Set<String> gone = new java.util.TreeSet<>(before);
        gone.removeAll(TestSites.tree(out).keySet());
        // and the copies of its photo, if it had one
        long photoCopies = gone.stream().filter(path -> path.startsWith("media/")).count();
        gone.removeIf(path -> path.startsWith("media/"));
        assertEquals(java.util.Set.of(
                "ru/news/2025/belarus-china-digital-development/index.html",
                "node/10669/index.html",
                "ru/tags/artificial-intelligence/index.html",
                "ru/tags/artificial-intelligence/rss.xml"), gone.stream().filter(p -> !p.startsWith("ru/search/index/"))
                .collect(java.util.stream.Collectors.toSet()));
        // and the Russian index files that held it (named by content, so replaced, not rewritten)
        assertTrue(gone.stream().anyMatch(p -> p.startsWith("ru/search/index/f/")), gone.toString());
        assertEquals(gone.size() + photoCopies, second.removed());
        assertFalse(Files.exists(out.resolve("ru/news/2025/belarus-china-digital-development")),
                "the page and its folder are gone");
    }

    @Test
    void aFailingBuildLeavesThePreviousOutputIntactAndListsTheDiagnostics() throws IOException {
        Path project = copyOfMinistryContent();
        Path out = tmp.resolve("site");
        SiteConfig config = TestSites.ministryConfig(out).projectDir(project).contentDir(project.resolve("content"))
                .build();
        TestSites.build(config, new RecordingReporter());
        Map<String, byte[]> published = TestSites.tree(out);
        Map<String, FileTime> times = times(out);

        Path ru = project.resolve("content/news/2025-04-09-sco-expert-group/ru.md");
        Files.writeString(ru, Files.readString(ru).replace("date: 2025-04-09", "date: 9 April"));
        Path en = project.resolve("content/news/2025-05-15-sco-ict-meeting-preparations/en.md");
        Files.writeString(en, Files.readString(en).replaceFirst("title: .*\n", ""));
        RecordingReporter reporter = new RecordingReporter();

        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> Vestnik.build(config, reporter));

        var expected = java.util.List.of(
                "content/news/2025-04-09-sco-expert-group/ru.md:3: error: 'date' has '9 April', which is not a date; "
                        + "write 2025-04-09, 2025-04-09T14:30 or 2025-04-09T14:30:00+03:00",
                "content/news/2025-05-15-sco-ict-meeting-preparations/en.md:1: error: front matter has no 'title', "
                        + "which every article needs");
        assertEquals(expected, failure.diagnostics().stream().map(d -> d.format(project)).toList());
        assertEquals(expected, reporter.formatted(project), "each diagnostic was reported");
        assertTrue(failure.getMessage().contains("2 errors"), failure.getMessage());
        assertSameTree(published, TestSites.tree(out));
        assertEquals(times, times(out), "modification times of the published site");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(java.util.List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("staging")).toList(), "no staging directory left behind");
        }
    }

    private Path copyOfMinistryContent() throws IOException {
        Path project = tmp.resolve("project");
        Path from = TestSites.fixture("ministry").resolve("content");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = project.resolve("content").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return project;
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Map<String, FileTime> setAllTimes(Path dir, FileTime time) throws IOException {
        for (String file : TestSites.tree(dir).keySet()) {
            Files.setLastModifiedTime(dir.resolve(file), time);
        }
        return times(dir);
    }

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String file : TestSites.tree(dir).keySet()) {
            times.put(file, Files.getLastModifiedTime(dir.resolve(file)));
        }
        return times;
    }
}
