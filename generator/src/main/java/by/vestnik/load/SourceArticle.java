package by.vestnik.load;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One language version of a story as read from its file: front matter and Markdown body.
 *
 * @param storyId   the story folder's path below the content directory, with '/' separators
 * @param updated   when the text last changed in substance; the date when not given
 * @param tagsLine  the file line of the {@code tags} key, for messages about unknown tags
 * @param bodyLine  the file line on which the Markdown body starts (for messages about the body)
 * @param changes   what the update changed, for readers ({@code changes:}); empty when not given
 * @param image     the front matter's lead image, or null
 */
public record SourceArticle(
        Path file,
        String storyId,
        Path storyDir,
        String language,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        String summary,
        List<String> tags,
        int tagsLine,
        String slug,
        boolean draft,
        String source,
        List<String> aliases,
        ArticleBody body,
        int bodyLine,
        String changes,
        LeadImage image) {

    public SourceArticle {
        // held for every article through the build: one instance of each language, story id and
        // tag (copies of these and of the story folder were some 10 MB at 3 x 10,000, by a heap dump)
        language = language.intern();
        storyId = storyId.intern();
        tags = tags.stream().map(String::intern).toList();
        aliases = List.copyOf(aliases);
        changes = changes == null ? "" : changes;
    }

    /** An article without a note of changes or a front-matter image. */
    public SourceArticle(Path file, String storyId, Path storyDir, String language, String title, ZonedDateTime date,
                         ZonedDateTime updated, String summary, List<String> tags, int tagsLine, String slug,
                         boolean draft, String source, List<String> aliases, ArticleBody body, int bodyLine) {
        this(file, storyId, storyDir, language, title, date, updated, summary, tags, tagsLine, slug, draft, source,
                aliases, body, bodyLine, "", null);
    }

    /** True when the text changed after it was first published ({@code updated} later than {@code date}). */
    public boolean wasUpdated() {
        return updated.toInstant().isAfter(date.toInstant());
    }

    /** An article whose body is held in memory (tests, generated content). */
    public SourceArticle(Path file, String storyId, Path storyDir, String language, String title, ZonedDateTime date,
                         ZonedDateTime updated, String summary, List<String> tags, int tagsLine, String slug,
                         boolean draft, String source, List<String> aliases, String body, int bodyLine) {
        this(file, storyId, storyDir, language, title, date, updated, summary, tags, tagsLine, slug, draft, source,
                aliases, ArticleBody.of(body), bodyLine);
    }
}
