package by.vestnik.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a content directory says it publishes, read straight from the story files' front matter
 * (with the YAML library, not the engine's loader), so that tests of a site whose stories change
 * every day derive what they expect from the stories instead of hard-coding it. It applies the
 * README's rules: one folder per story, {@code <lang>.md} per version; the slug is {@code slug:} or
 * the folder name without its leading date; a version is published unless it is a draft or dated
 * after the build's {@code now}; it lives at {@code /<lang>/news/<year>/<slug>/}, the year in the
 * site's time zone.
 */
public final class ContentIndex {
    /** One language version of a story, as its front matter gives it. */
    public record Version(Path file, String story, String language, String title, ZonedDateTime date, boolean draft,
                          String slug, List<String> tags, List<String> aliases) {
        public boolean publishedAt(Instant now) {
            return !draft && !date.toInstant().isAfter(now);
        }

        /** The page's path below the site root, with its trailing slash: {@code ru/news/2025/slug/}. */
        public String path() {
            return language + "/news/" + date.getYear() + "/" + slug + "/";
        }

        /** The file an alias's redirect page is written to, as the README and the engine name it. */
        public static String aliasFile(String alias) {
            String path = alias.replaceAll("^/+|/+$", "");
            return path.matches(".*\\.html?$") ? path : path + "/index.html";
        }
    }

    private final List<Version> versions;
    private final Map<String, String> tagSlugs;

    private ContentIndex(List<Version> versions, Map<String, String> tagSlugs) {
        this.versions = versions;
        this.tagSlugs = tagSlugs;
    }

    /** Reads every {@code <lang>.md} below {@code content} for the given languages, and {@code tags.yaml}. */
    public static ContentIndex read(Path content, List<String> languages, ZoneId zone) {
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String language = name.endsWith(".md") ? name.substring(0, name.length() - 3) : "";
                if (languages.contains(language)) {
                    versions.add(version(content, file, language, zone));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> slugs = new LinkedHashMap<>();
        Path tags = content.resolve("tags.yaml");
        if (Files.isRegularFile(tags)) {
            Object table = new Load(LoadSettings.builder().build()).loadFromString(TestSites.read(tags));
            if (table instanceof Map<?, ?> map) {
                map.forEach((key, value) -> slugs.put(String.valueOf(key),
                        value instanceof Map<?, ?> topic && topic.get("slug") != null ? String.valueOf(topic.get("slug"))
                                : String.valueOf(key)));
            }
        }
        return new ContentIndex(List.copyOf(versions), slugs);
    }

    private static Version version(Path content, Path file, String language, ZoneId zone) {
        String text = TestSites.read(file).replace("\uFEFF", "").replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new IllegalArgumentException(file + ": no front matter");
        }
        int end = text.indexOf("\n---", 3);
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(text.substring(4, end + 1));
        if (!(yaml instanceof Map<?, ?> front)) {
            throw new IllegalArgumentException(file + ": front matter is not a mapping");
        }
        String folder = file.getParent().getFileName().toString();
        Object slug = front.get("slug");
        return new Version(file, content.relativize(file.getParent()).toString().replace('\\', '/'), language,
                String.valueOf(front.get("title")), date(String.valueOf(front.get("date")), zone),
                Boolean.TRUE.equals(front.get("draft")),
                slug != null ? String.valueOf(slug) : folder.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""),
                strings(front.get("tags")), strings(front.get("aliases")));
    }

    /** {@code 2025-04-09}, {@code 2025-04-09T14:30} (both in the site's zone) or with an offset. */
    static ZonedDateTime date(String value, ZoneId zone) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).atStartOfDay(zone);
        }
        if (value.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
            return OffsetDateTime.parse(value).atZoneSameInstant(zone);
        }
        return LocalDateTime.parse(value).atZone(zone);
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    public List<Version> all() {
        return versions;
    }

    /** The versions a build at {@code now} publishes in {@code language}, newest first. */
    public List<Version> published(String language, Instant now) {
        return versions.stream().filter(v -> v.language().equals(language) && v.publishedAt(now))
                .sorted(Comparator.comparing((Version v) -> v.date().toInstant()).reversed()).toList();
    }

    /** The published versions of the story {@code version} belongs to, itself included. */
    public List<Version> translations(Version version, Instant now) {
        return versions.stream().filter(v -> v.story().equals(version.story()) && v.publishedAt(now)).toList();
    }

    /** A topic key's URL slug from {@code tags.yaml}. */
    public String tagSlug(String key) {
        String slug = tagSlugs.get(key);
        if (slug == null) {
            throw new IllegalArgumentException("topic '" + key + "' is not in tags.yaml");
        }
        return slug;
    }
}
