package by.vestnik.check;

import static by.vestnik.check.XmlElements.child;
import static by.vestnik.check.XmlElements.children;
import static by.vestnik.check.XmlElements.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sitemap lists pages of the site, each once, and every indexable page. Its files are read
 * in path order: a page listed in two of them is reported in the second.
 */
final class SitemapCheck implements SiteCheck {
    /** The {@code loc} of each sitemap file, by file path: only these are kept of the parsed files. */
    private final Map<String, List<String>> locations = new TreeMap<>();

    @Override
    public void xml(CheckedSite site, String path, Document sitemap, Findings findings) {
        Element urlset = child(sitemap, "urlset");
        if (urlset == null || child(sitemap, "rss") != null) { // a file with both is a feed, as FeedCheck sees it
            return;
        }
        sitemap(site, path, children(urlset, "url").stream().map(url -> text(url, "loc")).toList(), findings);
    }

    @Override
    public void sitemap(CheckedSite site, String path, List<String> locs, Findings findings) {
        synchronized (locations) {
            locations.put(path, locs);
        }
    }

    @Override
    public void site(CheckedSite site, Findings findings) {
        Set<String> listed = new HashSet<>();
        locations.forEach((path, locs) -> {
            for (String loc : locs) {
                Optional<String> page = site.links().pageOf(loc);
                if (page.isEmpty() || !site.has(page.get())) {
                    findings.report(path, "lists " + loc + ", which is not a page of the site");
                } else if (!listed.add(page.get())) {
                    findings.report(path, "lists " + loc + " more than once");
                }
            }
        });
        if (site.has("sitemap.xml")) {
            site.pages().values().stream()
                    .filter(page -> page.indexable() && !listed.contains(page.path()))
                    .forEach(page -> findings.report(page.path(), "the sitemap does not list this page"));
        }
    }
}
