package by.vestnik.render;

import by.vestnik.render.view.Alternate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pages the sitemap lists, registered by the renderers as they write them, so that the
 * sitemap carries exactly the pages and alternates that exist.
 */
public final class SitemapEntries {
    /** One {@code <url>}: absolute location, W3C date, and the hreflang alternates (itself included). */
    public record Entry(String loc, String lastmod, List<Alternate> alternates) {
        public Entry {
            alternates = List.copyOf(alternates);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** All entries ordered by location, so that the sitemap never depends on thread timing. */
    public synchronized List<Entry> sorted() {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(Entry::loc));
        return copy;
    }
}
