package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import by.vestnik.BuildFailedException;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated articles (and tag tables) through the whole build: every input must end in a
 * built site or a {@link BuildFailedException} with diagnostics — never another exception, a hang
 * or an error. Seeds start from {@code src/test/resources/fuzz/corpus/} and are mutated by byte
 * flips, YAML and Markdown metacharacters, deep nesting, huge lines, invalid UTF-8, NUL and BOMs.
 *
 * <p>{@code -Dvestnik.fuzz.seconds=N} sets the budget (default 20), {@code -Dvestnik.fuzz.seed=S}
 * replays a run. A failing input is saved as {@code corpus/found-<seed>.md} (so it is replayed by
 * every later run) and reported with its seed.
 */
class FuzzTest {
    static final int SECONDS = Integer.getInteger("vestnik.fuzz.seconds", 20);
    static final Duration PER_CASE = Duration.ofSeconds(Integer.getInteger("vestnik.fuzz.caseSeconds", 15));

    static final String[] META = {"---", "\n---\n", "...", ":", ": ", "- ", "? ", "[", "]", "{", "}", "\"", "'", "&a ", "*a",
            "!!binary ", "!!str ", "|", ">", "#", "`", "```", "<", "</", "\n", "\r", "\r\n", "\t", "%YAML 1.1\n", "@",
            "](", "![", "[x]: ", "<script>", "<!--", "&#0;", "\\", "\u0000", "\uFEFF", "\u202E", "\uD83D\uDE00",
            "    ", "1. ", "* ", "| a |\n|---|\n", "~~", "**", "_", "<a href=\"", "javascript:", "../", "%00", "title: ",
            "date: ", "tags: ", "slug: ", "aliases: ", "draft: ", "null", "~", "yes", "2025-02-30", "9999-12-31T23:59"};
    static final String[] NEST = {">", "[", "(", "*", "_", "`", "- ", "  - ", "1. ", "<div>", "{", "\"", "[a](", "&", "> -"};

    @TempDir
    Path tmp;
    int cases;
    final List<String> knownBugs = new ArrayList<>();

