package by.vestnik.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Google's hreflang rules checked over a whole generated site, knowing nothing of how it was made:
 * every page names itself among its alternates, every alternate is an absolute URL of an existing
 * page whose canonical URL it is, codes are the site's languages or x-default (each at most once),
 * and every page an alternate points to lists exactly the same set (reciprocity).
 *
 * <p>Pages marked {@code <meta name="robots" content="noindex">} are outside the hreflang groups: they
 * must carry no alternates and no alternate may point to them. A noindex page whose canonical URL
 * is another page's (a redirect left at an old address) must point to an indexable page of the site
 * and refresh to that page; any other noindex page (a 404 page) must name itself as canonical.
 * Page 2 and later of a paginated list (a page with {@code <link rel="prev">}) has no equivalent in
 * another language: it must name itself as canonical and carry no alternates.
 */
public final class HreflangChecker {
    private final Path root;
    private final String baseUrl;
    private final Set<String> languages;

    public HreflangChecker(Path root, String baseUrl, List<String> languages) {
        this.root = root;
        this.baseUrl = baseUrl;
        this.languages = Set.copyOf(languages);
    }

    /**
     * One page's canonical URL, {@code <html lang>}, alternates (hreflang to URL), whether it is
     * noindex, and the URL of its meta refresh (empty without one).
     */
    public record Page(String file, String canonical, String lang, Map<String, String> alternates, boolean noindex,
                       String refresh, boolean continuation) {
    }

    public static Page page(Path root, String file) {
        Document doc = Jsoup.parse(TestSites.read(root.resolve(file)));
        Element canonical = doc.selectFirst("link[rel=canonical]");
        Map<String, String> alternates = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Element link : doc.select("link[rel=alternate][hreflang]")) {
            if (alternates.put(link.attr("hreflang"), link.attr("href")) != null) {
                problems.add(file + ": hreflang '" + link.attr("hreflang") + "' given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        Element robots = doc.selectFirst("meta[name=robots]");
        boolean noindex = robots != null && robots.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex");
        Element refresh = doc.selectFirst("meta[http-equiv=refresh]");
        String refreshUrl = refresh == null ? "" : refresh.attr("content").replaceFirst("(?i)^\\s*\\d+\\s*;\\s*url=", "");
        return new Page(file, canonical == null ? null : canonical.attr("href"), doc.selectFirst("html").attr("lang"),
                alternates, noindex, refreshUrl, doc.selectFirst("head link[rel=prev]") != null);
    }

    /** The URL a page is served at: directories by their {@code index.html}. */
    private String urlOf(String file) {
        return baseUrl + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    /** All problems found; empty when the site obeys the rules. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Page> byUrl = new TreeMap<>();
        List<Page> pages = TestSites.files(root, ".html").stream().map(f -> page(root, f)).toList();
        for (Page page : pages) {
            if (page.canonical() == null) {
                problems.add(page.file() + ": no canonical link");
                continue;
            }
            String expected = urlOf(page.file());
            boolean redirect = page.noindex() && !page.canonical().equals(expected);
            if (!page.canonical().equals(expected) && !redirect) {
                problems.add(page.file() + ": canonical " + page.canonical() + ", expected " + expected);
            }
            if (!redirect && byUrl.put(page.canonical(), page) != null) {
                problems.add(page.file() + ": another page has the same canonical " + page.canonical());
            }
        }
        for (Page page : pages) {
            if (page.canonical() == null) {
                continue;
            }
            if (page.noindex()) {
                if (!page.alternates().isEmpty()) {
                    problems.add(page.file() + ": noindex page has hreflang alternates " + page.alternates());
                }
                if (!page.canonical().equals(urlOf(page.file()))) {
                    Page target = byUrl.get(page.canonical());
                    if (target == null) {
                        problems.add(page.file() + ": redirect's canonical " + page.canonical() + " is not a page of the site");
                    } else if (target.noindex()) {
                        problems.add(page.file() + ": redirect's canonical " + page.canonical() + " is a noindex page");
                    }
                    String refresh = java.net.URI.create(urlOf(page.file())).resolve(page.refresh()).toString();
                    if (!page.canonical().equals(refresh)) {
                        problems.add(page.file() + ": redirect refreshes to '" + page.refresh() + "', not to its canonical "
                                + page.canonical());
                    }
                }
                continue;
            }
            if (page.continuation()) {
                if (!page.alternates().isEmpty()) {
                    problems.add(page.file() + ": a later page of a list has hreflang alternates " + page.alternates());
                }
                continue;
            }
            if (page.alternates().isEmpty()) {
                problems.add(page.file() + ": no hreflang alternates");
                continue;
            }
            if (!page.alternates().containsValue(page.canonical())) {
                problems.add(page.file() + ": does not list itself (" + page.canonical() + ") among " + page.alternates());
            } else if (!page.canonical().equals(page.alternates().get(page.lang()))
                    && !page.canonical().equals(page.alternates().get("x-default"))) {
                problems.add(page.file() + ": lists itself under a code other than its lang '" + page.lang() + "'");
            }
            if (!page.alternates().containsKey("x-default")) {
                problems.add(page.file() + ": no x-default");
            }
            page.alternates().forEach((code, href) -> {
                if (!code.equals("x-default") && !languages.contains(code)) {
                    problems.add(page.file() + ": hreflang '" + code + "' is not a site language");
                }
                if (!href.startsWith(baseUrl)) {
                    problems.add(page.file() + ": alternate " + code + " " + href + " is not an absolute URL of the site");
                    return;
                }
                Page target = byUrl.get(href);
                if (target == null) {
                    problems.add(page.file() + ": alternate " + code + " " + href + " is not a page of the site");
                    return;
                }
                if (target.noindex()) {
                    problems.add(page.file() + ": alternate " + code + " " + href + " is a noindex page");
                    return;
                }
                if (!code.equals("x-default") && !code.equals(target.lang())) {
                    problems.add(page.file() + ": alternate " + code + " points to " + target.file()
                            + " whose lang is '" + target.lang() + "'");
                }
                if (!target.alternates().equals(page.alternates())) {
                    problems.add(page.file() + " lists " + page.alternates() + " but its alternate " + target.file()
                            + " lists " + target.alternates());
                }
            });
        }
        if (pages.isEmpty() || !Files.isDirectory(root)) {
            problems.add("no HTML pages under " + root);
        }
        return problems;
    }
}
