package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.render.view.ImageView;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What lists and feeds need of each article's body, taken while its page renders (the body is
 * parsed there, once): its summary — the front-matter {@code summary}, or else the first
 * paragraph's words — and, for the articles that feeds carry, the HTML with absolute links.
 */
public final class ArticleExtracts {
    private final Map<String, String> summaries = new ConcurrentHashMap<>();
    private final Map<String, String> feedHtml = new ConcurrentHashMap<>();
    private final Map<String, ImageView> leads = new ConcurrentHashMap<>();

    /** The version's lead image (its first photo), for the thumbnail in lists. */
    void putLead(Article article, ImageView lead) {
        leads.put(article.path(), lead);
    }

    /** The lead image, or null when the version shows no photo. */
    ImageView lead(Article article) {
        return leads.get(article.path());
    }

    void put(Article article, String firstParagraph, String feedHtmlOrNull) {
        String summary = article.source().summary();
        summaries.put(article.path(), summary != null ? summary : firstParagraph);
        if (feedHtmlOrNull != null) {
            feedHtml.put(article.path(), feedHtmlOrNull);
        }
    }

    public String summary(Article article) {
        return required(summaries, article);
    }

    String feedHtml(Article article) {
        return required(feedHtml, article);
    }

    private static String required(Map<String, String> values, Article article) {
        String value = values.get(article.path());
        if (value == null) {
            throw new IllegalStateException("nothing extracted for " + article.path() + ": article pages render first");
        }
        return value;
    }
}
