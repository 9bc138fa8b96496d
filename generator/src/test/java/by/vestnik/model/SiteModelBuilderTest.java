package by.vestnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostics;
import by.vestnik.load.SourceArticle;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placing loaded articles in the site: grouping, order, publication, URLs. */
class SiteModelBuilderTest {
    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");

    @TempDir
    Path project;
    Diagnostics diagnostics = new Diagnostics();

    SiteConfig config(boolean drafts) {
        return SiteConfig.builder().project(project).baseUrl("https://mpt.gov.by/press")
                .languages(List.of("ru", "be", "en")).timeZone(MINSK).now(NOW).drafts(drafts).build();
    }

    SourceArticle source(String story, String language, String date, String slug, boolean draft) {
        Path dir = project.resolve("content/news").resolve(story);
        ZonedDateTime when = java.time.LocalDateTime.parse(date).atZone(MINSK);
        return new SourceArticle(dir.resolve(language + ".md"), "news/" + story, dir, language, story + " " + language,
                when, when, null, List.of(), 0, slug, draft, null, List.of(), "Text\n", 5);
    }

    Site build(boolean drafts, SourceArticle... sources) {
        return new SiteModelBuilder(config(drafts), diagnostics).build(List.of(sources), java.util.Map.of());
    }

    static List<String> paths(List<Article> articles) {
        return articles.stream().map(Article::path).toList();
    }

