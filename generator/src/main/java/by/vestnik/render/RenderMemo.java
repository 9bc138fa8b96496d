package by.vestnik.render;

import by.vestnik.graph.BuildMemo;
import by.vestnik.graph.ChangeDigest;
import by.vestnik.graph.MemoInput;
import by.vestnik.graph.MemoOutput;
import by.vestnik.load.FileStamps;
import by.vestnik.search.LanguageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What rendering takes from the last build and leaves for the next: each article body as it was
 * rendered (with the questions it asked of the site, see {@link BodyCalls}), the digest of each
 * page's data model (see {@link ModelDigest}) with the file it was published as, and each
 * article's search entry. A page whose digest is the recorded one, published as recorded, is kept
 * as it is; a body whose text and answers are the recorded ones is not rendered again. Bodies and
 * search entries are read from the last memo only when asked for, and written to the next as they
 * are made: neither is held in memory for the whole site.
 */
public final class RenderMemo {
    /** A rendered body; {@code digest} stands for its HTML in page digests. */
    record Body(String key, String digest, List<BodyCalls.Call> calls, String firstParagraph, String firstImage,
                String feedHtml, List<MarkdownRenderer.Dropped> dropped, List<String> fileUrls) {
    }

    /**
     * A published page: the digest of its model and the file's identity as published (inode, size,
     * modification time: what {@link FileStamps.Stamp#sameFile} compares). A digest of 32 hex
     * digits, as {@link ChangeDigest} makes them, is kept as its two numbers: 43,000 of these are
     * held through rendering at 3 x 10,000, and a string and a stamp object each were 5 MB more.
     */
    record Page(long high, long low, String otherDigest, long size, long modifiedNanos, long inode) {
        static Page of(String digest, FileStamps.Stamp stamp) {
            boolean numbers = isHex(digest);
            return new Page(numbers ? Long.parseUnsignedLong(digest, 0, 16, 16) : 0,
                    numbers ? Long.parseUnsignedLong(digest, 16, 32, 16) : 0, numbers ? null : digest,
                    stamp.size(), stamp.modifiedNanos(), stamp.inode());
        }

        boolean hasDigest(String digest) {
            if (otherDigest != null) {
                return otherDigest.equals(digest);
            }
            return isHex(digest) && Long.parseUnsignedLong(digest, 0, 16, 16) == high
                    && Long.parseUnsignedLong(digest, 16, 32, 16) == low;
        }

        /** 32 lowercase hex digits: the form that is kept as numbers (and written back the same). */
        private static boolean isHex(String digest) {
            return digest.length() == 32 && digest.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }

        FileStamps.Stamp stamp() {
            return new FileStamps.Stamp(size, modifiedNanos, -1, inode);
        }
    }

    private final boolean reused;
    private final BuildMemo.Entries lastBodies;
    private final Map<String, Page> lastPages;
    private final BuildMemo.Entries lastSearch;
    private final BuildMemo.Writer bodies;
    private final BuildMemo.Writer search;
    private final BuildMemo.Next next;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger articles = new AtomicInteger();
    private final Set<String> storiesRendered = ConcurrentHashMap.newKeySet();

    private RenderMemo(boolean reused, BuildMemo.Entries lastBodies, Map<String, Page> lastPages,
                       BuildMemo.Entries lastSearch, BuildMemo.Next next) {
        this.reused = reused;
        this.lastBodies = lastBodies;
        this.lastPages = lastPages;
        this.lastSearch = lastSearch;
        this.next = next;
        try {
            this.bodies = next == null ? null : next.entries("bodies");
            this.search = next == null ? null : next.entries("search");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build memo: " + e.getMessage(), e);
        }
    }

    /** Nothing from an earlier build, nothing for the next: everything renders (a test's, or a preview's). */
    public static RenderMemo none() {
        return new RenderMemo(false, BuildMemo.Entries.none(), Map.of(), BuildMemo.Entries.none(), null);
    }

    /** What {@code last} left (nothing, if it is empty or unreadable), writing this build's into {@code next}. */
    public static RenderMemo of(BuildMemo last, BuildMemo.Next next) {
        BuildMemo.Entries bodies = last.entries("bodies");
        BuildMemo.Entries search = last.entries("search");
        Map<String, Page> pages = last.whole("pages").map(RenderMemo::readPages).orElse(null);
        if (pages == null) {
            return new RenderMemo(false, BuildMemo.Entries.none(), Map.of(), BuildMemo.Entries.none(), next);
        }
        return new RenderMemo(true, bodies, pages, search, next);
    }

    /** Whether anything of an earlier build could be reused. */
    public boolean reused() {
        return reused;
    }

    public int pagesRendered() {
        return rendered.get();
    }

    public int pagesKept() {
        return kept.get();
    }

    /** The article versions whose body is done (rendered or taken from the memo), for progress. */
    public int articlesDone() {
        return articles.get();
    }

    /** The stories at least one of whose bodies was rendered (not taken from the memo). */
    public int storiesRendered() {
        return storiesRendered.size();
    }

    static String bodyKey(by.vestnik.load.ArticleBody body, boolean feed) {
        return body.digest() + (feed ? "+feed" : "");
    }

    /** The digest that stands for a body's HTML: its text's key and the answers it got. */
    static String bodyDigest(String key, List<BodyCalls.Call> calls) {
        ChangeDigest digest = new ChangeDigest().text(key);
        for (BodyCalls.Call call : calls) {
            digest.text(call.toString());
        }
        return digest.finish();
    }

    /** The body the last build rendered at the path, if its text had the key. */
    Body lastBody(String path, String key) {
        return lastBodies.get(path).map(RenderMemo::readBody).filter(body -> body.key().equals(key)).orElse(null);
    }

