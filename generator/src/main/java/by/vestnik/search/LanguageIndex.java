package by.vestnik.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/**
 * The search index of one language, split so that a query fetches only what it needs:
 * <ul>
 * <li>{@code manifest.<hash>.json}: the chunk names, the id range of each year, and how to analyse a query;</li>
 * <li>{@code t/<hash>.json}, one per bucket of terms ({@link Buckets}): each term's postings, document
 *     ids with weights (a title word counts {@value #TITLE_WEIGHT} times); a topic is the term {@code #slug};</li>
 * <li>{@code d/<hash>.json}, one per {@value #TABLE_SIZE} consecutive ids: the names of their packs;</li>
 * <li>{@code f/<hash>.json}, one pack per {@value #PACK_SIZE} consecutive ids: what each one's result shows.</li>
 * </ul>
 * Ids follow the date (oldest first), so "newest first" is "highest id first" and a year is a range
 * of ids. Every name is the hash of the content, and a weight depends only on its own document, so
 * an edit rewrites the chunks of the terms whose weights changed, the document's pack and table,
 * and the manifest, and nothing else. Results are packed because every file costs a clean build
 * its creation and its fsync: one file per document was half the index's cost at 3 × 10,000.
 */
public final class LanguageIndex {
    static final int TITLE_WEIGHT = 10;
    static final int TABLE_SIZE = 256;
    /** Documents per pack: ten results by relevance fetch at most ten packs of about 6 KB. */
    static final int PACK_SIZE = 4;
    private static final int EXCERPT = 600;

    private final String directory;
    private final Analysis analysis;
    private final int documents;
    /** Each pack's name, once written. */
    private final String[] packs;
    /** The fragments of packs not complete yet, by id; a pack is written, and its entries dropped, when its last arrives. */
    private final String[] pending;
    /** Each term by its number, for the entries the next build takes without analysing again. */
    private String[] names = new String[1024];
    private final AtomicIntegerArray arrived;
    private final int[] years;
    /** Each term's number, in the order the render threads first met it. */
    private final Map<String, Integer> termIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextTermId = new AtomicInteger();
    /**
     * Each document's terms with their weights, packed as {@code termId << 8 | weight}: filled by
     * the render threads without a lock (each writes only its own documents' slots), inverted into
     * postings once, in id order, when the files are written.
     */
    private final int[][] documentTerms;
    /** Each word's term id, so that a word met again costs one lookup: a site's vocabulary is small next to its text. */
    private final Map<String, Integer> wordTerms = new ConcurrentHashMap<>();
    /** The document being indexed, per render thread. */
    private final ThreadLocal<TermWeights> threadWeights = ThreadLocal.withInitial(TermWeights::new);

    /** @param directory where the files go, relative to the site root, ending in '/' */
    public LanguageIndex(String directory, Analysis analysis, int documents) {
        if (documents >= 1 << 23) {
            throw new IllegalArgumentException("a language's index holds at most 8,388,607 articles");
        }
        this.directory = directory;
        this.analysis = analysis;
        this.documents = documents;
        this.packs = new String[(documents + PACK_SIZE - 1) / PACK_SIZE];
        this.pending = new String[documents];
        this.arrived = new AtomicIntegerArray(packs.length);
        this.years = new int[documents];
        this.documentTerms = new int[documents][];
    }

    /**
     * Indexes document {@code id} and returns the pack file its fragment completed, to be written
     * now (the index keeps only its name), if it did. Thread-safe; each id is added once.
     */
    public Optional<IndexFile> add(int id, SearchDocument document) {
        return add(id, document, null);
    }

    /** The same, handing {@code remember} (unless null) what the document put into the index, for the next build. */
    public Optional<IndexFile> add(int id, SearchDocument document, java.util.function.Consumer<Remembered> remember) {
        TermWeights weights = threadWeights.get();
        analysis.forEachIndexedWord(document.title(), word -> weights.add(termOfWord(word), TITLE_WEIGHT));
        analysis.forEachIndexedWord(document.text(), word -> weights.add(termOfWord(word), 1));
        document.topics().forEach(slug -> weights.set(termId("#" + slug), 1));
        documentTerms[id] = weights.packedAndCleared();

        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("u", document.href());
        fragment.put("t", document.title());
        fragment.put("d", document.dateIso());
        fragment.put("h", document.dateText());
        fragment.put("x", PlainText.excerpt(document.text(), EXCERPT));
        String json = Json.value(fragment);
        if (remember != null) {
            remember.accept(remembered(documentTerms[id], json, document.year()));
        }
        return arrived(id, json, document.year());
    }

    /**
     * What one document put into the index, as the next build can put it in again without
     * analysing its text: each term with its weight, its result fragment and its year.
     */
    public record Remembered(List<String> terms, int[] weights, String fragment, int year) {
        public Remembered {
            terms = List.copyOf(terms);
        }
    }

    /** Adds document {@code id} as an earlier build indexed it; the same as {@link #add(int, SearchDocument)} of the same document. */
    public Optional<IndexFile> add(int id, Remembered document) {
        int[] packed = new int[document.terms().size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = termId(document.terms().get(i)) << 8 | document.weights()[i];
        }
        documentTerms[id] = packed;
        return arrived(id, document.fragment(), document.year());
    }