    @Test
    void groupsTheVersionsOfAStoryByItsFolderInTheSitesLanguageOrder() {
        Site site = build(false,
                source("a", "en", "2025-04-09T00:00", "a", false),
                source("a", "ru", "2025-04-09T00:00", "a", false),
                source("b", "ru", "2025-05-01T00:00", "b", false),
                source("a", "be", "2025-04-09T00:00", "a-be", false));
        assertEquals(List.of("news/a", "news/b"), site.stories().stream().map(Story::id).toList());
        Story a = site.stories().get(0);
        assertEquals(List.of("ru", "be", "en"), a.versions().stream().map(Article::language).toList());
        assertEquals(List.of("ru/news/2025/a/", "be/news/2025/a-be/", "en/news/2025/a/"), paths(a.versions()));
        assertEquals(Optional.empty(), site.stories().get(1).version("en"));
        assertEquals(a, site.story(a.versions().get(2)));
        assertEquals(Optional.of(a), site.storyAt(project.resolve("content/news/a")));
        assertEquals(Optional.of(a.versions().get(0)), site.articleAt(project.resolve("content/news/a/ru.md")));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void listsEachLanguagesArticlesNewestFirst() {
        Site site = build(false,
                source("old", "ru", "2024-12-31T23:59", "old", false),
                source("noon", "ru", "2025-04-09T12:00", "noon", false),
                source("morning", "ru", "2025-04-09T09:00", "morning", false),
                source("same-b", "ru", "2025-03-01T00:00", "same-b", false),
                source("same-a", "ru", "2025-03-01T00:00", "same-a", false),
                source("noon", "en", "2025-04-09T12:00", "noon", false));
        assertEquals(List.of("ru/news/2025/noon/", "ru/news/2025/morning/", "ru/news/2025/same-a/",
                "ru/news/2025/same-b/", "ru/news/2024/old/"), paths(site.articles("ru")),
                "newest first; equal dates ordered by path");
        assertEquals(List.of("en/news/2025/noon/"), paths(site.articles("en")));
        assertEquals(List.of(), site.articles("be"));
    }

    @Test
    void ordersByInstantNotByLocalTime() {
        SourceArticle early = source("x", "ru", "2025-04-09T10:00", "x", false);
        // 09:00 in UTC is 12:00 in Minsk: later than 10:00 Minsk
        SourceArticle late = new SourceArticle(project.resolve("content/news/y/ru.md"), "news/y",
                project.resolve("content/news/y"), "ru", "y", ZonedDateTime.parse("2025-04-09T09:00:00Z"),
                ZonedDateTime.parse("2025-04-09T09:00:00Z"), null, List.of(), 0, "y", false, null, List.of(), "Text\n", 5);
        assertEquals(List.of("ru/news/2025/y/", "ru/news/2025/x/"), paths(build(false, early, late).articles("ru")));
    }

    @Test
    void leavesOutDraftsAndFutureStoriesUnlessDraftsAreShown() {
        SourceArticle published = source("pub", "ru", "2025-04-09T00:00", "pub", false);
        SourceArticle draft = source("draft", "ru", "2025-04-10T00:00", "draft", true);
        SourceArticle future = source("future", "ru", "2025-10-01T15:00:01", "future", false); // 12:00:01Z
        SourceArticle dueNow = source("due", "ru", "2025-10-01T15:00:00", "due", false);       // exactly now
        Site site = build(false, published, draft, future, dueNow);
        assertEquals(List.of("ru/news/2025/due/", "ru/news/2025/pub/"), paths(site.articles("ru")));
        assertEquals(List.of("news/due", "news/pub"), site.stories().stream().map(Story::id).toList());
        assertEquals(Optional.empty(), site.articleAt(draft.file()), "links to a draft find no page");

        Site preview = build(true, published, draft, future, dueNow);
        assertEquals(List.of("ru/news/2025/future/", "ru/news/2025/due/", "ru/news/2025/draft/", "ru/news/2025/pub/"),
                paths(preview.articles("ru")));
    }

    @Test
    void aDraftTranslationLeavesTheOtherVersionsPublished() {
        Site site = build(false,
                source("a", "ru", "2025-04-09T00:00", "a", false),
                source("a", "en", "2025-04-09T00:00", "a", true));
        assertEquals(List.of("ru"), site.stories().get(0).versions().stream().map(Article::language).toList());
    }

    @Test
    void twoArticlesOnOneUrlIsAnError() {
        SourceArticle first = source("2025-04-09-a", "ru", "2025-04-09T00:00", "same", false);
        SourceArticle second = source("2025-05-01-b", "ru", "2025-05-01T00:00", "same", false);
        SourceArticle otherYear = source("2024-05-01-c", "ru", "2024-05-01T00:00", "same", false);
        SourceArticle otherLanguage = source("2025-05-01-b", "en", "2025-05-01T00:00", "same", false);
        build(false, first, second, otherYear, otherLanguage);
        List<String> messages = diagnostics.sorted().stream().map(d -> d.format(project)).toList();
        assertEquals(List.of("content/news/2025-05-01-b/ru.md: error: this article would be written to "
                + "/ru/news/2025/same/, which content/news/2025-04-09-a/ru.md already uses; give one of them another 'slug'"),
                messages);
    }

    @Test
    void aDraftDoesNotClaimAUrl() {
        build(false,
                source("a", "ru", "2025-04-09T00:00", "same", true),
                source("b", "ru", "2025-05-01T00:00", "same", false));
        assertTrue(!diagnostics.hasErrors(), diagnostics.sorted().toString());
    }

    @Test
    void urlsCarryTheBaseUrlsSubPath() {
        Site site = build(false, source("a", "ru", "2025-04-09T00:00", "a", false));
        SiteUrls urls = site.urls();
        assertEquals("https://mpt.gov.by/press/ru/news/2025/a/", urls.absolute("ru/news/2025/a/"));
        assertEquals("/press/ru/news/2025/a/", urls.href("ru/news/2025/a/"));
        assertEquals("https://mpt.gov.by", urls.origin());
        assertEquals("ru/news/2025/a/index.html", SiteUrls.file("ru/news/2025/a/"));
        assertEquals("index.html", SiteUrls.file(""));
        assertEquals("ru/rss.xml", SiteUrls.file(SiteUrls.feed("ru")));
    }
}
