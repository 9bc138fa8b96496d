package by.vestnik.search;

import java.util.Arrays;

/**
 * The postings of every term of one language, inverted from the documents' terms: for each term,
 * the documents holding it in id order, each with the term's weight, packed in one int (id in the
 * high 23 bits, weight capped at 255 in the low 8). One array for all terms, exactly as long as
 * the postings are many, so that 3 × 10,000 articles keep them in a few megabytes each.
 */
final class Postings {
    static final int MAX_WEIGHT = 255;
    private final int[] packed;
    /** Where each term's postings start in {@link #packed}; one entry more than there are terms. */
    private final int[] starts;

    private Postings(int[] packed, int[] starts) {
        this.packed = packed;
        this.starts = starts;
    }

    /**
     * @param documentTerms per document id, its terms as {@code termId << 8 | weight}; null for a
     *                      document that was not indexed
     * @param terms         how many term ids there are
     */
    static Postings invert(int[][] documentTerms, int terms) {
        int[] starts = new int[terms + 1];
        for (int[] document : documentTerms) {
            if (document != null) {
                for (int posting : document) {
                    starts[(posting >>> 8) + 1]++;
                }
            }
        }
        for (int term = 0; term < terms; term++) {
            starts[term + 1] += starts[term];
        }
        int[] next = Arrays.copyOf(starts, terms);
        int[] packed = new int[starts[terms]];
        // documents in id order: each term's postings come out sorted by id without a sort
        for (int id = 0; id < documentTerms.length; id++) {
            if (documentTerms[id] != null) {
                for (int posting : documentTerms[id]) {
                    packed[next[posting >>> 8]++] = id << 8 | (posting & 0xff);
                }
            }
        }
        return new Postings(packed, starts);
    }

    /** A term's postings by document id, the ids as differences from the previous one: {@code [id, weight, Δid, weight, …]}. */
    int[] deltaEncoded(int term) {
        int from = starts[term];
        int to = starts[term + 1];
        int[] out = new int[2 * (to - from)];
        int previous = 0;
        for (int i = from; i < to; i++) {
            int document = packed[i] >>> 8;
            out[2 * (i - from)] = document - previous;
            out[2 * (i - from) + 1] = packed[i] & 0xff;
            previous = document;
        }
        return out;
    }
}
