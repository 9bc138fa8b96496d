package by.vestnik.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader LiveMinistrySiteTest derives its expectations from: it must read the README's rules
 * the way the engine applies them, or the live checks would expect the wrong pages.
 */
class ContentIndexTest {
    @TempDir
    Path tmp;

    @Test
    void readsSlugsYearsDraftsAndScheduledStoriesAsTheReadmeStatesThem() {
        Path content = tmp.resolve("content");
        TestSites.write(content.resolve("tags.yaml"), "roads:\n  slug: dorogi\n  ru: Дороги\n  be: Дарогі\n  en: Roads\n");
        TestSites.write(content.resolve("news/2025-01-02-plain/ru.md"),
                TestSites.article("Обычная", "2025-01-02", "tags: [roads]\naliases: [\"/node/7\"]\n", "Текст."));
        TestSites.write(content.resolve("news/2025-01-02-plain/en.md"),
                TestSites.article("Plain", "2025-01-02T10:15", "", "Text."));
        TestSites.write(content.resolve("news/x/ru.md"),
                TestSites.article("Своя", "2024-12-31T23:30:00Z", "slug: own-slug\n", "Текст."));
        TestSites.write(content.resolve("news/2025-02-01-draft/ru.md"),
                TestSites.article("Черновик", "2025-02-01", "draft: true\n", "Текст."));
        TestSites.write(content.resolve("news/2030-01-01-later/ru.md"),
                TestSites.article("Позже", "2030-01-01", "", "Текст."));
        TestSites.write(content.resolve("news/2025-01-02-plain/notes.txt"), "not a version");

        ContentIndex index = ContentIndex.read(content, TestSites.LANGUAGES, TestSites.MINSK);
        Instant now = Instant.parse("2025-06-01T00:00:00Z");

        // 23:30 UTC on 31 December is 2025 in Minsk: the year is the site's
        assertEquals(List.of("ru/news/2025/plain/", "ru/news/2025/own-slug/"),
                index.published("ru", now).stream().map(ContentIndex.Version::path).toList());
        assertEquals(List.of("en/news/2025/plain/"), index.published("en", now).stream().map(ContentIndex.Version::path).toList());
        assertEquals(List.of(), index.published("be", now));
        assertEquals(5, index.all().size(), "every <lang>.md, drafts and later ones included, nothing else");
        ContentIndex.Version plain = index.published("ru", now).get(0);
        assertEquals(List.of("en", "ru"), index.translations(plain, now).stream().map(ContentIndex.Version::language).toList());
        assertEquals(List.of("roads"), plain.tags());
        assertEquals("dorogi", index.tagSlug("roads"));
        assertEquals("node/7/index.html", ContentIndex.Version.aliasFile(plain.aliases().get(0)));
        assertEquals(Instant.parse("2025-01-02T07:15:00Z"), index.published("en", now).get(0).date().toInstant(),
                "a time without a zone is in the site's");
    }
}
