package by.vestnik;

import java.time.Duration;

/**
 * What a successful build did.
 *
 * @param pages     HTML pages produced (articles, lists, the chooser)
 * @param feeds     RSS feeds produced
 * @param written   files written because they were new or changed
 * @param unchanged files produced with the same bytes as before, left untouched
 * @param removed   files of the previous build no longer produced, removed
 * @param kept      files in the output that Vestnik did not publish, left as they were
 */
public record BuildResult(int pages, int feeds, int languages, int written, int unchanged, int removed, int kept,
                          long warnings, Duration elapsed) {

    /** The one line the build log ends with. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d pages, %d feeds, %d languages; %d files written, %d unchanged, %d removed%s; %d %s; %d ms",
                pages, feeds, languages, written, unchanged, removed,
                kept == 0 ? "" : ", " + kept + " not Vestnik's kept", warnings,
                warnings == 1 ? "warning" : "warnings", elapsed.toMillis());
    }
}
