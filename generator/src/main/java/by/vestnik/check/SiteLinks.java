package by.vestnik.check;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns the URLs found in pages into the site's file paths, for those that point into the site. */
final class SiteLinks {
    private final URI base;
    private final String basePath;
    /**
     * The targets of links that mean the same on every page ({@code /ru/tags/}, {@code https://…}):
     * the same navigation and asset links are on every page, and resolving a URI is most of what
     * checking a link costs.
     */
    private final java.util.Map<String, Optional<String>> pageIndependent = new java.util.concurrent.ConcurrentHashMap<>();

    SiteLinks(URI baseUrl) {
        this.base = baseUrl;
        this.basePath = baseUrl.getRawPath();
    }

    String baseUrl() {
        return base.toString();
    }

    /**
     * True for an absolute link to another site: no check looks at it ({@link #target} is empty,
     * whatever the page), so the facts of a page need not keep it. Resolved each time, not cached.
     */
    boolean leavesSite(String href) {
        return isAbsoluteHttp(href) && resolve("", href).isEmpty();
    }

    boolean isAbsoluteHttp(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    /**
     * The file a link from {@code pagePath} leads to, or empty when the link leaves the site
     * (another host, mailto:, a path above the base URL's sub-path).
     */
    Optional<String> target(String pagePath, String href) {
        if (href.startsWith("/") && !href.startsWith("//") || isAbsoluteHttp(href)) {
            return pageIndependent.computeIfAbsent(href, link -> resolve("", link));
        }
        return resolve(pagePath, href);
    }

    private Optional<String> resolve(String pagePath, String href) {
        String link = href.strip();
        if (link.isEmpty() || link.startsWith("#")) {
            return Optional.empty();
        }
        URI resolved;
        try {
            resolved = base.resolve(pagePath.isEmpty() ? "" : pagePath).resolve(link.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.of("(malformed) " + link);
        }
        if (resolved.getScheme() == null || !(resolved.getScheme().equals("http") || resolved.getScheme().equals("https"))) {
            return Optional.empty();
        }
        if (!sameOrigin(resolved) || resolved.getRawPath() == null || !resolved.getRawPath().startsWith(basePath)) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(resolved.getRawPath().substring(basePath.length()).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /** The page's own path for an absolute URL of the site, such as a canonical or hreflang link. */
    Optional<String> pageOf(String absoluteUrl) {
        return isAbsoluteHttp(absoluteUrl) ? target("", absoluteUrl) : Optional.empty();
    }

    private boolean sameOrigin(URI uri) {
        return uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost()) && uri.getPort() == base.getPort();
    }
}
