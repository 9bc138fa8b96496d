package by.vestnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which published stories have no version in which language: what a web team keeping Russian and
 * Belarusian in step has to translate next. Read from the site model, the one map of versions.
 */
public final class TranslationCoverage {
    /**
     * A story without a version in some language.
     *
     * @param folder    the story's folder below the content directory ({@code news/2025-05-15-…})
     * @param date      the date of its first version
     * @param languages the languages it has, in the site's order
     */
    public record Missing(String folder, LocalDate date, List<String> languages) {
        public Missing {
            languages = List.copyOf(languages);
        }
    }

    private final int stories;
    private final Map<String, List<Missing>> byLanguage;

    private TranslationCoverage(int stories, Map<String, List<Missing>> byLanguage) {
        this.stories = stories;
        this.byLanguage = byLanguage;
    }

    public static TranslationCoverage of(Site site) {
        Map<String, List<Missing>> byLanguage = new LinkedHashMap<>();
        for (String language : site.languages()) {
            List<Missing> missing = new ArrayList<>();
            for (Story story : site.stories()) {
                if (story.version(language).isEmpty()) {
                    missing.add(new Missing(story.id(), firstDate(story),
                            story.versions().stream().map(Article::language).toList()));
                }
            }
            missing.sort(Comparator.comparing(Missing::date).reversed().thenComparing(Missing::folder));
            byLanguage.put(language, List.copyOf(missing));
        }
        return new TranslationCoverage(site.stories().size(), byLanguage);
    }

    /** The stories without a version in the language, newest first. */
    public List<Missing> missing(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    /** Versions missing in all languages together (a story missing two languages counts twice). */
    public int missingCount() {
        return byLanguage.values().stream().mapToInt(List::size).sum();
    }

    /** The report as {@code vestnik:translations} prints it, one line each. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(stories + (stories == 1 ? " published story" : " published stories") + "; versions missing: "
                + String.join(", ", byLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList()));
        byLanguage.forEach((language, missing) -> {
            if (!missing.isEmpty()) {
                lines.add("no version in " + language + " (" + missing.size() + "), newest first:");
                missing.forEach(m -> lines.add("  " + m.date() + "  " + m.folder() + "  (has " + String.join(", ", m.languages()) + ")"));
            }
        });
        return lines;
    }

    private static LocalDate firstDate(Story story) {
        return story.versions().stream().map(a -> a.date().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
    }
}
