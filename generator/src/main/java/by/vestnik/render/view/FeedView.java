package by.vestnik.render.view;

import java.util.List;

/** An RSS 2.0 channel; every URL absolute, every date RFC 822. */
public record FeedView(
        String title,
        String link,
        String selfUrl,
        String description,
        String language,
        String lastBuildDate,
        List<FeedItem> items) {

    public FeedView {
        items = List.copyOf(items);
    }

    /** One item: the summary goes into {@code description}, the full HTML into {@code content:encoded}. */
    public record FeedItem(String title, String link, String pubDate, String summary, String html) {
    }
}
