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

    /** The archive: a list of years. */
    public static String archive(String language) {
        return language + "/news/";
    }

    public static String year(String language, int year) {
        return language + "/news/" + year + "/";
    }

    public static String tags(String language) {
        return language + "/tags/";
    }

    public static String tag(String language, String slug) {
        return language + "/tags/" + slug + "/";
    }

    public static String tagFeed(String language, String slug) {
        return tag(language, slug) + "rss.xml";
    }

    /** The search page; its index lies below, in {@code index/}. */
    public static String search(String language) {
        return language + "/search/";
    }

    public static String searchIndex(String language) {
        return search(language) + "index/";
    }

    public static String notFound(String language) {
        return language + "/404.html";
    }

    /** Page {@code number} (1-based) of a list whose first page is at {@code first}. */
    public static String page(String first, int number) {
        return number == 1 ? first : first + "page/" + number + "/";
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
