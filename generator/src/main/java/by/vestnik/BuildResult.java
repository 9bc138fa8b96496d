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
 * @param missingTranslations language versions the published stories lack ({@code vestnik:translations}
 *                  lists them); -1 when unknown, on a build skipped because nothing changed
 * @param rendering how many pages were rendered and why ("12 of 4,339 pages re-rendered: 1 story
 *                  changed"); empty on a build skipped because nothing changed
 */
public record BuildResult(int pages, int feeds, int languages, int written, int unchanged, int removed, int kept,
                          long warnings, Duration elapsed, int missingTranslations, String rendering) {

    public BuildResult(int pages, int feeds, int languages, int written, int unchanged, int removed, int kept,
                       long warnings, Duration elapsed, int missingTranslations) {
        this(pages, feeds, languages, written, unchanged, removed, kept, warnings, elapsed, missingTranslations, "");
    }

    /** A result that does not know the missing translations. */
    public BuildResult(int pages, int feeds, int languages, int written, int unchanged, int removed, int kept,
                       long warnings, Duration elapsed) {
        this(pages, feeds, languages, written, unchanged, removed, kept, warnings, elapsed, -1);
    }

    /** The one line the build log ends with. */
    public String summary() {
        String translations = missingTranslations < 0 ? ""
                : String.format(java.util.Locale.ROOT, "; %d %s missing", missingTranslations,
                        missingTranslations == 1 ? "translation" : "translations");
        return String.format(java.util.Locale.ROOT,
                "%d pages, %d feeds, %d languages%s; %s%d files written, %d unchanged, %d removed%s; %d %s; %d ms",
                pages, feeds, languages, translations, rendering.isEmpty() ? "" : rendering + "; ", written, unchanged, removed,
                kept == 0 ? "" : ", " + kept + " not Vestnik's kept", warnings,
                warnings == 1 ? "warning" : "warnings", elapsed.toMillis());
    }
}
