package by.vestnik.load;

import static by.vestnik.support.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import by.vestnik.diag.Diagnostics;
import by.vestnik.graph.BuildMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader takes an article from the last build's memo exactly when the fingerprint says its
 * file has the content it was parsed from; whatever warned is parsed (and warns) again.
 */
class ParsedArticlesTest {
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path project;

    private final Map<Path, InputHashes.Content> fingerprint = new ConcurrentHashMap<>();

    private Path content() {
        return project.resolve("content");
    }

    private Path article(String story, String text) {
        return write(content().resolve(story).resolve("ru.md"), text);
    }

    /** What a fingerprint taken now would say of every article file. */
    private void fingerprintTheFiles() throws IOException {
        try (var files = Files.walk(content())) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    fingerprint.put(file.toAbsolutePath().normalize(),
                            new InputHashes.Content(Files.size(file), ContentHash.of(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record Loaded(List<SourceArticle> articles, List<String> messages) {
        SourceArticle titled(String storyId) {
            return articles.stream().filter(a -> a.storyId().equals(storyId)).findFirst().orElse(null);
        }
    }

    /** One build's load: from the memo left by the previous call (if any), leaving its own. */
    private Loaded load(Instant now) throws IOException {
        Path memo = project.resolve("memo");
        BuildMemo.Next next = new BuildMemo.Next(memo);
        ParsedArticles parsed = ParsedArticles.of(BuildMemo.read(memo, "key"), next);
        Diagnostics diagnostics = new Diagnostics();
        Function<Path, Optional<InputHashes.Content>> known =
                file -> Optional.ofNullable(fingerprint.get(file.toAbsolutePath().normalize()));
        List<SourceArticle> articles = new ContentLoader(content(), List.of("ru"), MINSK, now, diagnostics, known, parsed).load();
        parsed.finish();
        next.commit(memo, "key");
        return new Loaded(articles, diagnostics.sorted().stream().map(d -> d.format(project)).toList());
    }

    @Test
    void anArticleWhoseFingerprintedContentWasParsedIsTakenFromTheMemoAsItWas() throws IOException {
        Path file = article("2025-04-09-visit", """
                ---
                title: Визит
                date: 2025-04-09T10:15
                updated: 2025-04-10
                changes: Уточнена дата
                summary: Кратко
                tags: [sco, china]
                slug: visit
                source: https://mpt.gov.by/node/1
                aliases: [/old/visit/]
                image: photo.jpg
                imageAlt: Фото
                ---
                Текст.
                """);
        fingerprintTheFiles();
        SourceArticle parsed = load(NOW).titled("2025-04-09-visit");

        // the file changes, but the fingerprint (as a build would take it) still gives the content parsed
        write(file, "---\ntitle: Другой\ndate: 2025-04-09\n---\nДругой текст.\n");
        SourceArticle remembered = load(NOW).titled("2025-04-09-visit");
        assertEquals(fields(parsed), fields(remembered));
        assertEquals("Визит", remembered.title());

        // once the fingerprint sees the new content, the file is parsed again
        fingerprintTheFiles();
        assertEquals("Другой", load(NOW).titled("2025-04-09-visit").title());
    }

    @Test
    void anArticleNotInTheFingerprintIsParsed() throws IOException {
        Path file = article("2025-04-09-visit", "---\ntitle: Визит\ndate: 2025-04-09\n---\nТекст.\n");
        fingerprintTheFiles();
        load(NOW);
        write(file, "---\ntitle: Другой\ndate: 2025-04-09\n---\nТекст.\n");
        fingerprint.clear(); // a file changed within the settling time is not in the fingerprint's memory
        assertEquals("Другой", load(NOW).titled("2025-04-09-visit").title());
    }

    @Test
    void whatWarnedIsParsedAgainAndWarnsOnEveryBuild() throws IOException {
        article("2025-04-09-visit", "---\ntitle: Визит\ndate: 2025-04-09\ncolour: red\n---\nТекст.\n");
        article("2028-01-01-plan", "---\ntitle: План\ndate: 2028-01-01\n---\nТекст.\n");
        fingerprintTheFiles();
        List<String> expected = List.of(
                "content/2025-04-09-visit/ru.md:4: warning: unknown front-matter key 'colour' is ignored; known keys: "
                        + String.join(", ", ArticleParser.KNOWN_KEYS),
                "content/2028-01-01-plan/ru.md:3: warning: 'date' is 2028-01-01, more than a year after the build's "
                        + "reference time (2026-01-01): the story stays unpublished until then; check the year");
        assertEquals(expected, load(NOW).messages());
        assertEquals(expected, load(NOW).messages());
    }

    @Test
    void aRememberedDateThatIsNowFarInTheFutureWarns() throws IOException {
        article("2026-06-01-plan", "---\ntitle: План\ndate: 2026-06-01\n---\nТекст.\n");
        fingerprintTheFiles();
        assertEquals(List.of(), load(NOW).messages());
        // the clock set back: the date that was within a year is now more than a year ahead
        assertEquals(List.of("content/2026-06-01-plan/ru.md:3: warning: 'date' is 2026-06-01, more than a year after "
                + "the build's reference time (2025-01-01): the story stays unpublished until then; check the year"),
                load(Instant.parse("2025-01-01T00:00:00Z")).messages());
    }

    /** Everything of an article but its body's supplier, which has no equality of its own. */
    private static List<Object> fields(SourceArticle a) {
        return java.util.Arrays.asList(a.file(), a.storyId(), a.storyDir(), a.language(), a.title(), a.date(), a.updated(),
                a.summary(), a.tags(), a.tagsLine(), a.slug(), a.draft(), a.source(), a.aliases(), a.body().digest(),
                a.bodyLine(), a.changes(), a.image());
    }
}
