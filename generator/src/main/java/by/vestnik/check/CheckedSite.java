package by.vestnik.check;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A built site as the checks see it: its paths, the facts of its pages (by path, sorted), its URLs. */
final class CheckedSite {
    private final Set<String> paths;
    private final Map<String, PageFacts> pages;
    private final SiteLinks links;
    private final String baseUrl;
    private final Set<String> ownedTops = new HashSet<>();

    CheckedSite(Set<String> paths, Map<String, PageFacts> pages, SiteLinks links, String baseUrl) {
        this.paths = paths;
        this.pages = pages;
        this.links = links;
        this.baseUrl = baseUrl;
        for (String path : paths) {
            int slash = path.indexOf('/');
            ownedTops.add(slash < 0 ? path : path.substring(0, slash + 1));
        }
    }

    Map<String, PageFacts> pages() {
        return pages;
    }

    SiteLinks links() {
        return links;
    }

    String baseUrl() {
        return baseUrl;
    }

    boolean has(String path) {
        return paths.contains(path);
    }

    /** As a static server sees it: a directory path without its slash serves its index.html. */
    boolean exists(String target) {
        return paths.contains(target) || paths.contains(target + "/index.html");
    }

    /**
     * Whether a path lies where this site publishes: in one of the top-level folders (or at a
     * top-level file name) the build produced. On a host shared with other sections of a web site
     * (a base URL at the root), links to those sections are not ours to judge.
     */
    boolean isOurs(String target) {
        int slash = target.indexOf('/');
        String top = slash < 0 ? target : target.substring(0, slash + 1);
        return ownedTops.contains(top) || ownedTops.contains(top.endsWith("/") ? top : top + "/");
    }
}
