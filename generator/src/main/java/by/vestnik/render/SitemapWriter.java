package by.vestnik.render;

import by.vestnik.render.SitemapEntries.Entry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import by.vestnik.graph.ChangeDigest;
import by.vestnik.load.FileStamps;

/**
 * {@code sitemap.xml} with the hreflang alternates of every page (itself and x-default included),
 * and {@code robots.txt} naming it. Past the protocol's limits (50,000 URLs or 50 MB a file) the
 * URLs go into {@code sitemap-1.xml}, {@code sitemap-2.xml}, … and {@code sitemap.xml} becomes
 * their index. When the entries are the ones the last build wrote its files from, and the files
 * are still as published, they are kept without being made again (at 3 x 10,000 the sitemap is
 * 43,000 entries, a second of a rebuild that changed one article's text).
 */
public final class SitemapWriter {
    static final int MAX_URLS = 50_000;
    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final int DIGEST_BLOCK = 1_000;

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
        String digest = digest(entries, maxUrls);
        // only the sitemap's files were made of this digest; one is sitemap.xml
        Map<String, FileStamps.Stamp> last = context.memo.lastFiles("sitemap", digest);
        Set<String> files = new HashSet<>();
        if (!last.containsKey("sitemap.xml") || !sink.keepAll(last, files)) {
            write(entries, files, sink);
        }
        files.forEach(name -> context.memo.file(name, digest));
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + context.site.urls().absolute("sitemap.xml") + "\n";
        sink.write("robots.txt", robots.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything the sitemap's files are made of, besides the templates and configuration the memo is bound to. */
    static String digest(List<Entry> entries, int maxUrls) {
        ChangeDigest all = new ChangeDigest().number(maxUrls).number(entries.size());
        // a digest per block of entries: one buffer of all 43,000 would be tens of MB
        for (int start = 0; start < entries.size(); start += DIGEST_BLOCK) {
            ChangeDigest block = new ChangeDigest();
            for (Entry entry : entries.subList(start, Math.min(entries.size(), start + DIGEST_BLOCK))) {
                block.text(entry.loc()).text(entry.lastmod()).number(entry.alternates().size());
                entry.alternates().forEach(alternate -> block.text(alternate.hreflang()).text(alternate.href()));
            }
            all.text(block.finish());
        }
        return all.finish();
    }

    /**
     * Makes the sitemap's files and writes each not in {@code files} (those kept already), adding
     * its name there.
     */
    private void write(List<Entry> entries, Set<String> files, PageSink sink) {
        List<byte[]> urlsets = new ArrayList<>();
        int chunk = maxUrls;
        for (int start = 0; start < entries.size() || urlsets.isEmpty(); start += chunk) {
            byte[] file = urlset(entries.subList(start, Math.min(entries.size(), start + chunk)));
            if (file.length > MAX_BYTES && chunk > 1) {
                urlsets.clear();
                chunk = chunk / 2;
                start = -chunk;
                continue;
            }
            urlsets.add(file);
        }
        if (urlsets.size() == 1) {
            writeOnce(files, sink, "sitemap.xml", urlsets.get(0));
            return;
        }
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urlsets.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            writeOnce(files, sink, name, urlsets.get(i));
            locations.add(context.site.urls().absolute(name));
        }
        writeOnce(files, sink, "sitemap.xml", context.templates.render("sitemap-index.ftlx", Map.of("sitemaps", locations)));
    }

    private static void writeOnce(Set<String> files, PageSink sink, String name, byte[] content) {
        if (files.add(name)) {
            sink.write(name, content);
        }
    }

    private byte[] urlset(List<Entry> entries) {
        // the size the plugin's template makes of them: a buffer of about the right size is not grown and copied step by step
        long expected = 1024L + entries.stream().mapToLong(entry -> 48L + entry.loc().length() + entry.lastmod().length()
                + entry.alternates().stream().mapToLong(a -> 56L + a.hreflang().length() + a.href().length()).sum()).sum();
        return context.templates.render("sitemap.ftlx", Map.of("entries", entries), (int) Math.min(MAX_BYTES + 1024L, expected));
    }
}
