package by.vestnik.check;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Checks a rendered site as a crawler would, one {@link SiteCheck} after another: every internal
 * link and image resolves ({@link LinkCheck}), every fragment has its element
 * ({@link FragmentCheck}), every hreflang group is complete, absolute and reciprocal
 * ({@link HreflangCheck}), every feed is RSS 2.0 with absolute links ({@link FeedCheck}), and the
 * sitemap lists every indexable page once ({@link SitemapCheck}). Each finding names the page and,
 * where known, the source file it came from.
 */
public final class SiteChecker {
    private final SiteFiles files;
    private final RenderedPages rendered;
    private final SiteLinks links;
    private final String baseUrl;
    private final Findings findings;

    /**
     * @param sources  the source file of each page path that has one (articles), for messages
     * @param severity what a finding is: an error (the build fails) or a warning
     * @param shownRoot where the pages are said to be in messages (the output directory)
     */
    public SiteChecker(SiteFiles files, URI baseUrl, Map<String, Path> sources, Severity severity, Path shownRoot) {
        this(files, new RenderedPages(baseUrl), baseUrl, sources, severity, shownRoot);
    }

    /**
     * @param rendered the facts the render threads took of the pages they wrote; the other pages
     *                 of {@code files} are read and parsed here
     */
    public SiteChecker(SiteFiles files, RenderedPages rendered, URI baseUrl, Map<String, Path> sources,
                       Severity severity, Path shownRoot) {
        this.files = files;
        this.rendered = rendered;
        this.links = new SiteLinks(baseUrl);
        this.baseUrl = baseUrl.toString();
        this.findings = new Findings(sources, severity, shownRoot);
    }

    /** Runs every check; the findings in the stable order of diagnostics. */
    public List<Diagnostic> check() {
        return check(List.of(new LinkCheck(), new FragmentCheck(), new HreflangCheck(), new FeedCheck(), new SitemapCheck()));
    }

    List<Diagnostic> check(List<SiteCheck> checks) {
        Map<String, PageFacts> pages = new TreeMap<>();
        files.paths().parallelStream()
                .filter(RenderedPages::isPage)
                .map(path -> rendered.of(path).orElseGet(() -> PageFacts.of(path, files.read(path), links, rendered.shared())))
                .forEachOrdered(facts -> pages.put(facts.path(), facts));
        CheckedSite site = new CheckedSite(files.paths(), pages, links, baseUrl);
        // each XML file is parsed once, in parallel, for every check (a sitemap read as a stream); none is kept past its checks
        files.paths().parallelStream().filter(path -> path.endsWith(".xml")).forEach(path -> {
            byte[] content = files.read(path);
            var sitemap = SitemapLocations.of(content);
            if (sitemap.isPresent()) {
                checks.forEach(check -> check.sitemap(site, path, sitemap.get(), findings));
                return;
            }
            Document xml = Jsoup.parse(new String(content, StandardCharsets.UTF_8), "", Parser.xmlParser());
            checks.forEach(check -> check.xml(site, path, xml, findings));
        });
        checks.forEach(check -> check.site(site, findings));
        return findings.sorted();
    }
}
