package by.vestnik.load;

import by.vestnik.graph.BuildMemo;
import by.vestnik.graph.MemoInput;
import by.vestnik.graph.MemoOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What the last build parsed of each article file, by the file's content (its size and
 * {@link ContentHash}, as the fingerprint took them): a rebuild neither reads nor parses again a
 * file whose content is the one parsed. Only files that parsed without a diagnostic are
 * remembered, so every warning shows again on every build. The body is not kept, only its digest;
 * it is read from the file when the page is rendered, as a freshly loaded one is.
 */
public final class ParsedArticles {
    private static final String SECTION = "articles";
    private static final ParsedArticles NONE = new ParsedArticles(BuildMemo.Entries.none(), null);

    private final BuildMemo.Entries last;
    private final BuildMemo.Writer next;

    private ParsedArticles(BuildMemo.Entries last, BuildMemo.Writer next) {
        this.last = last;
        this.next = next;
    }

    /** Nothing remembered, nothing kept: every file is read and parsed. */
    public static ParsedArticles none() {
        return NONE;
    }

    /** What {@code last} remembered, keeping this build's parses in {@code next} (null: nowhere). */
    public static ParsedArticles of(BuildMemo last, BuildMemo.Next next) throws IOException {
        return new ParsedArticles(last.entries(SECTION), next == null ? null : next.entries(SECTION));
    }

    /** The article the last build parsed from the file at {@code key} when its content was {@code content}. */
    Optional<SourceArticle> last(String key, InputHashes.Content content, Path file, String storyId, Path storyDir,
                                 String language) {
        try {
            return last.get(key).flatMap(in -> in.longValue() == content.size() && in.longValue() == content.checksum()
                    ? Optional.of(read(in, file, storyId, storyDir, language)) : Optional.empty());
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: the file is parsed
        }
    }

    /** Keeps the article, parsed from a file at {@code key} with this content, for the next build. */
    void remember(String key, InputHashes.Content content, SourceArticle article) {
        if (next == null) {
            return;
        }
        next.entry(key, out -> {
            out.longValue(content.size()).longValue(content.checksum());
            out.string(article.title()).string(article.summary()).strings(article.tags()).integer(article.tagsLine())
                    .string(article.slug()).bool(article.draft()).string(article.source()).strings(article.aliases())
                    .string(article.body().digest()).integer(article.bodyLine()).string(article.changes());
            date(out, article.date());
            date(out, article.updated());
            LeadImage image = article.image();
            out.bool(image != null);
            if (image != null) {
                out.string(image.file()).string(image.alt()).integer(image.line());
            }
        });
    }

    /** Closes what this build kept. */
    public void finish() throws IOException {
        if (next != null) {
            next.close();
        }
    }

    private static SourceArticle read(MemoInput in, Path file, String storyId, Path storyDir, String language) {
        String title = in.string();
        String summary = in.string();
        var tags = in.strings();
        int tagsLine = in.integer();
        String slug = in.string();
        boolean draft = in.bool();
        String source = in.string();
        var aliases = in.strings();
        String bodyDigest = in.string();
        int bodyLine = in.integer();
        String changes = in.string();
        ZonedDateTime date = date(in);
        ZonedDateTime updated = date(in);
        LeadImage image = in.bool() ? new LeadImage(in.string(), in.string(), in.integer()) : null;
        return new SourceArticle(file, storyId, storyDir, language, title, date, updated, summary, tags, tagsLine, slug,
                draft, source, aliases, ArticleBody.inFileDigested(file, bodyDigest), bodyLine, changes, image);
    }

    private static void date(MemoOutput out, ZonedDateTime date) {
        out.longValue(date.toEpochSecond()).integer(date.getNano()).string(date.getZone().getId());
    }

    private static ZonedDateTime date(MemoInput in) {
        Instant instant = Instant.ofEpochSecond(in.longValue(), in.integer());
        return ZonedDateTime.ofInstant(instant, ZoneId.of(in.string()));
    }
}
