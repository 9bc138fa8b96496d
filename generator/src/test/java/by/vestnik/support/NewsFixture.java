package by.vestnik.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A generated news section big enough to paginate: 25 published stories over three years
 * (2023–2025), all in Russian, some also in English and Belarusian, tagged from a table of three
 * topics, some with old addresses; plus a draft and a story dated after {@link TestSites#NOW}, each
 * with a topic, a year or an old address that no published story has. The tests compute what the
 * site must contain from {@link #stories()}, never from the engine.
 */
public final class NewsFixture {
    /** One language version of a story as written to {@code content/news/<folder>/<language>.md}. */
    public record Story(int number, String slug, LocalDate date, List<String> languages, List<String> tags,
                        Map<String, String> aliases, String updated, boolean draft) {

        public String folder() {
            return date + "-" + slug;
        }

        public int year() {
            return date.getYear();
        }

        /** {@code ru/news/2025/story-13/} */
        public String path(String language) {
            return language + "/news/" + year() + "/" + slug + "/";
        }

        public String title(String language) {
            return switch (language) {
                case "ru" -> "Новость " + number;
                case "be" -> "Навіна " + number;
                default -> "Story " + number;
            };
        }
    }

    public static final String DRAFT = "draft-story";
    public static final String FUTURE = "future-story";
    /** A topic only the future story has, and the year only it is in. */
    public static final String FUTURE_TAG = "space";
    public static final int FUTURE_YEAR = 2026;

    private NewsFixture() {
    }

    /** The 25 published stories, oldest first. */
    public static List<Story> published() {
        List<Story> stories = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            LocalDate date = i <= 5 ? LocalDate.of(2023, i, 10)
                    : i <= 12 ? LocalDate.of(2024, i - 5, 10)
                    : LocalDate.of(2025, 1, 5).plusDays((i - 13) * 20L);
            List<String> languages = new ArrayList<>(List.of("ru"));
            if (i % 3 == 0 && i > 3) {
                languages.add("be");
            }
            if (i % 2 == 1 || i >= 20) {
                languages.add("en");
            }
            List<String> tags = new ArrayList<>();
            if (i % 2 == 0) {
                tags.add("sco");
            }
            if (i % 5 == 0) {
                tags.add("china");
            }
            Map<String, String> aliases = switch (i) {
                case 1 -> Map.of("ru", "/node/1");
                case 7 -> Map.of("en", "/en/old/seven.html");
                case 12 -> Map.of("be", "/be/archive/12", "ru", "/ru/archive/12");
                default -> Map.of();
            };
            String updated = i == 25 ? "2025-09-20T10:00" : null;
            stories.add(new Story(i, String.format("story-%02d", i), date, languages, tags, aliases, updated, false));
        }
        return stories;
    }

    /** The draft (dated in the past) and the future story: published only with {@code drafts(true)}. */
    public static List<Story> unpublished() {
        return List.of(
                new Story(90, DRAFT, LocalDate.of(2025, 3, 1), List.of("ru", "en"), List.of("sco"),
                        Map.of("ru", "/node/draft"), null, true),
                new Story(91, FUTURE, LocalDate.of(FUTURE_YEAR, 1, 15), List.of("ru", "be"),
                        List.of("china", FUTURE_TAG), Map.of("be", "/node/future"), null, false));
    }

    public static List<Story> stories(boolean withUnpublished) {
        List<Story> all = new ArrayList<>(published());
        if (withUnpublished) {
            all.addAll(unpublished());
        }
        return all;
    }

    /** A language's stories, newest first, as its lists must show them. */
    public static List<Story> newestFirst(List<Story> stories, String language) {
        return stories.stream().filter(s -> s.languages().contains(language))
                .sorted((a, b) -> b.date().compareTo(a.date())).toList();
    }

    public static Set<String> tags(List<Story> stories, String language) {
        return stories.stream().filter(s -> s.languages().contains(language)).flatMap(s -> s.tags().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<Integer> years(List<Story> stories, String language) {
        return stories.stream().filter(s -> s.languages().contains(language)).map(Story::year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Writes the content folder: the topic table and every story, published or not. */
    public static void write(Path contentDir) {
        TestSites.write(contentDir.resolve("tags.yaml"), """
                sco:
                  slug: sco
                  ru: ШОС
                  be: ШАС
                  en: SCO
                china:
                  slug: china
                  ru: Китай
                  be: Кітай
                  en: China
                space:
                  slug: space
                  ru: Космос
                  be: Космас
                  en: Space
                """);
        for (Story story : stories(true)) {
            for (String language : story.languages()) {
                StringBuilder front = new StringBuilder();
                if (!story.tags().isEmpty()) {
                    front.append("tags: [").append(String.join(", ", story.tags())).append("]\n");
                }
                if (story.aliases().containsKey(language)) {
                    front.append("aliases: [\"").append(story.aliases().get(language)).append("\"]\n");
                }
                if (story.updated() != null) {
                    front.append("updated: ").append(story.updated()).append("\n");
                }
                if (story.draft()) {
                    front.append("draft: true\n");
                }
                front.append("slug: ").append(story.slug()).append("\n");
                TestSites.write(contentDir.resolve("news").resolve(story.folder()).resolve(language + ".md"),
                        TestSites.article(story.title(language), story.date().toString(), front.toString(),
                                "Text of " + story.slug() + " in " + language + "."));
            }
        }
    }
}
