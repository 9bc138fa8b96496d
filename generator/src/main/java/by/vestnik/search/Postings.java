package by.vestnik.search;

import java.util.Arrays;

/** One term's postings: document ids with the term's weight in each, filled from many threads. */
final class Postings {
    private int[] pairs = new int[8];
    private int size;

    synchronized void add(int document, int weight) {
        if (size + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = document;
        pairs[size++] = weight;
    }

    /** Ordered by document id, the ids as differences from the previous one: {@code [id, weight, Δid, weight, …]}. */
    synchronized int[] deltaEncoded() {
        int count = size / 2;
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) pairs[2 * i] << 32) | pairs[2 * i + 1];
        }
        Arrays.sort(packed);
        int[] out = new int[size];
        int previous = 0;
        for (int i = 0; i < count; i++) {
            int document = (int) (packed[i] >>> 32);
            out[2 * i] = document - previous;
            out[2 * i + 1] = (int) packed[i];
            previous = document;
        }
        return out;
    }
}
