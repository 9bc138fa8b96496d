package by.vestnik.search;

/**
 * Which chunk holds a term: FNV-1a (32 bits) over the term's UTF-16 code units, modulo the number
 * of chunks. search.js computes the same; a term's chunk so never depends on the other terms, and
 * an edit that leaves a term's postings alone leaves its chunk's name alone.
 */
final class Buckets {
    private Buckets() {
    }

    static int of(String term, int buckets) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, buckets);
    }

    /**
     * How many chunks a language's index has: about one per eight articles, a power of two, so that
     * it changes only when the site doubles or halves, not with each story.
     */
    static int count(int documents) {
        int target = Math.max(1, documents / 8);
        return Math.min(4096, Integer.highestOneBit(target));
    }
}
