package by.vestnik.load;

import java.nio.file.Path;

/**
 * The Markdown body of an article. Loaded articles read theirs from the file again when they are
 * rendered, so that a site of tens of thousands of articles never holds all texts in memory.
 */
public interface ArticleBody {
    String text();

    /** A body held in memory. */
    static ArticleBody of(String text) {
        return () -> text;
    }

    /** The body of an article file, read again (and split from its front matter) on each call. */
    static ArticleBody inFile(Path file) {
        return () -> {
            String text = ContentText.read(file).orElseThrow(() -> new IllegalStateException(
                    file + " became unreadable while the site was built; build again"));
            return FrontMatter.split(text).map(FrontMatter::body).orElseThrow(() -> new IllegalStateException(
                    file + " changed while the site was built; build again"));
        };
    }
}
