package by.vestnik.model;

import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostics;
import by.vestnik.load.ContentFiles;
import by.vestnik.load.SourceArticle;
import by.vestnik.load.Tag;
import org.apache.commons.text.similarity.LevenshteinDistance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places loaded articles in the site: leaves out drafts and stories not due yet, groups the
 * language versions of each story, gives every version its URL and checks that no two pages
 * claim the same one.
 */
public final class SiteModelBuilder {
    /** Newest first; the path breaks ties so that the order never depends on the file system. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.comparing(d -> d.toInstant()))
            .reversed()
            .thenComparing(Article::path);

    private static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");

    private final SiteConfig config;
    private final Diagnostics diagnostics;

    public SiteModelBuilder(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public Site build(List<SourceArticle> sources, Map<String, Tag> tagTable) {
        return build(sources, tagTable, ContentFiles.onDisk());
    }

    /** @param files the content's other files, as the loader saw them */
    public Site build(List<SourceArticle> sources, Map<String, Tag> tagTable, ContentFiles files) {
        Map<String, List<Article>> versionsByStory = new TreeMap<>();
        Map<String, Path> claimedPaths = new HashMap<>();
        Map<String, Path> claimedAliases = new HashMap<>();
        for (SourceArticle source : sources) {
            checkTags(source, tagTable);
            if (!isPublished(source)) {
                continue;
            }
            for (String alias : source.aliases()) {
                Path other = claimedAliases.putIfAbsent(alias, source.file());
                if (other != null) {
                    diagnostics.error(source.file(), 0, "alias /" + alias + " is also claimed by " + shown(other));
                }
            }
            String path = SiteUrls.article(source.language(), source.date().getYear(), source.slug());
            Path other = claimedPaths.putIfAbsent(path, source.file());
            if (other != null) {
                diagnostics.error(source.file(), 0, "this article would be written to /" + path
                        + ", which " + shown(other) + " already uses; give one of them another 'slug'");
                continue;
            }
            versionsByStory.computeIfAbsent(source.storyId(), id -> new ArrayList<>())
                    .add(new Article(source, path));
        }
        List<Story> stories = new ArrayList<>();
        Map<String, List<Article>> byLanguage = new LinkedHashMap<>();
        config.languages().forEach(language -> byLanguage.put(language, new ArrayList<>()));
        versionsByStory.forEach((id, versions) -> {
            versions.sort(Comparator.comparingInt(a -> config.languages().indexOf(a.language())));
            Path dir = versions.get(0).source().storyDir();
            stories.add(new Story(id, dir, versions));
            versions.forEach(article -> byLanguage.get(article.language()).add(article));
        });
        byLanguage.replaceAll((language, articles) -> {
            articles.sort(NEWEST_FIRST);
            return List.copyOf(articles);
        });
        List<Tag> usedTags = tagTable.values().stream()
                .filter(tag -> stories.stream().flatMap(st -> st.versions().stream())
                        .anyMatch(a -> a.source().tags().contains(tag.key())))
                .toList();
        Instant nextDue = sources.stream()
                .filter(source -> !config.drafts() && !source.draft())
                .map(source -> source.date().toInstant())
                .filter(date -> date.isAfter(config.now()))
                .min(Comparator.naturalOrder())
                .orElse(NEVER);
        return new Site(config, stories, byLanguage, usedTags, nextDue, files);
    }

    private String shown(Path file) {
        return config.projectDir().relativize(file).toString().replace('\\', '/');
    }

    private void checkTags(SourceArticle source, Map<String, Tag> tagTable) {
        for (String key : source.tags()) {
            if (!tagTable.containsKey(key)) {
                String hint = tagTable.keySet().stream()
                        .min(Comparator.comparingInt(k -> LevenshteinDistance.getDefaultInstance().apply(k, key)))
                        .filter(k -> LevenshteinDistance.getDefaultInstance().apply(k, key) <= 2)
                        .map(k -> "; did you mean '" + k + "'?")
                        .orElse("; add it to content/tags.yaml with its label in each language");
                diagnostics.error(source.file(), source.tagsLine(), "unknown tag '" + key + "'" + hint);
            }
        }
    }

    private boolean isPublished(SourceArticle source) {
        return config.drafts() || (!source.draft() && !source.date().toInstant().isAfter(config.now()));
    }

}
