package by.vestnik.load;

import static by.vestnik.support.TestSites.write;
import static by.vestnik.support.TestSites.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading story folders: front matter, encodings, file names, and the exact text of each problem. */
class ContentLoaderTest {
    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @TempDir
    Path project;
    Path content;
    Diagnostics diagnostics;

    @BeforeEach
    void setUp() {
        content = project.resolve("content");
        diagnostics = new Diagnostics();
    }

    List<SourceArticle> load() {
        return new ContentLoader(content, List.of("ru", "be", "en"), MINSK, diagnostics).load();
    }

    /** The diagnostics as the build prints them, paths relative to the project. */
    List<String> messages() {
        return diagnostics.sorted().stream().map(d -> d.format(project)).toList();
    }

    Path story(String folder, String file, String text) {
        return write(content.resolve("news").resolve(folder).resolve(file), text);
    }

    @Test
    void readsAValidArticle() {
        story("2025-04-09-sco-expert-group", "ru.md", """
                ---
                title: "Заседание экспертной группы"
                date: 2025-04-09
                summary: Кратко
                tags: [sco, china]
                source: https://mpt.gov.by/node/10378
                ---

                Текст.
                """);
        List<SourceArticle> articles = load();
        assertEquals(List.of(), messages());
        assertEquals(1, articles.size());
        SourceArticle a = articles.get(0);
        assertEquals("Заседание экспертной группы", a.title());
        assertEquals(ZonedDateTime.of(2025, 4, 9, 0, 0, 0, 0, MINSK), a.date());
        assertEquals("sco-expert-group", a.slug(), "the folder's date prefix is not part of the slug");
        assertEquals("news/2025-04-09-sco-expert-group", a.storyId());
        assertEquals("ru", a.language());
        assertEquals("Кратко", a.summary());
        assertEquals(List.of("sco", "china"), a.tags());
        assertEquals("https://mpt.gov.by/node/10378", a.source());
        assertFalse(a.draft());
        assertEquals("\nТекст.\n", a.body().text());
        assertEquals(8, a.bodyLine());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-04-09                 | 2025-04-08T21:00:00Z",
            "'2025-04-09'               | 2025-04-08T21:00:00Z",
            "2025-04-09T14:30           | 2025-04-09T11:30:00Z",
            "2025-04-09 14:30           | 2025-04-09T11:30:00Z",
            "2025-04-09T14:30:15        | 2025-04-09T11:30:15Z",
            "2025-04-09T14:30:00+03:00  | 2025-04-09T11:30:00Z",
            "2025-04-09T14:30:00+05:00  | 2025-04-09T09:30:00Z",
            "2025-04-09T14:30:00Z       | 2025-04-09T14:30:00Z",
            "2025-04-09T23:30:00-02:00  | 2025-04-10T01:30:00Z"})
    void acceptsDatesWithOrWithoutTimeAndOffsetInTheSiteZone(String written, String instant) {
        story("x", "ru.md", "---\ntitle: T\ndate: " + written + "\n---\nText\n");
        List<SourceArticle> articles = load();
        assertEquals(List.of(), messages());
        assertEquals(java.time.Instant.parse(instant), articles.get(0).date().toInstant());
        assertEquals(MINSK, articles.get(0).date().getZone(), "dates are shown in the site's zone");
    }

    @Test
    void theSiteZoneDecidesTheInstantOfALocalDate() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09T10:00\n---\nText\n");
        SourceArticle utc = new ContentLoader(content, List.of("ru"), ZoneId.of("UTC"), diagnostics).load().get(0);
        SourceArticle minsk = new ContentLoader(content, List.of("ru"), MINSK, diagnostics).load().get(0);
        assertEquals(java.time.Duration.ofHours(3), java.time.Duration.between(minsk.date(), utc.date()));
    }

    @Test
    void rejectsDatesItCannotRead() {
        story("x", "ru.md", "---\ntitle: T\ndate: 9 April 2025\n---\nText\n");
        story("y", "ru.md", "---\ntitle: T\ndate: 2025-02-30\n---\nText\n");
        assertEquals(List.of(), load());
        assertEquals(List.of(
                "content/news/x/ru.md:3: error: 'date' has '9 April 2025', which is not a date; write 2025-04-09, "
                        + "2025-04-09T14:30 or 2025-04-09T14:30:00+03:00",
                "content/news/y/ru.md:3: error: 'date' has '2025-02-30', which is not a date; write 2025-04-09, "
                        + "2025-04-09T14:30 or 2025-04-09T14:30:00+03:00"), messages());
    }

    @Test
    void titleAndDateAreRequired() {
        story("x", "ru.md", "---\nsummary: S\n---\nText\n");
        story("y", "en.md", "---\ntitle: \"  \"\ndate: 2025-04-09\n---\nText\n");
        assertEquals(List.of(), load());
        assertEquals(List.of(
                "content/news/x/ru.md:1: error: front matter has no 'date', which every article needs",
                "content/news/x/ru.md:1: error: front matter has no 'title', which every article needs",
                "content/news/y/en.md:2: error: 'title' is empty"), messages());
    }

    @Test
    void aFileWithoutFrontMatterIsAnError() {
        story("x", "ru.md", "# Just Markdown\n\nText\n");
        story("y", "ru.md", "---\ntitle: T\ndate: 2025-04-09\n\nText without the closing line\n");
        load();
        String expected = ": error: missing front matter: the file must start with a line '---', then YAML with at "
                + "least 'title' and 'date', then a line '---'";
        assertEquals(List.of("content/news/x/ru.md:1" + expected, "content/news/y/ru.md:1" + expected), messages());
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\ntags: [a, b\n---\nText\n");
        load();
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), messages().toString());
        String message = all.get(0).format(project);
        assertTrue(message.startsWith("content/news/x/ru.md:"), message);
        assertTrue(message.contains(": error: front matter is not valid YAML: "), message);
        assertTrue(all.get(0).line() >= 4, "the line of the problem, not of the file's start: " + message);
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        byte[] text = "---\r\ntitle: \"Заголовок\"\r\ndate: 2025-04-09\r\n---\r\n\r\nПервая строка.\r\nВторая.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text);
        writeBytes(content.resolve("x/ru.md"), bytes.toByteArray());
        writeBytes(content.resolve("y/ru.md"), "---\rtitle: Old Mac\rdate: 2025-04-09\r---\rText\r"
                .getBytes(StandardCharsets.UTF_8));
        List<SourceArticle> articles = load();
        assertEquals(List.of(), messages());
        assertEquals(2, articles.size());
        assertEquals("Заголовок", articles.get(0).title());
        assertEquals("\nПервая строка.\nВторая.\n", articles.get(0).body().text());
        assertEquals("Old Mac", articles.get(1).title());
        assertFalse(articles.get(1).body().text().contains("\r"));
    }

    @Test
    void rejectsAFileThatIsNotUtf8NamingTheLine() {
        String text = "---\ntitle: \"Заголовок\"\ndate: 2025-04-09\n---\n\nТекст в cp1251.\n";
        writeBytes(content.resolve("news/x/ru.md"), text.getBytes(Charset.forName("windows-1251")));
        writeBytes(content.resolve("news/y/ru.md"), ("---\ntitle: T\ndate: 2025-04-09\n---\n\nOK\n"
                + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), load());
        assertEquals(List.of(
                "content/news/x/ru.md:2: error: the file is not valid UTF-8; save it as UTF-8",
                "content/news/y/ru.md:7: error: the file is not valid UTF-8; save it as UTF-8"), messages());
    }

    @Test
    void readsTheNoteOfAnUpdateWithoutAWarning() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\nupdated: 2025-04-10\nchanges: \"Уточнены сроки\"\n---\nText\n");
        SourceArticle article = load().get(0);
        assertEquals("Уточнены сроки", article.changes());
        assertTrue(article.wasUpdated());
        assertEquals(List.of(), messages());
    }

    @Test
    void warnsAboutUnknownKeysWithASuggestion() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\ntagz: [a]\ncolour: red\n---\nText\n");
        List<SourceArticle> articles = load();
        assertEquals(1, articles.size(), "unknown keys are warnings, not errors");
        assertEquals(List.of(
                "content/news/x/ru.md:4: warning: unknown front-matter key 'tagz' is ignored; did you mean 'tags'?",
                "content/news/x/ru.md:5: warning: unknown front-matter key 'colour' is ignored; known keys: "
                        + "title, date, updated, changes, summary, tags, slug, draft, source, aliases, image, imageAlt"), messages());
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void keysGivenTwiceAndBadFlagsAreErrors() {
        story("x", "ru.md", "---\ntitle: A\ntitle: B\ndate: 2025-04-09\ndraft: yes\n---\nText\n");
        assertEquals(List.of(), load());
        assertEquals(List.of(
                "content/news/x/ru.md:3: error: 'title' is given twice",
                "content/news/x/ru.md:5: error: 'draft' must be true or false, not 'yes'"), messages());
    }

    @Test
    void slugsMustBeSafeUrlSegments() {
        story("a", "ru.md", "---\ntitle: T\ndate: 2025-04-09\nslug: ../../etc\n---\nText\n");
        story("b", "ru.md", "---\ntitle: T\ndate: 2025-04-09\nslug: \"новость\"\n---\nText\n");
        story("c", "ru.md", "---\ntitle: T\ndate: 2025-04-09\nslug: good-slug_1.2\n---\nText\n");
        story("2025-04-09-Новость дня", "ru.md", "---\ntitle: T\ndate: 2025-04-09\n---\nText\n");
        story("2025-04-09-другая", "ru.md", "---\ntitle: T\ndate: 2025-04-09\nslug: other\n---\nText\n");
        List<SourceArticle> articles = load();
        assertEquals(List.of("other", "good-slug_1.2"), articles.stream().map(SourceArticle::slug).toList());
        String rule = "which is not a safe URL segment (use letters a-z, digits, '-', '_', '.'; no '/' or '..')";
        assertEquals(List.of(
                "content/news/2025-04-09-Новость дня/ru.md: error: the folder name 'Новость дня' cannot be used in a "
                        + "URL; rename the folder or set 'slug' (letters a-z, digits, '-', '_', '.')",
                "content/news/a/ru.md:4: error: 'slug' has '../../etc', " + rule,
                "content/news/b/ru.md:4: error: 'slug' has 'новость', " + rule), messages());
    }

    @Test
    void unsafeAliasesAreErrors() {
        story("a", "ru.md", "---\ntitle: T\ndate: 2025-04-09\naliases: [/node/10378/, ../up]\n---\nText\n");
        assertEquals(List.of(), load());
        assertEquals(List.of("content/news/a/ru.md:4: error: alias '../up' is not a safe site path (use segments of "
                + "letters, digits, '-', '_', '.'; no '..')"), messages());
    }

    @Test
    void aFileNamedForAnotherLanguageIsAnError() {
        story("x", "de.md", "---\ntitle: T\ndate: 2025-04-09\n---\nText\n");
        story("x", "by.md", "---\ntitle: T\ndate: 2025-04-09\n---\nText\n");
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\n---\nText\n");
        assertEquals(1, load().size());
        assertEquals(List.of(
                "content/news/x/by.md: error: 'by.md' is not named for one of the site's languages (ru, be, en); "
                        + "name it ru.md, for example",
                "content/news/x/de.md: error: 'de.md' is not named for one of the site's languages (ru, be, en); "
                        + "name it ru.md, for example"), messages());
    }

    @Test
    void anArticleOutsideAStoryFolderIsAnError() {
        write(content.resolve("ru.md"), "---\ntitle: T\ndate: 2025-04-09\n---\nText\n");
        assertEquals(List.of(), load());
        assertEquals(List.of("content/ru.md: error: articles belong in a story folder: move it to "
                + "content/<story>/ru.md"), messages());
    }

    @Test
    void aMissingContentDirectoryIsAnError() {
        assertEquals(List.of(), load());
        assertEquals(List.of("content: error: the content directory does not exist"), messages());
    }

    @Test
    void reportsTheProblemsOfAllFilesAtOnceInAStableOrder() {
        story("c", "ru.md", "---\ntitle: T\n---\nText\n");
        story("a", "en.md", "---\ntitle: T\ndate: tomorrow\n---\nText\n");
        story("b", "ru.md", "---\ntitle: T\ndate: 2025-04-09\ndraft: maybe\nslug: a/b\n---\nText\n");
        story("b", "fr.md", "no front matter at all");
        story("d", "ru.md", "---\ntitle: Fine\ndate: 2025-04-09\n---\nText\n");
        List<SourceArticle> articles = load();
        assertEquals(List.of("Fine"), articles.stream().map(SourceArticle::title).toList());
        assertEquals(List.of(
                "content/news/a/en.md:3: error: 'date' has 'tomorrow', which is not a date; write 2025-04-09, "
                        + "2025-04-09T14:30 or 2025-04-09T14:30:00+03:00",
                "content/news/b/fr.md: error: 'fr.md' is not named for one of the site's languages (ru, be, en); "
                        + "name it ru.md, for example",
                "content/news/b/ru.md:4: error: 'draft' must be true or false, not 'maybe'",
                "content/news/b/ru.md:5: error: 'slug' has 'a/b', which is not a safe URL segment (use letters a-z, "
                        + "digits, '-', '_', '.'; no '/' or '..')",
                "content/news/c/ru.md:1: error: front matter has no 'date', which every article needs"), messages());
    }

    @Test
    void warnsAboutAnArticleWithoutText() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\n---\n\n");
        assertEquals(1, load().size());
        assertEquals(List.of("content/news/x/ru.md:5: warning: the article has no text after the front matter"),
                messages());
    }

    @Test
    void draftFlagIsRead() {
        story("x", "ru.md", "---\ntitle: T\ndate: 2025-04-09\ndraft: true\n---\nText\n");
        assertTrue(load().get(0).draft());
    }
}