    private Remembered remembered(int[] packed, String fragment, int year) {
        List<String> terms = new ArrayList<>(packed.length);
        int[] weights = new int[packed.length];
        synchronized (this) {
            for (int i = 0; i < packed.length; i++) {
                terms.add(names[packed[i] >>> 8]);
                weights[i] = packed[i] & 0xff;
            }
        }
        return new Remembered(terms, weights, fragment, year);
    }

    private Optional<IndexFile> arrived(int id, String fragment, int year) {
        years[id] = year;
        pending[id] = fragment;
        int pack = id / PACK_SIZE;
        int size = Math.min(PACK_SIZE, documents - pack * PACK_SIZE);
        return arrived.incrementAndGet(pack) == size ? Optional.of(pack(pack)) : Optional.empty();
    }

    private int termOfWord(String word) {
        Integer term = wordTerms.get(word);
        return term != null ? term : wordTerms.computeIfAbsent(word, w -> termId(analysis.stem(w)));
    }

    private int termId(String term) {
        int id = termIds.computeIfAbsent(term, this::newTerm);
        if (id >= 1 << 24) {
            throw new IllegalStateException("a language's index holds at most 16,777,216 distinct terms");
        }
        return id;
    }

    private synchronized int newTerm(String term) {
        int id = nextTermId.getAndIncrement();
        if (id >= names.length) {
            names = Arrays.copyOf(names, Math.max(id + 1, names.length * 2));
        }
        names[id] = term;
        return id;
    }

    /** One document's weight per term id, then packed as {@code termId << 8 | weight}. */
    private static final class TermWeights {
        private int[] weights = new int[1024];
        private int[] touched = new int[256];
        private int size;

        void add(int term, int weight) {
            if (term >= weights.length) {
                weights = Arrays.copyOf(weights, Math.max(term + 1, 2 * weights.length));
            }
            if (weights[term] == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * size);
                }
                touched[size++] = term;
            }
            weights[term] += weight;
        }

        void set(int term, int weight) {
            add(term, weight - (term < weights.length ? weights[term] : 0));
        }

        int[] packedAndCleared() {
            int[] packed = new int[size];
            for (int i = 0; i < size; i++) {
                int term = touched[i];
                packed[i] = term << 8 | Math.min(weights[term], Postings.MAX_WEIGHT);
                weights[term] = 0;
            }
            size = 0;
            return packed;
        }
    }

    /** The pack's file from its documents' fragments ({@code null} for one that failed to render). */
    private IndexFile pack(int pack) {
        StringBuilder json = new StringBuilder("[");
        for (int id = pack * PACK_SIZE; id < Math.min(documents, (pack + 1) * PACK_SIZE); id++) {
            json.append(id == pack * PACK_SIZE ? "" : ",").append(pending[id] == null ? "null" : pending[id]);
            pending[id] = null;
        }
        IndexFile file = IndexFile.json(directory, "f/", json.append(']').toString());
        packs[pack] = nameOf(file);
        return file;
    }

    /**
     * Hands over the chunks, one bucket at a time (only one bucket's encoded postings exist at once),
     * then the tables and, last, the manifest; returns the manifest's path.
     */
    public String writeFiles(Consumer<IndexFile> out) {
        // an article whose body failed to render left its pack incomplete; the build fails on its diagnostic
        for (int pack = 0; pack < packs.length; pack++) {
            if (packs[pack] == null) {
                out.accept(pack(pack));
            }
        }
        int bucketCount = Buckets.count(documents);
        Postings postings = Postings.invert(documentTerms, nextTermId.get());
        Arrays.fill(documentTerms, null);
        List<List<Map.Entry<String, Integer>>> termsByBucket = new ArrayList<>();
        for (int i = 0; i < bucketCount; i++) {
            termsByBucket.add(new ArrayList<>());
        }
        termIds.entrySet().forEach(term -> termsByBucket.get(Buckets.of(term.getKey(), bucketCount)).add(term));
        List<String> chunkNames = new ArrayList<>();
        for (List<Map.Entry<String, Integer>> terms : termsByBucket) {
            if (terms.isEmpty()) {
                chunkNames.add("");
                continue;
            }
            Map<String, Object> bucket = new TreeMap<>();
            terms.forEach(term -> bucket.put(term.getKey(), postings.deltaEncoded(term.getValue())));
            IndexFile chunk = IndexFile.json(directory, "t/", Json.value(bucket));
            out.accept(chunk);
            chunkNames.add(nameOf(chunk));
        }
        List<String> tableNames = new ArrayList<>();
        for (int start = 0; start < packs.length; start += TABLE_SIZE / PACK_SIZE) {
            List<String> names = Arrays.asList(packs).subList(start, Math.min(packs.length, start + TABLE_SIZE / PACK_SIZE));
            IndexFile table = IndexFile.json(directory, "d/", Json.value(names));
            out.accept(table);
            tableNames.add(nameOf(table));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("documents", documents);
        manifest.put("chunks", chunkNames);
        manifest.put("tableSize", TABLE_SIZE);
        manifest.put("packSize", PACK_SIZE);
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
