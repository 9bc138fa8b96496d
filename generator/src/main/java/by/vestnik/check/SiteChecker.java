package by.vestnik.check;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Checks a rendered site as a crawler would: every internal link and image resolves, every
 * hreflang group is complete (itself and x-default included), absolute and reciprocal, every feed
 * is RSS 2.0 with absolute links, and the sitemap lists every indexable page once. Each finding
 * names the page and, where known, the source file it came from.
 */
public final class SiteChecker {
    private static final Evaluator CONTENT_LINKS = QueryParser.parse("a[href], img[src]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?|x-default");

    private final SiteFiles files;
    private final SiteLinks links;
    private final String baseUrl;
    private final Map<String, Path> sources;
    private final Severity severity;
    private final Path shownRoot;
    private final List<Diagnostic> findings = new ArrayList<>();
    private final Set<String> ownedTops = new HashSet<>();

    /**
     * @param sources  the source file of each page path that has one (articles), for messages
     * @param severity what a finding is: an error (the build fails) or a warning
     * @param shownRoot where the pages are said to be in messages (the output directory)
     */
    public SiteChecker(SiteFiles files, URI baseUrl, Map<String, Path> sources, Severity severity, Path shownRoot) {
        this.shownRoot = shownRoot;
        this.files = files;
        this.links = new SiteLinks(baseUrl);
        this.baseUrl = baseUrl.toString();
        this.sources = Map.copyOf(sources);
        this.severity = severity;
    }

    public List<Diagnostic> check() {
        for (String path : files.paths()) {
            int slash = path.indexOf('/');
            ownedTops.add(slash < 0 ? path : path.substring(0, slash + 1));
        }
        Map<String, PageFacts> pages = new TreeMap<>();
        files.paths().parallelStream()
                .filter(path -> path.endsWith(".html"))
                .map(path -> PageFacts.of(path, files.read(path), baseUrl, url -> checkLink(path, url)))
                .forEachOrdered(facts -> pages.put(facts.path(), facts));
        checkHreflang(pages);
        checkFragments(pages);
        Set<String> listed = new HashSet<>();
        for (String path : files.paths()) {
            if (path.endsWith(".xml")) {
                Document xml = Jsoup.parse(new String(files.read(path), StandardCharsets.UTF_8), "", Parser.xmlParser());
                if (child(xml, "rss") != null) {
                    checkFeed(path, xml);
                } else if (child(xml, "urlset") != null) {
                    checkSitemap(path, xml, listed);
                }
            }
        }
        if (files.paths().contains("sitemap.xml")) {
            pages.values().stream()
                    .filter(page -> page.indexable() && !listed.contains(page.path()))
                    .forEach(page -> report(page.path(), "the sitemap does not list this page"));
        }
        findings.sort(Diagnostic.ORDER);
        return List.copyOf(findings);
    }

    private void checkLink(String page, String url) {
        links.target(page, url).filter(this::isOurs).filter(target -> !exists(target))
                .ifPresent(target -> report(page, "broken link to '" + url + "' (no file " + target + ")"));
    }

