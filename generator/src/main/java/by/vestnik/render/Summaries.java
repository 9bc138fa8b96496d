package by.vestnik.render;

import by.vestnik.model.Article;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each article's summary: its front-matter {@code summary}, or else the first paragraph of its
 * text. Filled while article pages render (the body is parsed there anyway) and read by lists and
 * feeds, which so never parse a body just for its summary.
 */
public final class Summaries {
    private final Map<String, String> byPath = new ConcurrentHashMap<>();

    void put(Article article, String firstParagraph) {
        String summary = article.source().summary();
        byPath.put(article.path(), summary != null ? summary : firstParagraph);
    }

    public String of(Article article) {
        String summary = byPath.get(article.path());
        if (summary == null) {
            throw new IllegalStateException("no summary for " + article.path() + ": article pages render first");
        }
        return summary;
    }
}
