package by.vestnik;

import java.util.Arrays;
import java.util.Map;

/**
 * A map's keys in their natural order, for writing a file of tens of thousands of entries in a
 * stable order: one sort of an array, where copying the map into a TreeMap cost a balanced-tree
 * insertion (and its node) per entry, the larger part of writing the build record.
 */
public final class SortedKeys {
    private SortedKeys() {
    }

    public static String[] of(Map<String, ?> map) {
        String[] keys = map.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        return keys;
    }
}