    void body(String path, Body body, String story, boolean fresh) {
        articles.incrementAndGet();
        if (fresh) {
            storiesRendered.add(story);
        }
        if (bodies != null) {
            bodies.entry(path, out -> writeBody(out, body));
        }
    }

    /** The page as the last build published it, if its model had the same digest. */
    Optional<FileStamps.Stamp> unchangedPage(String path, String digest) {
        Page page = digest == null ? null : lastPages.get(path);
        return page != null && page.hasDigest(digest) ? Optional.of(page.stamp()) : Optional.empty();
    }

    void pageKept(String path, String digest) {
        pages.put(path, digest);
        kept.incrementAndGet();
    }

    void pageRendered(String path, String digest) {
        if (digest != null) {
            pages.put(path, digest);
        }
        rendered.incrementAndGet();
    }

    /**
     * Carries the search entry the last build made of the document at the path, if it had this
     * key, into the next memo as it is (not decoded); true when it did.
     */
    boolean carrySearch(String path, String key) {
        java.util.function.Predicate<MemoInput> sameKey = in -> key.equals(in.string());
        return search != null ? search.carry(path, lastSearch, sameKey) : lastSearch.get(path).filter(sameKey).isPresent();
    }

    /** The search entry the last build made of the document at the path, which {@link #carrySearch} carried. */
    LanguageIndex.Remembered carriedSearch(String path) {
        return lastSearch.get(path).map(in -> {
            in.string();
            return readSearch(in);
        }).orElseThrow(() -> new IllegalStateException("no search entry for " + path + " in the build memo"));
    }

    /** The files below {@code prefix} that the last build published as made from inputs of this digest. */
    Map<String, FileStamps.Stamp> lastFiles(String prefix, String digest) {
        Map<String, FileStamps.Stamp> files = new TreeMap<>();
        lastPages.forEach((path, page) -> {
            if (path.startsWith(prefix) && page.hasDigest(digest)) {
                files.put(path, page.stamp());
            }
        });
        return files;
    }

    /** Remembers a file that is not a page (an index file) as made from inputs of this digest. */
    void file(String path, String digest) {
        pages.put(path, digest);
    }

    void search(String path, String key, LanguageIndex.Remembered entry) {
        if (search == null) {
            return;
        }
        search.entry(path, out -> {
            out.string(key).string(entry.fragment()).integer(entry.year()).strings(entry.terms());
            for (int weight : entry.weights()) {
                out.integer(weight);
            }
        });
    }

    /**
     * Leaves this build's pages for the next, and closes the sections written as the build went.
     * {@code published} gives the identity of each page as it is now in the output; a page
     * without one is not remembered.
     */
    public void finish(Function<String, Optional<FileStamps.Stamp>> published) throws IOException {
        if (next == null) {
            return;
        }
        bodies.close();
        search.close();
        try (BuildMemo.Writer out = next.whole("pages")) {
            for (String path : by.vestnik.SortedKeys.of(pages)) {
                String digest = pages.get(path);
                published.apply(path).ifPresent(stamp -> out.write(values ->
                        values.string(path).string(digest).longValue(stamp.size()).longValue(stamp.modifiedNanos())
                                .longValue(stamp.changedNanos()).longValue(stamp.inode())));
            }
        }
    }

    private static void writeBody(MemoOutput out, Body body) {
        out.string(body.key()).string(body.digest()).string(body.firstParagraph()).string(body.firstImage())
                .string(body.feedHtml()).strings(body.fileUrls()).integer(body.calls().size());
        for (BodyCalls.Call call : body.calls()) {
            out.integer(call.kind()).string(call.destination()).string(call.alt()).string(call.title()).integer(call.line())
                    .string(call.answer()).string(call.feedAnswer());
        }
        out.integer(body.dropped().size());
        for (MarkdownRenderer.Dropped dropped : body.dropped()) {
            out.string(dropped.what()).integer(dropped.line());
        }
    }

    private static Body readBody(MemoInput in) {
        String key = in.string();
        String digest = in.string();
        String paragraph = in.string();
        String image = in.string();
        String feed = in.string();
        List<String> urls = in.strings();
        int count = in.integer();
        List<BodyCalls.Call> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            calls.add(new BodyCalls.Call(in.integer(), in.string(), in.string(), in.string(), in.integer(), in.string(),
                    in.string()));
        }
        int droppedCount = in.integer();
        List<MarkdownRenderer.Dropped> dropped = new ArrayList<>(droppedCount);
        for (int i = 0; i < droppedCount; i++) {
            dropped.add(new MarkdownRenderer.Dropped(in.string(), in.integer()));
        }
        return new Body(key, digest, calls, paragraph, image, feed, dropped, urls);
    }

    private static Map<String, Page> readPages(MemoInput in) {
        try {
            Map<String, Page> pages = new ConcurrentHashMap<>();
            while (in.more()) {
                String path = in.string();
                String digest = in.string();
                pages.put(path, Page.of(digest, new FileStamps.Stamp(in.longValue(), in.longValue(), in.longValue(), in.longValue())));
            }
            return pages;
        } catch (RuntimeException e) {
            return null; // unreadable: nothing is reused
        }
    }

    /** The rest of a search entry, after its key. */
    private static LanguageIndex.Remembered readSearch(MemoInput in) {
        String fragment = in.string();
        int year = in.integer();
        List<String> terms = in.strings();
        int[] weights = new int[terms.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.integer();
        }
        return new LanguageIndex.Remembered(terms, weights, fragment, year);
    }
}
