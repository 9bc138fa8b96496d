package by.vestnik.load;

import by.vestnik.graph.ChangeDigest;

import java.nio.file.Path;

/**
 * The Markdown body of an article. Loaded articles read theirs from the file again when they are
 * rendered, so that a site of tens of thousands of articles never holds all texts in memory.
 */
public interface ArticleBody {
    String text();

    /**
     * The digest of the text ({@link ChangeDigest#of}), taken when it was loaded: a rebuild tells
     * an unchanged body by it without reading the file again.
     */
    String digest();

    /** A body held in memory. */
    static ArticleBody of(String text) {
        return body(() -> text, ChangeDigest.of(text));
    }

    /** The body of an article file, read again (and split from its front matter) on each call; {@code loaded} is the text as loaded. */
    static ArticleBody inFile(Path file, String loaded) {
        return inFileDigested(file, ChangeDigest.of(loaded));
    }

    /** The body of an article file, read again on each call; {@code digest} is the digest of the text as loaded. */
    static ArticleBody inFileDigested(Path file, String digest) {
        return body(() -> {
            String text = ContentText.read(file).orElseThrow(() -> new IllegalStateException(
                    file + " became unreadable while the site was built; build again"));
            return FrontMatter.split(text).map(FrontMatter::body).orElseThrow(() -> new IllegalStateException(
                    file + " changed while the site was built; build again"));
        }, digest);
    }

    /** A body whose text {@code text} gives, with the digest of that text. */
    private static ArticleBody body(java.util.function.Supplier<String> text, String digest) {
        return new ArticleBody() {
            @Override
            public String text() {
                return text.get();
            }

            @Override
            public String digest() {
                return digest;
            }
        };
    }
}
