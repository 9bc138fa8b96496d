package by.vestnik.model;

import java.net.URI;

/**
 * Every URL of the site, computed in one place. A page path is relative to the base URL
 * ({@code ru/news/2025/slug/}, {@code ru/rss.xml}, or empty for the root) and becomes an absolute
 * URL for hreflang, feeds and sitemaps, or a root-relative link (carrying the base URL's
 * sub-path) inside pages.
 */
public final class SiteUrls {
    private final String base;
    private final String basePath;

    public SiteUrls(URI baseUrl) {
        this.base = baseUrl.toString();
        this.basePath = baseUrl.getRawPath();
    }

    public static String home(String language) {
        return language + "/";
    }

    public static String feed(String language) {
        return language + "/rss.xml";
    }

    public static String article(String language, int year, String slug) {
        return language + "/news/" + year + "/" + slug + "/";
    }

    /** The file that serves a page path: directories get their {@code index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** {@code https://host/sub/ru/} for {@code ru/}. */
    public String absolute(String path) {
        return base + path;
    }

    /** {@code /sub/ru/} for {@code ru/}: works at any depth of the site. */
    public String href(String path) {
        return basePath + path;
    }

    public String basePath() {
        return basePath;
    }

    /** Scheme and host of the base URL, for making root-relative links absolute. */
    public String origin() {
        return base.substring(0, base.length() - basePath.length());
    }
}
