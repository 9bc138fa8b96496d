package by.vestnik.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of equal values across the pages of a build. The facts of every page are kept
 * until the check ends, and most of what they hold repeats: the same links (navigation, assets)
 * are on every page, and the versions of a story name the same alternates. Thread-safe.
 */
final class SharedValues {
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<List<String>, Map<String, String>> alternates = new ConcurrentHashMap<>();

    String string(String value) {
        String earlier = strings.putIfAbsent(value, value);
        return earlier == null ? value : earlier;
    }

    /** The one instance of these alternates (hreflang code to URL, in this order); the map is not changed afterwards. */
    Map<String, String> alternates(Map<String, String> codeToHref) {
        List<String> key = new ArrayList<>(codeToHref.size() * 2);
        codeToHref.forEach((code, href) -> {
            key.add(string(code));
            key.add(string(href));
        });
        return alternates.computeIfAbsent(List.copyOf(key), list -> {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < list.size(); i += 2) {
                map.put(list.get(i), list.get(i + 1));
            }
            return java.util.Collections.unmodifiableMap(map);
        });
    }
}
