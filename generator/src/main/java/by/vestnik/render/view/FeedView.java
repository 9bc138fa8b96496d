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

    /**
     * One item. {@code description} is HTML to feed readers, so the plain-text summary arrives here
     * already HTML-escaped ({@code summaryHtml}); the full HTML goes into {@code content:encoded}.
     */
    public record FeedItem(String title, String link, String pubDate, String summaryHtml, String html) {
    }
}
