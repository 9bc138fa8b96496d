package by.vestnik.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the checker keeps of one HTML page for the checks that span pages (hreflang, sitemap),
 * taken from its parsed document so that the document itself need not be kept: a site of tens of
 * thousands of pages is checked in bounded memory.
 *
 * @param alternates hreflang code to URL, in document order, duplicates reported in {@code duplicates}
 */
record PageFacts(String path, String canonical, Map<String, String> alternates, List<String> duplicates,
                 boolean indexable) {

    /**
     * Parses a page, hands every URL it loads or links to (canonical and hreflang links excepted)
     * to {@code linkCheck} at once, and keeps the rest.
     */
    static PageFacts of(String path, byte[] html, String baseUrl, Consumer<String> linkCheck) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), baseUrl + path);
        List<String> links = new ArrayList<>();
        for (Element element : page.select("a[href], link[href], img[src], script[src], source[src], iframe[src]")) {
            String rel = element.attr("rel");
            if (element.tagName().equals("link") && (rel.equals("alternate") || rel.equals("canonical"))) {
                continue;
            }
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        Element refresh = page.selectFirst("meta[http-equiv=refresh]");
        if (refresh != null) {
            links.add(refresh.attr("content").replaceFirst("^\\s*\\d+\\s*;\\s*url=", ""));
        }
        Map<String, String> alternates = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) {
            if (alternates.putIfAbsent(link.attr("hreflang"), link.attr("href")) != null) {
                duplicates.add(link.attr("hreflang"));
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical]");
        Element robots = page.selectFirst("meta[name=robots]");
        links.forEach(linkCheck);
        return new PageFacts(path, canonical == null ? "" : canonical.attr("href"), alternates, List.copyOf(duplicates), robots == null || !robots.attr("content").contains("noindex"));
    }
}
