package by.vestnik;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import by.vestnik.support.EditableSite;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestFiles;
import by.vestnik.support.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build equals a build from scratch, byte for byte, after any sequence of edits
 * (issue 12). A sequence copies the fixture site {@code src/test/resources/incremental/site} into a
 * temporary project and then, for 8–15 steps, makes a random edit (a body, a title, a date, topics,
 * a new, deleted or renamed story, a translation, a template, a bundle, the topic table, the
 * configuration, a photo, ...; see {@link Edit}) and builds twice: once from scratch, into a new
 * directory of its own with a new image cache (nothing left by an earlier build can be read), and
 * once into the one output directory every step of the sequence builds into, with the one image
 * cache, as a writer's repeated builds do. Both must succeed or fail alike, with the same
 * diagnostics, and leave the same files with the same bytes.
 *
 * <p>The fixture: ten story folders (in all three languages, in two, in one; a draft, a story dated
 * after the build's clock, an old address), eight topics, a photo shown by two versions, a linked
 * PDF, links between stories, and the project's own {@code tag.ftlh} and Russian bundle; lists
 * start at two articles a page and feeds at three, so every list paginates.
 *
 * <p>Nothing waits between an edit and a build, and the from-scratch build runs first so that the
 * repeated build is the one closest to the next edit: an edit lands milliseconds after the last
 * build looked at the file, often with the same size and within the same second, which is what a
 * change detector that trusts sizes and modification times gets wrong. One kind of edit keeps size
 * and modification time on purpose ({@link Edit#SAME_LENGTH_KEEPING_TIME}).
 *
 * <p>The edits follow from one seed, and files are chosen from sorted listings, so a seed always
 * makes the same sequence. Each sequence prints its seed; a failure names it together with the
 * steps so far. To replay one sequence first:
 * {@code mvn -o test -Dtest=IncrementalEqualsFullTest -Dvestnik.incrementalSeed=<seed>} in
 * {@code generator/} (later sequences follow from it). {@code -Dvestnik.incrementalSeconds=<s>}
 * sets how long new random sequences are started (default {@value #DEFAULT_SECONDS}; each runs to
 * its end).
 *
 * <p><b>The corpus.</b> Seeds of sequences that once failed are kept in
 * {@code src/test/resources/incremental/failed-seeds.txt} and replayed, every run, before the random
 * ones: add the seed a failure printed as a line of its own, with a {@code #} comment saying what
 * it found, in the commit that fixes the bug. A change to the fixture or to the edits changes what
 * an old seed does: then it guards nothing in particular any more, but still runs as one more
 * sequence.
 *
 * <p>What it cannot see: both builds run in this JVM, so state the engine keeps in static fields is
 * shared by them (a cache there would make both builds wrong alike).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalEqualsFullTest {
    static final String SEED_PROPERTY = "vestnik.incrementalSeed";
    static final String SECONDS_PROPERTY = "vestnik.incrementalSeconds";
    static final int DEFAULT_SECONDS = 35;
    private static final String CORPUS = "/incremental/failed-seeds.txt";
    private static final String FIXTURE = "/incremental/site";

    @TempDir
    Path tmp;

    @Order(1)
    @TestFactory
    Stream<DynamicTest> sequencesThatOnceFailed() {
        return corpusSeeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> new Sequence(seed, tmp.resolve("corpus-" + seed)).run()));
    }

    @Order(2)
    @Test
    void randomSequencesForTheTimeBudget() {
        String given = System.getProperty(SEED_PROPERTY, "");
        long seed = given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
        long budget = (long) (Double.parseDouble(System.getProperty(SECONDS_PROPERTY, String.valueOf(DEFAULT_SECONDS))) * 1e9);
        long start = System.nanoTime();
        int sequences = 0;
        do {
            new Sequence(seed, tmp.resolve("sequence-" + sequences)).run();
            seed = new Random(seed).nextLong();
            sequences++;
        } while (System.nanoTime() - start < budget);
        System.out.printf("incremental-equals-full: %d random sequences in %.1f s%n", sequences,
                (System.nanoTime() - start) / 1e9);
    }

    /** The seeds of {@value #CORPUS}: one a line, {@code #} starts a comment. */
    static List<Long> corpusSeeds() {
        try (InputStream in = IncrementalEqualsFullTest.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException(CORPUS + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .map(Long::parseLong)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // one sequence: edit, build from scratch, build again into the same output, compare

    private static final class Sequence {
        private final long seed;
        private final Path root;
        private final Path incrementalOutput;
        private final Path incrementalImages;
        /** One session for every repeated build, as {@code vestnik:serve} keeps; null: a new one each time, as Maven. */
        private final Vestnik.Session session;
        private final EditableSite site;
        private final List<String> steps = new ArrayList<>();
        /** The repeated build's output after the last step whose builds succeeded. */
        private Snapshot published = Snapshot.EMPTY;

        Sequence(long seed, Path root) {
            this.seed = seed;
            this.root = root;
            Random random = new Random(seed);
            this.incrementalOutput = root.resolve("out-inc");
            this.incrementalImages = root.resolve("images-inc");
            this.session = random.nextBoolean() ? new Vestnik.Session() : null;
            this.site = EditableSite.copyOf(fixture(), root.resolve("project"), random);
        }

        void run() {
            int length = 8 + site.random().nextInt(8);
            System.out.printf("incremental-equals-full: seed %d (%d steps, %s)%n", seed, length,
                    session != null ? "one session for all builds" : "a new session per build");
            buildBothAndCompare("the first build", false);
            int made = 0;
            while (made < length || site.hasPendingFix()) {
                if (site.hasPendingFix()) {
                    buildBothAndCompare(site.applyFix(), false);
                    made++;
                    continue;
                }
                Edit edit = Edit.draw(site.random());
                String done = edit.apply(site);
                if (done != null) {
                    buildBothAndCompare(edit + ": " + done, site.hasPendingFix());
                    made++;
                }
            }
        }

        private void buildBothAndCompare(String step, boolean mustFail) {
            steps.add(step);
            Path reference = root.resolve("full-" + steps.size());
            Outcome full = build(site.config(reference.resolve("site"), reference.resolve("images")), new Vestnik.Session());
            Outcome incremental = build(site.config(incrementalOutput, incrementalImages), session);
            if (!full.diagnostics().equals(incremental.diagnostics()) || full.succeeded() != incremental.succeeded()) {
                fail(report("the builds ended differently",
                        "from scratch: " + full.describe() + "\n  repeated: " + incremental.describe()));
            }
            if (full.succeeded() == mustFail) {
                fail(report(mustFail ? "a build of invalid content succeeded"
                        : "a build of content meant to be valid failed (an edit made invalid content, or the engine"
                                + " refuses valid content)", full.describe()));
            }
            Snapshot now = Snapshot.of(incrementalOutput);
            if (full.succeeded()) {
                List<String> differences = Snapshot.of(reference.resolve("site")).differences(now, "from scratch", "repeated");
                if (!differences.isEmpty()) {
                    fail(report("the repeated build's output differs from the build from scratch",
                            differences.size() + " paths:\n  " + String.join("\n  ", differences.subList(0,
                                    Math.min(8, differences.size())))));
                }
                if (full.pages() != incremental.pages() || full.feeds() != incremental.feeds()) {
                    fail(report("the builds count differently", full.describe() + " / " + incremental.describe()));
                }
                published = now;
            } else {
                List<String> touched = published.differences(now, "before", "after");
                if (!touched.isEmpty() || !published.times().equals(now.times())) {
                    fail(report("a failed build touched the published output", touched.isEmpty()
                            ? "modification times changed" : String.join("\n  ", touched)));
                }
                assertFalse(Files.exists(reference.resolve("site")), "a failed build from scratch left an output");
            }
            TestFiles.deleteTree(reference);
        }

        private Outcome build(SiteConfig config, Vestnik.Session buildSession) {
            RecordingReporter reporter = new RecordingReporter();
            BuildResult result = null;
            try {
                result = (buildSession != null ? buildSession : new Vestnik.Session()).build(config, reporter);
            } catch (BuildFailedException expected) {
                // the diagnostics are compared: the reporter has them
            }
            String output = config.outputDir().toString();
            List<String> diagnostics = reporter.diagnostics().stream()
                    .map(d -> d.format(site.project()).replace(output, "<output>"))
                    .toList();
            return new Outcome(result != null, diagnostics, result == null ? 0 : result.pages(),
                    result == null ? 0 : result.feeds());
        }

        private String report(String what, String details) {
            StringBuilder text = new StringBuilder(what).append(" after step ").append(steps.size() - 1)
                    .append(" of seed ").append(seed).append('\n').append("  ").append(details).append('\n')
                    .append("replay: -D").append(SEED_PROPERTY).append('=').append(seed)
                    .append(" (and add the seed to src/test/resources").append(CORPUS).append(")\n")
                    .append("repeated builds: ").append(session != null ? "one session" : "a new session each")
                    .append("\nsteps:\n");
            for (int i = 0; i < steps.size(); i++) {
                text.append(String.format("  %2d. %s%n", i, steps.get(i)));
            }
            return text.toString();
        }

        private static Path fixture() {
            URL url = IncrementalEqualsFullTest.class.getResource(FIXTURE + "/content");
            if (url == null) {
                throw new IllegalStateException("no fixture " + FIXTURE + " on the test class path");
            }
            try {
                return Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** How a build ended: what the writer would see in the log, and the counts of the summary line. */
    private record Outcome(boolean succeeded, List<String> diagnostics, int pages, int feeds) {
        String describe() {
            return (succeeded ? "succeeded, " + pages + " pages, " + feeds + " feeds" : "failed")
                    + (diagnostics.isEmpty() ? "" : "\n    " + String.join("\n    ", diagnostics));
        }
    }

    /** The files of an output directory: bytes and modification times by '/'-separated relative path. */
    private record Snapshot(Map<String, byte[]> files, Map<String, FileTime> times) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of());

        static Snapshot of(Path dir) {
            if (!Files.isDirectory(dir)) {
                return EMPTY;
            }
            Map<String, byte[]> files = TestSites.tree(dir);
            Map<String, FileTime> times = new TreeMap<>();
            for (String path : files.keySet()) {
                times.put(path, TestFiles.modified(dir.resolve(path)));
            }
            return new Snapshot(files, times);
        }

        /** What differs between this and {@code other}, by path, each side named as given. */
        List<String> differences(Snapshot other, String thisName, String otherName) {
            Set<String> paths = new TreeSet<>(files.keySet());
            paths.addAll(other.files.keySet());
            List<String> differences = new ArrayList<>();
            for (String path : paths) {
                byte[] mine = files.get(path);
                byte[] theirs = other.files.get(path);
                if (mine == null) {
                    differences.add(path + ": only " + otherName);
                } else if (theirs == null) {
                    differences.add(path + ": only " + thisName);
                } else if (!Arrays.equals(mine, theirs)) {
                    differences.add(path + ": " + firstDifference(mine, theirs, thisName, otherName));
                }
            }
            return differences;
        }

        private static String firstDifference(byte[] one, byte[] two, String oneName, String twoName) {
            int at = Arrays.mismatch(one, two);
            String where = "differs at byte " + at + " (" + one.length + " bytes " + oneName + ", " + two.length
                    + " " + twoName + ")";
            if (isBinary(one) || isBinary(two)) {
                return where;
            }
            return where + "\n      " + oneName + ": …" + around(one, at) + "…\n      " + twoName + ": …"
                    + around(two, at) + "…";
        }

        private static String around(byte[] bytes, int at) {
            int from = Math.max(0, at - 60);
            int to = Math.min(bytes.length, at + 60);
            return new String(bytes, from, to - from, StandardCharsets.UTF_8).replace("\n", "⏎");
        }

        private static boolean isBinary(byte[] bytes) {
            for (int i = 0; i < Math.min(bytes.length, 512); i++) {
                if (bytes[i] == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------
    // the edits

    /**
     * The kinds of edit, each with the weight of its draw. An edit returns what it did (for the
     * failure report), or null when the site has nothing it applies to (another is drawn).
     */
    enum Edit {
        BODY_APPEND_PARAGRAPH(3, EditableSite::appendParagraph),
        BODY_REPLACE_FIRST_PARAGRAPH(3, EditableSite::replaceFirstParagraph),
        BODY_ADD_LINK_TO_ANOTHER_STORY(2, EditableSite::addLinkToAnotherStory),
        SAME_LENGTH(3, site -> site.changeOneLetter(false)),
        SAME_LENGTH_KEEPING_TIME(3, site -> site.changeOneLetter(true)),
        TITLE(2, EditableSite::retitle),
        DATE(2, EditableSite::redate),
        TOPICS(2, EditableSite::retag),
        ADD_STORY(2, EditableSite::addStory),
        DELETE_STORY(1, EditableSite::deleteStory),
        RENAME_STORY_FOLDER(1, EditableSite::renameStoryFolder),
        ADD_TRANSLATION(2, EditableSite::addTranslation),
        TEMPLATE(2, EditableSite::changeTemplate),
        REMOVE_OVERRIDE(1, EditableSite::removeOverride),
        THEME_FILE(1, EditableSite::changeThemeFile),
        MESSAGE_BUNDLE(2, EditableSite::changeMessages),
        TOPIC_TABLE(2, EditableSite::changeTopicTable),
        CONFIGURATION(2, EditableSite::changeConfiguration),
        PHOTO(1, EditableSite::changePhoto),
        PRIVATE_FILE(1, EditableSite::togglePrivateFile),
        REWRITE_UNCHANGED(1, EditableSite::rewriteUnchanged),
        NOTHING(1, site -> "no edit"),
        BREAK_THEN_FIX(1, EditableSite::breakSomething);

        private final int weight;
        private final Function<EditableSite, String> edit;

        Edit(int weight, Function<EditableSite, String> edit) {
            this.weight = weight;
            this.edit = edit;
        }

        String apply(EditableSite site) {
            return edit.apply(site);
        }

        static Edit draw(Random random) {
            int total = Arrays.stream(values()).mapToInt(e -> e.weight).sum();
            int ticket = random.nextInt(total);
            for (Edit edit : values()) {
                ticket -= edit.weight;
                if (ticket < 0) {
                    return edit;
                }
            }
            throw new AssertionError();
        }
    }
}
