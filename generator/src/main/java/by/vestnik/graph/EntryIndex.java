package by.vestnik.graph;

import java.util.Arrays;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Where each entry of a memo section lies, found by its key. It keeps no key: each entry's place
 * under a 64-bit hash of its key, in an open-addressing table of primitive arrays, some 20 bytes
 * an entry, where a map of the keys took 6 MB a section at 3 x 10,000 (three sections, held
 * through rendering). The key itself is written at the entry's place, so the reader compares it
 * there ({@link #candidates}) and a collision of hashes never returns another key's entry.
 */
final class EntryIndex {
    static final EntryIndex EMPTY = new EntryIndex(0);

    private long[] hashes;
    /** Where the entry's head (its key, then its length) starts in the file. */
    private long[] offsets;
    /** Head and entry together, in bytes; 0: a free slot. */
    private int[] sizes;
    private int count;

    EntryIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 3 / 2)) << 1;
        hashes = new long[capacity];
        offsets = new long[capacity];
        sizes = new int[capacity];
    }

    static long hash(byte[] utf8) {
        return MurmurHash3.hash128x64(utf8, 0, utf8.length, 0x1de7)[0];
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Notes an entry; {@code size} (head and entry) is positive. */
    void add(long hash, long offset, int size) {
        if ((count + 1) * 3L > hashes.length * 2L) {
            grow();
        }
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        while (sizes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        offsets[slot] = offset;
        sizes[slot] = size;
        count++;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldOffsets = offsets;
        int[] oldSizes = sizes;
        hashes = new long[oldHashes.length * 2];
        offsets = new long[oldHashes.length * 2];
        sizes = new int[oldHashes.length * 2];
        count = 0;
        for (int i = 0; i < oldSizes.length; i++) {
            if (oldSizes[i] != 0) {
                add(oldHashes[i], oldOffsets[i], oldSizes[i]);
            }
        }
    }

    /**
     * The places (offset, size) of the entries whose key has this hash, in the order they were
     * added: almost always none or one.
     */
    long[][] candidates(long hash) {
        if (count == 0) {
            return new long[0][];
        }
        long[][] found = new long[0][];
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; sizes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = new long[] {offsets[slot], sizes[slot]};
            }
        }
        return found;
    }
}
