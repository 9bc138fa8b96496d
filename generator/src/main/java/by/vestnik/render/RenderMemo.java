package by.vestnik.render;

import by.vestnik.Sha256;
import by.vestnik.graph.BuildMemo;
import by.vestnik.graph.MemoInput;
import by.vestnik.graph.MemoOutput;
import by.vestnik.load.FileStamps;
import by.vestnik.search.LanguageIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * as it is; a body whose text and answers are the recorded ones is not rendered again.
 */
public final class RenderMemo {
    /** A rendered body; {@code digest} stands for its HTML in page digests. */
    record Body(String key, String digest, List<BodyCalls.Call> calls, String firstParagraph, String firstImage,
                String feedHtml, List<MarkdownRenderer.Dropped> dropped, List<String> fileUrls) {
    }

    /** A published page: the digest of its model and the file's identity as published. */
    record Page(String digest, FileStamps.Stamp stamp) {
    }

    /** An article's search entry, made from a document whose digest is {@code key}. */
    record Search(String key, LanguageIndex.Remembered entry) {
    }

    private final boolean reused;
    private final Map<String, Body> lastBodies;
    private final Map<String, Page> lastPages;
    private final Map<String, Search> lastSearch;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, Search> search = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private final Set<String> storiesRendered = ConcurrentHashMap.newKeySet();

    private RenderMemo(boolean reused, Map<String, Body> bodies, Map<String, Page> pages, Map<String, Search> search) {
        this.reused = reused;
        this.lastBodies = bodies;
        this.lastPages = pages;
        this.lastSearch = search;
    }

    /** Nothing from an earlier build: everything renders (and is remembered for the next). */
    public static RenderMemo none() {
        return new RenderMemo(false, Map.of(), Map.of(), Map.of());
    }

    public static RenderMemo from(BuildMemo last) {
        Optional<MemoInput> bodies = last.take("bodies");
        Optional<MemoInput> pages = last.take("pages");
        Optional<MemoInput> search = last.take("search");
        if (bodies.isEmpty() || pages.isEmpty() || search.isEmpty()) {
            return none();
        }
        try {
            return new RenderMemo(true, readBodies(bodies.get()), readPages(pages.get()), readSearch(search.get()));
        } catch (RuntimeException e) {
            return none(); // written by a build that failed half-way: render everything
        }
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
        return bodies.size();
    }

    /** The stories at least one of whose bodies was rendered (not taken from the memo). */
    public int storiesRendered() {
        return storiesRendered.size();
    }

    /** The pages this build rendered or kept, by output path. */
    public Set<String> pages() {
        return pages.keySet();
    }

    static String bodyKey(String text, boolean feed) {
        MessageDigest digest = Sha256.digest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) (feed ? 1 : 0));
        return Sha256.hex(digest);
    }

    /** The digest that stands for a body's HTML: its text's key and the answers it got. */
    static String bodyDigest(String key, List<BodyCalls.Call> calls) {
        MessageDigest digest = Sha256.digest();
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        for (BodyCalls.Call call : calls) {
            digest.update(call.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return Sha256.hex(digest);
    }

    Body lastBody(String path) {
        return lastBodies.get(path);
    }

    void body(String path, Body body, String story, boolean fresh) {
        bodies.put(path, body);
        if (fresh) {
            storiesRendered.add(story);
        }
    }

    /** The page as the last build published it, if its model had the same digest. */
    Optional<FileStamps.Stamp> unchangedPage(String path, String digest) {
        Page page = digest == null ? null : lastPages.get(path);
        return page != null && page.digest().equals(digest) ? Optional.of(page.stamp()) : Optional.empty();
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

    Optional<LanguageIndex.Remembered> lastSearch(String path, String key) {
        Search entry = lastSearch.get(path);
        return entry != null && entry.key().equals(key) ? Optional.of(entry.entry()) : Optional.empty();
    }

    void search(String path, String key, LanguageIndex.Remembered entry) {
        search.put(path, new Search(key, entry));
    }

    /**
     * Leaves this build's bodies, pages and search entries for the next. {@code published} gives
     * the identity of each page as it is now in the output; a page without one is not remembered.
     */
    public void writeTo(BuildMemo.Next next, Function<String, Optional<FileStamps.Stamp>> published) {
        next.section("bodies", out -> new TreeMap<>(bodies).forEach((path, body) -> writeBody(out, path, body)));
        next.section("pages", out -> new TreeMap<>(pages).forEach((path, digest) -> published.apply(path).ifPresent(stamp -> {
            out.string(path).string(digest).longValue(stamp.size()).longValue(stamp.modifiedNanos())
                    .longValue(stamp.changedNanos()).longValue(stamp.inode());
        })));
        next.section("search", out -> new TreeMap<>(search).forEach((path, entry) -> {
            out.string(path).string(entry.key()).string(entry.entry().fragment()).integer(entry.entry().year())
                    .strings(entry.entry().terms());
            for (int weight : entry.entry().weights()) {
                out.integer(weight);
            }
        }));
    }

    private static void writeBody(MemoOutput out, String path, Body body) {
        out.string(path).string(body.key()).string(body.digest()).string(body.firstParagraph()).string(body.firstImage())
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

    private static Map<String, Body> readBodies(MemoInput in) {
        Map<String, Body> bodies = new ConcurrentHashMap<>();
        while (in.more()) {
            String path = in.string();
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
            bodies.put(path, new Body(key, digest, calls, paragraph, image, feed, dropped, urls));
        }
        return bodies;
    }

    private static Map<String, Page> readPages(MemoInput in) {
        Map<String, Page> pages = new ConcurrentHashMap<>();
        while (in.more()) {
            String path = in.string();
            String digest = in.string();
            pages.put(path, new Page(digest, new FileStamps.Stamp(in.longValue(), in.longValue(), in.longValue(), in.longValue())));
        }
        return pages;
    }

    private static Map<String, Search> readSearch(MemoInput in) {
        Map<String, Search> entries = new ConcurrentHashMap<>();
        while (in.more()) {
            String path = in.string();
            String key = in.string();
            String fragment = in.string();
            int year = in.integer();
            List<String> terms = in.strings();
            int[] weights = new int[terms.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.integer();
            }
            entries.put(path, new Search(key, new LanguageIndex.Remembered(terms, weights, fragment, year)));
        }
        return entries;
    }
}
