package by.vestnik.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import by.vestnik.slug.SlugScheme;

/**
 * {@code vestnik:new}: a new story folder {@code content/news/<date>-<slug>/} with one language
 * version whose front matter is filled in. Never overwrites: an existing version is an error,
 * while a new language version of an existing story is simply added.
 */
public final class StoryScaffold {
    /** How the title of a new story starts until someone writes it; a story published with it is reported. */
    public static final String TITLE_PLACEHOLDER = "TODO:";

    private StoryScaffold() {
    }

    public static Path create(Path contentDir, List<String> languages, String slug, String language, LocalDate today)
            throws IOException {
        return create(contentDir, Path.of("templates"), languages, slug, null, language, today);
    }

    /**
     * As above, with a title: the slug, when not given, is the title's by the language's
     * {@link SlugScheme} (rules from {@code templatesDir/slugs/} over the plugin's), and the title
     * goes into the front matter.
     */
    public static Path create(Path contentDir, Path templatesDir, List<String> languages, String slug, String title,
                              String language, LocalDate today) throws IOException {
        boolean titled = title != null && !title.isBlank();
        if ((slug == null || slug.isBlank()) && !titled) {
            throw new IllegalArgumentException("give the story's title (-Dvestnik.title=\"…\") or its slug "
                    + "(-Dvestnik.slug=sco-meeting)");
        }
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("lang '" + language + "' is not one of the site's languages "
                    + String.join(", ", languages));
        }
        if (slug == null || slug.isBlank()) {
            slug = SlugScheme.of(language, templatesDir).slug(title);
            if (slug.isEmpty()) {
                throw new IllegalArgumentException("the title '" + title + "' has no letter or digit to make a slug of; "
                        + "give one with -Dvestnik.slug=sco-meeting");
            }
        }
        if (!PathSegments.isSafeSegment(slug)) {
            throw new IllegalArgumentException("slug '" + slug + "' is not a safe URL segment "
                    + "(use letters a-z, digits, '-', '_'), e.g. -Dvestnik.slug=sco-meeting");
        }
        Path storyDir = existingStory(contentDir.resolve("news"), slug)
                .orElse(contentDir.resolve("news").resolve(today + "-" + slug));
        Path file = storyDir.resolve(language + ".md");
        Files.createDirectories(storyDir);
        String text = "---\n"
                + "title: " + (titled ? yamlQuoted(title.strip()) : "\"" + TITLE_PLACEHOLDER + " " + slug + "\"") + "\n"
                + "date: " + today + "\n"
                + "summary: \"\"\n"
                + "tags: []\n"
                + "draft: true\n"
                + "---\n\n"
                + "TODO: the text of the story.\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(file + " already exists; it was left as it was");
        }
        return file;
    }

    /** A YAML double-quoted scalar: the title exactly, whatever quotes or backslashes it has. */
    static String yamlQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    private static java.util.Optional<Path> existingStory(Path newsDir, String slug) throws IOException {
        if (!Files.isDirectory(newsDir)) {
            return java.util.Optional.empty();
        }
        try (var dirs = Files.list(newsDir)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().equals(slug)
                            || d.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-" + java.util.regex.Pattern.quote(slug)))
                    .sorted()
                    .findFirst();
        }
    }
}
