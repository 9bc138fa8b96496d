package by.vestnik.check;

import org.jsoup.nodes.Document;

/**
 * One check of a built site, as a crawler would make it. The {@link SiteChecker} takes the facts
 * of every page first, then parses every XML file once and hands it to every check, then lets
 * every check look at the whole site.
 */
interface SiteCheck {
    /** Sees one parsed XML file of the site (a feed, a sitemap); called from several threads at once. */
    default void xml(CheckedSite site, String path, Document xml, Findings findings) {
    }

    /**
     * Sees the locations of one sitemap file ({@code <urlset>}), read as a stream in place of
     * {@link #xml}; called from several threads at once.
     */
    default void sitemap(CheckedSite site, String path, java.util.List<String> locations, Findings findings) {
    }

    /** Runs once every page and every XML file of the site was seen. */
    default void site(CheckedSite site, Findings findings) {
    }
}
