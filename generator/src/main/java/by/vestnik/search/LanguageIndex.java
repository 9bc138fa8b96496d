package by.vestnik.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The search index of one language, split so that a query fetches only what it needs:
 * <ul>
 * <li>{@code manifest.<hash>.json}: the chunk names, the id range of each year, and how to analyse a query;</li>
 * <li>{@code t/<hash>.json}, one per bucket of terms ({@link Buckets}): each term's postings, document
 *     ids with weights (a title word counts {@value #TITLE_WEIGHT} times); a topic is the term {@code #slug};</li>
 * <li>{@code d/<hash>.json}, one per {@value #TABLE_SIZE} consecutive ids: the name of each document's fragment;</li>
 * <li>{@code f/<hash>.json}, one per document: what its result shows.</li>
 * </ul>
 * Ids follow the date (oldest first), so "newest first" is "highest id first" and a year is a range
 * of ids. Every name is the hash of the content, and a weight depends only on its own document, so
 * an edit rewrites the chunks of the terms whose weights changed, the document's fragment and table,
 * and the manifest, and nothing else.
 */
public final class LanguageIndex {
    static final int TITLE_WEIGHT = 10;
    static final int TABLE_SIZE = 256;
    private static final int EXCERPT = 600;

    private final String directory;
    private final Analysis analysis;
    private final String[] fragments;
    private final int[] years;
    private final Map<String, Postings> postings = new ConcurrentHashMap<>();

    /** @param directory where the files go, relative to the site root, ending in '/' */
    public LanguageIndex(String directory, Analysis analysis, int documents) {
        if (documents >= 1 << 23) {
            throw new IllegalArgumentException("a language's index holds at most 8,388,607 articles");
        }
        this.directory = directory;
        this.analysis = analysis;
        this.fragments = new String[documents];
        this.years = new int[documents];
    }

    /**
     * Indexes document {@code id} and returns its fragment file, to be written now: the index keeps
     * only its name. Thread-safe; each id is added once.
     */
    public IndexFile add(int id, SearchDocument document) {
        Map<String, Integer> weights = new HashMap<>();
        analysis.terms(document.title()).forEach(term -> weights.merge(term, TITLE_WEIGHT, Integer::sum));
        analysis.terms(document.text()).forEach(term -> weights.merge(term, 1, Integer::sum));
        document.topics().forEach(slug -> weights.put("#" + slug, 1));
        weights.forEach((term, weight) -> postings.computeIfAbsent(term, t -> new Postings()).add(id, weight));

        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("u", document.href());
        fragment.put("t", document.title());
        fragment.put("d", document.dateIso());
        fragment.put("h", document.dateText());
        fragment.put("x", PlainText.excerpt(document.text(), EXCERPT));
        IndexFile file = IndexFile.json(directory, "f/", Json.value(fragment));
        fragments[id] = nameOf(file);
        years[id] = document.year();
        return file;
    }

    /**
     * Hands over the chunks, one bucket at a time (only one bucket's encoded postings exist at once),
     * then the tables and, last, the manifest; returns the manifest's path.
     */
    public String writeFiles(Consumer<IndexFile> out) {
        int bucketCount = Buckets.count(fragments.length);
        List<List<String>> termsByBucket = new ArrayList<>();
        for (int i = 0; i < bucketCount; i++) {
            termsByBucket.add(new ArrayList<>());
        }
        postings.keySet().forEach(term -> termsByBucket.get(Buckets.of(term, bucketCount)).add(term));
        List<String> chunkNames = new ArrayList<>();
        for (List<String> terms : termsByBucket) {
            if (terms.isEmpty()) {
                chunkNames.add("");
                continue;
            }
            Map<String, Object> bucket = new TreeMap<>();
            terms.forEach(term -> bucket.put(term, postings.get(term).deltaEncoded()));
            IndexFile chunk = IndexFile.json(directory, "t/", Json.value(bucket));
            out.accept(chunk);
            chunkNames.add(nameOf(chunk));
        }
        List<String> tableNames = new ArrayList<>();
        for (int start = 0; start < fragments.length; start += TABLE_SIZE) {
            // an article whose body failed to render has no fragment; the build fails on its diagnostic
            List<String> names = Arrays.stream(fragments, start, Math.min(fragments.length, start + TABLE_SIZE))
                    .map(name -> name == null ? "" : name).toList();
            IndexFile table = IndexFile.json(directory, "d/", Json.value(names));
            out.accept(table);
            tableNames.add(nameOf(table));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("documents", fragments.length);
        manifest.put("chunks", chunkNames);
        manifest.put("tableSize", TABLE_SIZE);
        manifest.put("tables", tableNames);
        manifest.put("years", yearRanges());
        manifest.put("analysis", analysis.browserConfig());
        IndexFile file = IndexFile.json(directory, "manifest.", Json.value(manifest));
        out.accept(file);
        return file.path();
    }

    /** {@code [[year, first id, last id], …]}; ids follow the date, so each year is one range. */
    private List<int[]> yearRanges() {
        List<int[]> ranges = new ArrayList<>();
        for (int id = 0; id < years.length; id++) {
            if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[0] != years[id]) {
                ranges.add(new int[] {years[id], id, id});
            } else {
                ranges.get(ranges.size() - 1)[2] = id;
            }
        }
        return ranges;
    }

    private String nameOf(IndexFile file) {
        String path = file.path();
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".json".length());
    }
}
