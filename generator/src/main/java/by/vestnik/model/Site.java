package by.vestnik.model;

import by.vestnik.SiteConfig;
import by.vestnik.load.ContentFiles;
import by.vestnik.load.Tag;
import java.util.Comparator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site to publish: its stories, and each language's articles newest first. Immutable; built
 * by {@link SiteModelBuilder}.
 */
public final class Site {
    private final SiteConfig config;
    private final SiteUrls urls;
    private final Map<String, Story> storiesById = new LinkedHashMap<>();
    private final Map<String, List<Article>> articlesByLanguage;
    private final Map<Path, Article> articlesByFile = new HashMap<>();
    private final Map<Path, Story> storiesByDir = new HashMap<>();

    private final List<Tag> tags;
    /** Lists derived from the model on first use; list and feed renderers ask for them repeatedly. */
    private final Map<String, List<Article>> derived = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> years = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Article>>> tagged = new ConcurrentHashMap<>();
    private final Instant nextDue;
    private final ContentFiles files;

    Site(SiteConfig config, List<Story> stories, Map<String, List<Article>> articlesByLanguage, List<Tag> tags,
         Instant nextDue, ContentFiles files) {
        this.files = files;
        this.tags = List.copyOf(tags);
        this.nextDue = nextDue;
        this.config = config;
        this.urls = new SiteUrls(config.baseUrl());
        for (Story story : stories) {
            storiesById.put(story.id(), story);
            storiesByDir.put(story.dir(), story);
            story.versions().forEach(article -> articlesByFile.put(article.source().file(), article));
        }
        this.articlesByLanguage = Map.copyOf(articlesByLanguage);
    }

    public SiteConfig config() {
        return config;
    }

    public SiteUrls urls() {
        return urls;
    }

    /** The content's files other than articles: what story folders hold, what a link may name. */
    public ContentFiles files() {
        return files;
    }

    public List<String> languages() {
        return config.languages();
    }

    /** Stories in the order of their folder names. */
    public List<Story> stories() {
        return List.copyOf(storiesById.values());
    }

    /** The language's published articles, newest first. */
    public List<Article> articles(String language) {
        return articlesByLanguage.getOrDefault(language, List.of());
    }

    public Story story(Article article) {
        return storiesById.get(article.storyId());
    }

    /** The published article read from this file, if any. */
    public Optional<Article> articleAt(Path file) {
        return Optional.ofNullable(articlesByFile.get(file));
    }

    /** The published story whose folder this is, if any. */
    public Optional<Story> storyAt(Path dir) {
        return Optional.ofNullable(storiesByDir.get(dir));
    }

    /** When the first story left out for its future date becomes due (far in the future if none). */
    public Instant nextDue() {
        return nextDue;
    }

    /** The tags that at least one published article uses, in the tag table's order. */
    public List<Tag> tags() {
        return tags;
    }

    /** The language's articles with this tag, newest first (computed once, then kept). */
    public List<Article> articlesTagged(String language, Tag tag) {
        return tagged.computeIfAbsent(language, this::byTag).getOrDefault(tag.key(), List.of());
    }

    /** The language's articles by tag key, in one pass over them (a filter per tag was one pass per tag). */
    private Map<String, List<Article>> byTag(String language) {
        Map<String, List<Article>> byTag = new java.util.HashMap<>();
        for (Article article : articles(language)) {
            for (String key : new java.util.LinkedHashSet<>(article.source().tags())) {
                byTag.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(article);
            }
        }
        byTag.replaceAll((key, articles) -> List.copyOf(articles));
        return byTag;
    }

    /** The tags of an article, in the tag table's order. */
    public List<Tag> tagsOf(Article article) {
        return tags.stream().filter(t -> article.source().tags().contains(t.key())).toList();
    }

    /** The years in which the language has articles, newest first. */
    public List<Integer> years(String language) {
        return years.computeIfAbsent(language, l -> articles(l).stream().map(a -> a.date().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList());
    }

    /** The language's articles of one year, newest first (computed once, then kept). */
    public List<Article> articlesOfYear(String language, int year) {
        return derived.computeIfAbsent("year\u0000" + language + "\u0000" + year, key ->
                articles(language).stream().filter(a -> a.date().getYear() == year).toList());
    }
}
