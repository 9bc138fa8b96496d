package by.vestnik.render;

import by.vestnik.render.SitemapEntries.Entry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} with the hreflang alternates of every page (itself and x-default included),
 * and {@code robots.txt} naming it. Past the protocol's limits (50,000 URLs or 50 MB a file) the
 * URLs go into {@code sitemap-1.xml}, {@code sitemap-2.xml}, … and {@code sitemap.xml} becomes
 * their index.
 */
public final class SitemapWriter {
    static final int MAX_URLS = 50_000;
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final RenderContext context;
    private final int maxUrls;

    public SitemapWriter(RenderContext context) {
        this(context, MAX_URLS);
    }

    SitemapWriter(RenderContext context, int maxUrls) {
        this.context = context;
        this.maxUrls = maxUrls;
    }

    public void render(PageSink sink) {
        List<Entry> entries = context.sitemap.sorted();
        List<byte[]> files = new ArrayList<>();
        int chunk = maxUrls;
        for (int start = 0; start < entries.size() || files.isEmpty(); start += chunk) {
            byte[] file = urlset(entries.subList(start, Math.min(entries.size(), start + chunk)));
            if (file.length > MAX_BYTES && chunk > 1) {
                files.clear();
                chunk = chunk / 2;
                start = -chunk;
                continue;
            }
            files.add(file);
        }
        if (files.size() == 1) {
            sink.write("sitemap.xml", files.get(0));
        } else {
            List<String> locations = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String name = "sitemap-" + (i + 1) + ".xml";
                sink.write(name, files.get(i));
                locations.add(context.site.urls().absolute(name));
            }
            sink.write("sitemap.xml", context.templates.render("sitemap-index.ftlx", Map.of("sitemaps", locations)));
        }
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + context.site.urls().absolute("sitemap.xml") + "\n";
        sink.write("robots.txt", robots.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] urlset(List<Entry> entries) {
        // the size the plugin's template makes of them: a buffer of about the right size is not grown and copied step by step
        long expected = 1024L + entries.stream().mapToLong(entry -> 48L + entry.loc().length() + entry.lastmod().length()
                + entry.alternates().stream().mapToLong(a -> 56L + a.hreflang().length() + a.href().length()).sum()).sum();
        return context.templates.render("sitemap.ftlx", Map.of("entries", entries), (int) Math.min(MAX_BYTES + 1024L, expected));
    }
}
