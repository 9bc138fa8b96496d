package by.vestnik.render;

import by.vestnik.render.view.Alternate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /**
     * One instance of each list of alternates: the versions of a story (and the pages of a topic in
     * each language) list the same alternates, and every entry is held until the sitemap is
     * written, a third of the sitemap's memory at 3 x 10,000 once shared.
     */
    private final Map<List<Alternate>, List<Alternate>> alternates = new HashMap<>();

    synchronized void add(Entry entry) {
        List<Alternate> shared = alternates.computeIfAbsent(entry.alternates(), list -> list);
        String loc = shared.stream().map(Alternate::href).filter(entry.loc()::equals).findFirst().orElse(entry.loc());
        entries.add(new Entry(loc, entry.lastmod(), shared));
    }

    /** All entries ordered by location, so that the sitemap never depends on thread timing. */
    public synchronized List<Entry> sorted() {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(Entry::loc));
        return copy;
    }
}
