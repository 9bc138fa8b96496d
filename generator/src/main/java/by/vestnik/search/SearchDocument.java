package by.vestnik.search;

import java.util.List;

/**
 * An article as the index sees it: what a result shows (link, title, date in words and in ISO 8601,
 * an excerpt for the snippet) and what filters use (year, topic slugs).
 */
public record SearchDocument(String href, String title, String dateIso, String dateText, int year,
                             List<String> topics, String text) {
    public SearchDocument {
        topics = List.copyOf(topics);
    }
}
