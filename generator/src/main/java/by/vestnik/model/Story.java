package by.vestnik.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A story: its language versions, in the site's language order. The one source of truth for
 * "which versions exist", read by hreflang links, the language switcher and the sitemap alike.
 */
public record Story(String id, Path dir, List<Article> versions) {

    public Story {
        versions = List.copyOf(versions);
    }

    public Optional<Article> version(String language) {
        return versions.stream().filter(a -> a.language().equals(language)).findFirst();
    }
}