    /**
     * A link to {@code #fragment}, on its own page or another page of the site, must find an
     * element with that id there (browsers show the top of the page instead, without a word).
     */
    private void checkFragments(Map<String, PageFacts> pages) {
        pages.values().forEach(page -> page.fragmentLinks().forEach(link -> {
            int hash = link.indexOf('#');
            String fragment = java.net.URLDecoder.decode(link.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            Optional<String> target = hash == 0 ? Optional.of(page.path()) : links.target(page.path(), link.substring(0, hash))
                    .filter(this::isOurs).map(t -> pages.containsKey(t) ? t : t + "/index.html");
            PageFacts there = target.map(pages::get).orElse(null);
            if (there != null && !there.ids().contains(fragment) && !fragment.equalsIgnoreCase("top")) {
                report(page.path(), "broken link to '" + link + "' (" + (hash == 0 ? "this page" : there.path())
                        + " has no element with id '" + fragment + "')");
            }
        }));
    }

    private void checkHreflang(Map<String, PageFacts> pages) {
        pages.values().forEach(page -> {
            Map<String, String> alternates = page.alternates();
            if (alternates.isEmpty()) {
                return;
            }
            String path = page.path();
            page.duplicates().forEach(code -> report(path, "hreflang " + code + " is given twice"));
            alternates.forEach((code, href) -> {
                if (!LANGUAGE.matcher(code).matches()) {
                    report(path, "hreflang '" + code + "' is not a language tag (such as ru, de, pt-BR) or x-default");
                }
                if (!links.isAbsoluteHttp(href)) {
                    report(path, "hreflang " + code + " link '" + href + "' is not an absolute URL");
                }
            });
            String self = page.canonical();
            String language = alternates.entrySet().stream().filter(e -> e.getValue().equals(self))
                    .map(Map.Entry::getKey).filter(code -> !code.equals("x-default")).findFirst()
                    .orElse(self.equals(alternates.get("x-default")) ? "x-default" : "");
            if (!alternates.containsKey("x-default")) {
                report(path, "the hreflang links have no x-default");
            }
            if (language.isEmpty()) {
                report(path, "the hreflang links do not list this page itself (" + self + ")");
                return;
            }
            alternates.forEach((code, href) -> {
                Optional<String> target = links.pageOf(href);
                if (target.isEmpty()) {
                    return;
                }
                if (!files.paths().contains(target.get())) {
                    report(path, "hreflang " + code + " points to " + href + ", which does not exist");
                    return;
                }
                PageFacts theirs = pages.get(target.get());
                if (!code.equals("x-default") && (theirs == null || !self.equals(theirs.alternates().get(language)))) {
                    report(path, "hreflang " + code + " → " + href + " is not reciprocal: that page does not link back to "
                            + self + " as " + language);
                }
            });
        });
    }

    private void checkFeed(String path, Document feed) {
        Element rss = child(feed, "rss");
        if (!"2.0".equals(rss.attr("version"))) {
            report(path, "the feed is not RSS 2.0 (version '" + rss.attr("version") + "')");
        }
        Element channel = child(rss, "channel");
        if (channel == null) {
            report(path, "the feed has no channel");
            return;
        }
        for (String required : List.of("title", "link", "description")) {
            if (child(channel, required) == null) {
                report(path, "the feed's channel has no <" + required + ">");
            }
        }
        Element self = channel.children().stream()
                .filter(e -> e.tagName().equals("atom:link") && e.attr("rel").equals("self"))
                .findFirst().orElse(null);
        if (self == null || !self.attr("href").equals(baseUrl + path)) {
            report(path, "atom:link rel=self must be " + baseUrl + path);
        }
        checkAbsolute(path, "channel link", text(channel, "link"));
        for (Element item : children(channel, "item")) {
            String link = text(item, "link");
            checkAbsolute(path, "item link", link);
            links.pageOf(link).filter(t -> !files.paths().contains(t))
                    .ifPresent(t -> report(path, "item link " + link + " leads to no page"));
            Element guid = child(item, "guid");
            if (guid != null && !"false".equals(guid.attr("isPermaLink"))) {
                checkAbsolute(path, "guid", guid.text());
            }
            Element content = child(item, "content:encoded");
            if (content != null) {
                Document html = Jsoup.parseBodyFragment(content.text());
                for (Element element : html.select(CONTENT_LINKS)) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (!url.startsWith("mailto:") && !url.startsWith("tel:")) {
                        checkAbsolute(path, "link in content:encoded of " + link, url);
                    }
                }
            }
        }
    }

    private void checkSitemap(String path, Document sitemap, Set<String> listed) {
        for (Element url : children(child(sitemap, "urlset"), "url")) {
            String loc = text(url, "loc");
            Optional<String> page = links.pageOf(loc);
            if (page.isEmpty() || !files.paths().contains(page.get())) {
                report(path, "lists " + loc + ", which is not a page of the site");
            } else if (!listed.add(page.get())) {
                report(path, "lists " + loc + " more than once");
            }
        }
    }

    /**
     * Whether a path lies where this site publishes: in one of the top-level folders (or at a
     * top-level file name) the build produced. On a host shared with other sections of a web site
     * (a base URL at the root), links to those sections are not ours to judge.
     */
    private boolean isOurs(String target) {
        int slash = target.indexOf('/');
        String top = slash < 0 ? target : target.substring(0, slash + 1);
        return ownedTops.contains(top) || ownedTops.contains(top.endsWith("/") ? top : top + "/");
    }

    /** As a static server sees it: a directory path without its slash serves its index.html. */
    private boolean exists(String target) {
        return files.paths().contains(target) || files.paths().contains(target + "/index.html");
    }

    private void checkAbsolute(String path, String what, String url) {
        if (!links.isAbsoluteHttp(url)) {
            report(path, what + " '" + url + "' is not an absolute URL");
        }
    }

    private static String text(Element parent, String child) {
        Element element = child(parent, child);
        return element == null ? "" : element.text().strip();
    }

    /** The first child element with this tag name (a direct lookup: no selector to compile). */
    private static Element child(Element parent, String tag) {
        for (Element element : parent.children()) {
            if (element.tagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        return parent.children().stream().filter(e -> e.tagName().equals(tag)).toList();
    }

    private synchronized void report(String page, String message) {
        Path source = sources.get(page);
        String from = source == null ? "" : " (from " + source + ")";
        findings.add(new Diagnostic(shownRoot.resolve(page), 0, 0, severity, message + from));
    }
}
