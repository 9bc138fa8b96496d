package by.vestnik.load;

import java.util.Map;

/**
 * One topic, the same concept in every language: a key that articles name in their front matter,
 * a URL slug, and a label per language (ШОС / ШАС / SCO).
 */
public record Tag(String key, String slug, Map<String, String> labels) {

    public Tag {
        labels = Map.copyOf(labels);
    }

    public String label(String language) {
        return labels.getOrDefault(language, key);
    }
}
