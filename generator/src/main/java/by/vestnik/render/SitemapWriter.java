package by.vestnik.render;

import by.vestnik.render.SitemapEntries.Entry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
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
        Set<String> kept = new HashSet<>();
        List<String> names = keptAll(digest, sink, kept) ? List.copyOf(kept) : write(entries, name -> !kept.contains(name), sink);
        names.forEach(name -> context.memo.file(name, digest));
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

    private static final int DIGEST_BLOCK = 1_000;

    /**
     * Keeps the sitemap's files as the last build published them, when it made them all of this
     * digest; true when every one was kept. The names of those kept go into {@code kept}: when one
     * is no longer as published, the others are made again but not written (they would be the same bytes).
     */
    private boolean keptAll(String digest, PageSink sink, Set<String> kept) {
        Map<String, FileStamps.Stamp> last = context.memo.lastFiles("sitemap", digest);
        last.keySet().removeIf(name -> !SITEMAP_FILE.matcher(name).matches());
        if (!last.containsKey("sitemap.xml")) {
            return false;
        }
        for (Map.Entry<String, FileStamps.Stamp> file : last.entrySet()) {
            if (!sink.keep(file.getKey(), file.getValue())) {
                return false;
            }
            kept.add(file.getKey());
        }
        return true;
    }

    private static final Pattern SITEMAP_FILE = Pattern.compile("sitemap(-[0-9]+)?\\.xml");

    /** Makes the sitemap's files, writes those {@code toWrite} accepts, and returns the names of all. */
    private List<String> write(List<Entry> entries, java.util.function.Predicate<String> toWrite, PageSink sink) {
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
            writeIf(toWrite, sink, "sitemap.xml", files.get(0));
            return List.of("sitemap.xml");
        }
        List<String> names = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            sink.write(name, files.get(i));
            names.add(name);
            locations.add(context.site.urls().absolute(name));
        }
        writeIf(toWrite, sink, "sitemap.xml", context.templates.render("sitemap-index.ftlx", Map.of("sitemaps", locations)));
        names.add("sitemap.xml");
        return names;
    }

    private static void writeIf(java.util.function.Predicate<String> toWrite, PageSink sink, String name, byte[] content) {
        if (toWrite.test(name)) {
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