    /** Deeply nested YAML flow collections in front matter: snakeyaml-engine recurses without a limit. */
    @Test
    void aFirstImageThatIsNotAUriDoesNotCrashTheBuild(@TempDir Path dir) throws Exception {
        TrustKit.write(dir.resolve("content/news/2025-01-01-photo/ru.md"),
                TrustKit.article("Фото", "2025-01-01", "", "Текст.\n\n![Фото](<photo 1.jpg>)"));
        Files.write(dir.resolve("content/news/2025-01-01-photo/photo 1.jpg"),
                by.vestnik.support.TestPhotos.jpeg(by.vestnik.support.TestPhotos.picture(40, 30, 1)));
        Vestnik.build(TrustKit.config(dir).build(), new TrustKit.Recorder());

        byte[] tags = Files.readAllBytes(TrustKit.testResource("fuzz/tags.yaml"));
        List<String> failures = new ArrayList<>();
        try (Stream<Path> found = Files.list(TrustKit.testResource("fuzz/known-bugs"))) {
            for (Path input : found.sorted().toList()) {
                run(Files.readAllBytes(input), tags, "known-bug", 0, failures, tmp);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aBarePercentInALinkEndsInADiagnostic(@TempDir Path dir) throws Exception {
        TrustKit.write(dir.resolve("content/news/2025-01-01-sale/ru.md"),
                TrustKit.article("Скидка", "2025-01-01", "", "См. [условия](100%.html)."));
        try {
            Vestnik.build(TrustKit.config(dir).build(), new TrustKit.Recorder());
            fail("a link to a file that does not exist must fail the build");
        } catch (BuildFailedException expected) {
            assertEquals("content/news/2025-01-01-sale/ru.md:6: error: link to '100%.html', which does not exist",
                    expected.diagnostics().get(0).format(dir.toAbsolutePath()));
        }
    }

    static final List<String> DEEP_YAML = List.of(
            "---\ntitle: " + "[".repeat(10_000) + "\ndate: 2025-01-01\n---\n\nx\n",
            "---\ntitle: " + "{a: ".repeat(5_000) + "\ndate: 2025-01-01\n---\n\nx\n");

    @Test
    void deeplyNestedYamlEndsInADiagnostic() throws Exception {
        byte[] tags = Files.readAllBytes(TrustKit.testResource("fuzz/tags.yaml"));
        List<String> failures = new ArrayList<>();
        for (String text : DEEP_YAML) {
            run(text.getBytes(StandardCharsets.UTF_8), tags, "deep-yaml", 0, failures, tmp);
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(), knownBugs);
    }

    @Test
    void everyInputEndsInASiteOrInDiagnostics() throws Exception {
        long seed = Long.getLong("vestnik.fuzz.seed", System.nanoTime());
        System.out.println("vestnik fuzz: seed " + seed + ", budget " + SECONDS + " s (-Dvestnik.fuzz.seed=" + seed + " replays)");
        Path corpusDir = TrustKit.testResource("fuzz/corpus");
        List<byte[]> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path file : files.sorted().toList()) {
                corpus.add(Files.readAllBytes(file));
            }
        }
        byte[] tags = Files.readAllBytes(TrustKit.testResource("fuzz/tags.yaml"));
        List<String> failures = new ArrayList<>();

        // the corpus itself first (earlier findings included), then fixed worst cases, then random mutants
        for (byte[] input : corpus) {
            run(input, tags, "corpus", 0, failures, corpusDir);
        }
        for (byte[] input : worstCases(corpus.get(0))) {
            run(input, tags, "worst-case", 0, failures, corpusDir);
        }
        Random master = new Random(seed);
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long caseSeed = master.nextLong();
            Random random = new Random(caseSeed);
            byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            byte[] table = random.nextInt(8) == 0 ? mutate(tags, random) : tags;
            run(input, table, "mutant", caseSeed, failures, corpusDir);
        }
        System.out.println("vestnik fuzz: " + cases + " inputs, " + failures.size() + " failures, " + knownBugs.size()
                + " hit a known bug" + (knownBugs.isEmpty() ? "" : ": " + knownBugs));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " inputs ended badly (seed " + seed + "):\n" + String.join("\n", failures));
        }
    }

    /** Inputs that stress depth and size whatever the random choices. */
    static List<byte[]> worstCases(byte[] seed) {
        String head = "---\ntitle: Deep\ndate: 2025-01-01\n---\n\n";
        List<String> texts = new ArrayList<>();
        for (String nest : NEST) {
            texts.add(head + nest.repeat(10_000) + "text\n");
        }
        StringBuilder list = new StringBuilder(head);
        for (int i = 0; i < 2_000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        texts.add(list.toString());
        texts.add(head + "a".repeat(1_000_000) + "\n");
        texts.add(head + "[a](" + "b".repeat(1_000_000) + ")\n");
        texts.add("---\ntitle: x\ndate: 2025-01-01\ntags: " + "- ".repeat(5_000) + "a\n---\n\nx\n");
        texts.add("---\nanchors: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: x\ndate: 2025-01-01\n---\n\nx\n");
        texts.add(head + "text\u0000with NUL\n\uFEFFBOM in the middle\n");
        List<byte[]> inputs = new ArrayList<>(texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList());
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        bad.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC,
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, 0, '\n'});
        inputs.add(bad.toByteArray());
        inputs.add(new byte[0]);
        inputs.add(seed);
        return inputs;
    }

    static byte[] mutate(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = original.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
            out.reset();
            switch (random.nextInt(9)) {
                case 0 -> { // flip bits of a byte
                    if (data.length > 0) {
                        data[Math.min(at, data.length - 1)] ^= (byte) (1 << random.nextInt(8));
                    }
                    continue;
                }
                case 1 -> { // a random byte
                    if (data.length > 0) {
                        data[Math.min(at, data.length - 1)] = (byte) random.nextInt(256);
                    }
                    continue;
                }
                case 2, 3 -> insert(out, data, at, META[random.nextInt(META.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> insert(out, data, at, NEST[random.nextInt(NEST.length)].repeat(1 + random.nextInt(10_000))
                        .getBytes(StandardCharsets.UTF_8));
                case 5 -> insert(out, data, at, "x".repeat(1 + random.nextInt(200_000)).getBytes(StandardCharsets.UTF_8));
                case 6 -> insert(out, data, at, new byte[] {(byte) (0x80 + random.nextInt(128))});
                case 7 -> { // delete a chunk
                    int end = Math.min(data.length, at + random.nextInt(40));
                    out.write(data, 0, at);
                    out.write(data, end, data.length - end);
                }
                default -> { // duplicate a chunk
                    int end = Math.min(data.length, at + random.nextInt(200));
                    out.write(data, 0, end);
                    out.write(data, at, data.length - at);
                }
            }
            data = out.toByteArray();
        }
        return data;
    }

    private static void insert(ByteArrayOutputStream out, byte[] data, int at, byte[] what) {
        out.write(data, 0, at);
        out.writeBytes(what);
        out.write(data, at, data.length - at);
    }

    private void run(byte[] input, byte[] tags, String kind, long caseSeed, List<String> failures, Path corpusDir)
            throws IOException {
        cases++;
        Path project = tmp.resolve("case-" + cases);
        Path story = Files.createDirectories(project.resolve("content/news/2025-01-01-fuzz"));
        Files.write(story.resolve("ru.md"), input);
        Files.write(project.resolve("content/tags.yaml"), tags);
        TrustKit.write(project.resolve("content/news/2025-01-02-other/en.md"),
                TrustKit.article("Other", "2025-01-02", "tags: [sco]\n", "See [the story](../2025-01-01-fuzz/ru.md)."));
        Files.write(project.resolve("content/news/2025-01-02-other/photo.png"), new byte[] {1, 2, 3});
        SiteConfig config = TrustKit.config(project).threads(1).build();
        String outcome;
        try {
            outcome = assertTimeoutPreemptively(PER_CASE, () -> {
                try {
                    Vestnik.build(config, new TrustKit.Recorder());
                    return null;
                } catch (BuildFailedException e) {
                    return e.diagnostics().stream().anyMatch(d -> d.isError()) ? null
                            : "BuildFailedException without an error diagnostic";
                } catch (Throwable t) {
                    StringWriter trace = new StringWriter();
                    t.printStackTrace(new PrintWriter(trace));
                    String text = trace.toString();
                    String head = text.substring(0, Math.min(text.length(), 1500));
                    if (text.contains("org.snakeyaml.engine")) {
                        head += " [org.snakeyaml.engine in the trace]";
                    }
                    if (text.contains("SharingMetadata")) {
                        head += " [SharingMetadata in the trace]";
                    }
                    return head;
                }
            });
        } catch (org.opentest4j.AssertionFailedError timeout) {
            outcome = "no result within " + PER_CASE.toSeconds() + " s: " + timeout.getMessage();
        }
        boolean known = outcome != null && (outcome.contains("StackOverflowError") && outcome.contains("org.snakeyaml.engine")
                || outcome.contains("IllegalArgumentException") && outcome.contains("SharingMetadata in the trace")
                || outcome.contains("URLDecoder: Illegal hex characters"));
        if (known) {
            knownBugs.add(kind + (kind.equals("mutant") ? " " + caseSeed : " " + cases) + ": " + outcome.lines().findFirst().orElse(""));
        }
        if (outcome != null) {
            String name = "found-" + (kind.equals("mutant") ? Long.toUnsignedString(caseSeed) : kind + "-" + cases) + ".md";
            if (kind.equals("mutant") || kind.equals("worst-case")) {
                Files.write(corpusDir.resolve(name), input);
            }
            failures.add(kind + " input " + cases + (kind.equals("mutant") ? " (case seed " + caseSeed + ")" : "")
                    + " saved as corpus/" + name + ": " + outcome);
        }
        TrustKit.deleteTree(project);
    }
}
