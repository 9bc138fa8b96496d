package by.vestnik.write;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stops a build that would take down most of a live site: one that removes more than half of
 * the pages the last build published, or publishes no story where the last build had some. An
 * empty or mistyped content directory looks exactly like that; a real reorganisation is
 * confirmed once with {@code allowMassRemoval}.
 */
public final class RemovalGuard {
    private RemovalGuard() {
    }

    /** Why the build must not publish, or empty when it may. */
    public static Optional<String> refusal(Manifest last, List<String> removed, int stories) {
        long lastPages = last.pages();
        long removedPages = removed.stream().filter(Manifest::isPage).count();
        String confirm = "; if that is what you mean, build once with -Dvestnik.allowMassRemoval=true "
                + "(<allowMassRemoval>true</allowMassRemoval> in the plugin's configuration, --allow-mass-removal "
                + "without Maven); the published site was left as it was";
        if (last.stories() > 0 && stories == 0) {
            return Optional.of(String.format(Locale.ROOT, "the content has no story to publish, and the last build published %d;"
                    + " this build would remove %d of its %d pages: is contentDirectory right?%s",
                    last.stories(), removedPages, lastPages, confirm));
        }
        if (lastPages > 0 && removedPages * 2 > lastPages) {
            return Optional.of(String.format(Locale.ROOT, "this build would remove %d of the %d pages the last build published"
                    + " (more than half): is contentDirectory right?%s", removedPages, lastPages, confirm));
        }
        return Optional.empty();
    }
}
