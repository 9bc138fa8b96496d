package by.vestnik.search;

import java.util.Arrays;

/**
 * One term's postings, filled from many threads: each a document id and the term's weight in it,
 * packed in one int (id in the high 23 bits, weight capped at 255 in the low 8), so that a site of
 * 3 × 10,000 articles keeps its postings in tens of megabytes.
 */
final class Postings {
    static final int MAX_WEIGHT = 255;
    private int[] packed = new int[4];
    private int size;

    synchronized void add(int document, int weight) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, packed.length + (packed.length >> 1) + 1);
        }
        packed[size++] = (document << 8) | Math.min(weight, MAX_WEIGHT);
    }

    /** Ordered by document id, the ids as differences from the previous one: {@code [id, weight, Δid, weight, …]}. */
    synchronized int[] deltaEncoded() {
        int[] sorted = Arrays.copyOf(packed, size);
        Arrays.sort(sorted);
        int[] out = new int[2 * size];
        int previous = 0;
        for (int i = 0; i < size; i++) {
            int document = sorted[i] >>> 8;
            out[2 * i] = document - previous;
            out[2 * i + 1] = sorted[i] & 0xff;
            previous = document;
        }
        return out;
    }
}
