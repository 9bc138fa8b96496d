package by.vestnik.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * What the checker keeps of one HTML page for the checks that span pages (hreflang, sitemap),
 * taken from its parsed document so that the document itself need not be kept: a site of tens of
 * thousands of pages is checked in bounded memory.
 *
 * @param alternates hreflang code to URL, in document order, duplicates reported in {@code duplicates}
 * @param ids        the fragment identifiers the page has (every {@code id}, and {@code name} of {@code <a>})
 * @param links      every URL the page loads or links to (canonical and hreflang links, and absolute
 *                   links to other sites, excepted), in document order, for the link check once every
 *                   path of the site is known
 * @param fragmentLinks the links of the page that name a fragment ({@code #budget}, {@code ../b/#budget})
 */
record PageFacts(String path, String canonical, Map<String, String> alternates, List<String> duplicates,
                 boolean indexable, java.util.Set<String> ids, List<String> links, List<String> fragmentLinks) {

    // compiled once: jsoup compiles a selector given as text on every call, which cost a third of the check
    private static final Evaluator LINKING = QueryParser.parse("a[href], link[href], img[src], script[src], source[src], iframe[src]");
    private static final Evaluator REFRESH = QueryParser.parse("meta[http-equiv=refresh]");
    private static final Evaluator HREFLANG = QueryParser.parse("link[rel=alternate][hreflang]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator ROBOTS = QueryParser.parse("meta[name=robots]");
    private static final Evaluator IDS = QueryParser.parse("[id], a[name]");

    static PageFacts of(String path, byte[] html, SiteLinks site, SharedValues shared) {
        return of(path, new String(html, StandardCharsets.UTF_8), site, shared);
    }

    /**
     * Parses a page and keeps what the checks need of it.
     *
     * @param shared gives one instance of equal values: the facts of every page are kept until the
     *               check ends
     */
    static PageFacts of(String path, String html, SiteLinks site, SharedValues shared) {
        Document page = Jsoup.parse(html, site.baseUrl() + path);
        List<String> links = new ArrayList<>();
        Map<String, String> alternates = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        Element[] first = new Element[3]; // refresh, canonical, robots
        // one walk of the document asks every question of each element: a select per question
        // walked the tree six times, a fifth of the facts' time
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element element)) {
                return;
            }
            if (LINKING.matches(page, element)) {
                String rel = element.attr("rel");
                if (!(element.tagName().equals("link") && (rel.equals("alternate") || rel.equals("canonical")))) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    // a link to another site is checked by nothing: a story's sources, kept for every page, were most of the facts
                    if (!site.leavesSite(url)) {
                        links.add(shared.string(url));
                    }
                }
            }
            if (first[0] == null && REFRESH.matches(page, element)) {
                first[0] = element;
            }
            if (HREFLANG.matches(page, element)
                    && alternates.putIfAbsent(element.attr("hreflang"), element.attr("href")) != null) {
                duplicates.add(element.attr("hreflang"));
            }
            if (first[1] == null && CANONICAL.matches(page, element)) {
                first[1] = element;
            }
            if (first[2] == null && ROBOTS.matches(page, element)) {
                first[2] = element;
            }
            if (IDS.matches(page, element)) {
                ids.add(shared.string(element.hasAttr("id") ? element.attr("id") : element.attr("name")));
            }
        }, page);
        Element refresh = first[0];
        if (refresh != null) {
            links.add(refresh.attr("content").replaceFirst("^\\s*\\d+\\s*;\\s*url=", ""));
        }
        Element canonical = first[1];
        Element robots = first[2];
        List<String> fragmentLinks = links.stream().filter(link -> link.indexOf('#') >= 0
                && link.indexOf('#') < link.length() - 1).distinct().toList();
        return new PageFacts(path, canonical == null ? "" : shared.string(canonical.attr("href")), shared.alternates(alternates),
                List.copyOf(duplicates),
                robots == null || !robots.attr("content").contains("noindex"), java.util.Set.copyOf(ids), List.copyOf(links),
                fragmentLinks);
    }

    /** For the build memo: the facts of a page the next build keeps without rendering it. */
    void writeTo(by.vestnik.graph.MemoOutput out) {
        out.string(path).string(canonical).integer(alternates.size());
        alternates.forEach((code, href) -> out.string(code).string(href));
        out.strings(duplicates).bool(indexable).strings(ids.stream().sorted().toList()).strings(links).strings(fragmentLinks);
    }

    static PageFacts readFrom(by.vestnik.graph.MemoInput in, SharedValues shared) {
        String path = in.string();
        String canonical = shared.string(in.string());
        int count = in.integer();
        Map<String, String> alternates = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            alternates.put(in.string(), in.string());
        }
        List<String> duplicates = in.strings();
        boolean indexable = in.bool();
        java.util.Set<String> ids = java.util.Set.copyOf(in.strings().stream().map(shared::string).toList());
        List<String> links = in.strings().stream().map(shared::string).toList();
        return new PageFacts(path, canonical, shared.alternates(alternates), List.copyOf(duplicates), indexable, ids, links,
                in.strings().stream().map(shared::string).toList());
    }
}
