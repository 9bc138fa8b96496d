package by.vestnik;

import by.vestnik.images.ImageOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one build needs to know, validated once. Immutable; made with {@link #builder()}.
 *
 * @param baseUrl    absolute, ending in '/', may carry a sub-path
 * @param languages  BCP 47 tags in their canonical spelling ({@link LanguageTag}), the first being the default language
 * @param timeZone   the zone for front-matter dates without one
 * @param now        the reference time: stories dated after it are not published yet
 * @param drafts     publish drafts and future stories too (preview)
 * @param feedSize   how many of the newest articles a feed carries
 * @param pageSize   how many articles a list page shows
 * @param allowedHtmlElements elements that raw HTML in articles may use beyond the built-in allow-list
 * @param threads    worker threads for loading and rendering; 0 means one per core
 * @param linkCheck  what a broken internal link, hreflang group or feed found after rendering does
 * @param allowMassRemoval publish even when the build removes more than half of the pages the last
 *                   build published, or every story (see by.vestnik.write.RemovalGuard)
 * @param requiredTranslations languages every published story must have a version in, or the build
 *                   fails (a site that must keep ru and be in step); empty: none required
 * @param images     sizes, cache and checks of the stories' photos
 * @param search     whether each language gets a search page and index (and the header a link to it)
 */
public record SiteConfig(
        Path projectDir,
        Path contentDir,
        Path templatesDir,
        Path outputDir,
        URI baseUrl,
        List<String> languages,
        ZoneId timeZone,
        Instant now,
        boolean drafts,
        int feedSize,
        int pageSize,
        List<String> allowedHtmlElements,
        int threads,
        LinkCheck linkCheck,
        boolean allowMassRemoval,
        List<String> requiredTranslations,
        ImageOptions images,
        boolean search) {

    /** The outcome of a problem found by checking the rendered site. */
    public enum LinkCheck { FAIL, WARN, OFF }


    public SiteConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(now, "now");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages: at least one language is needed");
        }
        languages = languages.stream().map(LanguageTag::canonical).toList();
        if (languages.stream().distinct().count() != languages.size()) {
            throw new IllegalArgumentException("languages: " + languages + " names a language twice");
        }
        if (feedSize < 1) {
            throw new IllegalArgumentException("feedSize must be at least 1");
        }
        allowedHtmlElements = List.copyOf(allowedHtmlElements);
        Objects.requireNonNull(linkCheck, "linkCheck");
        Objects.requireNonNull(images, "images");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        requiredTranslations = requiredTranslations == null ? List.of()
                : requiredTranslations.stream().map(LanguageTag::canonical).toList();
        for (String language : requiredTranslations) {
            if (!languages.contains(language)) {
                throw new IllegalArgumentException("requiredTranslations: '" + language
                        + "' is not one of the site's languages " + String.join(", ", languages));
            }
        }
    }

    /** A configuration that requires no translations, with the default image options. */
    public SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, URI baseUrl,
                      List<String> languages, ZoneId timeZone, Instant now, boolean drafts, int feedSize, int pageSize,
                      List<String> allowedHtmlElements, int threads, LinkCheck linkCheck, boolean allowMassRemoval) {
        this(projectDir, contentDir, templatesDir, outputDir, baseUrl, languages, timeZone, now, drafts, feedSize,
                pageSize, allowedHtmlElements, threads, linkCheck, allowMassRemoval, List.of(), ImageOptions.defaults(), true);
    }

    /** The worker threads to use: {@link #threads()}, or one per core. */
    public int parallelism() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Where the photos' sized copies are kept between builds. */
    public Path imageCacheDir() {
        return images.cacheDir() != null ? images.cacheDir() : projectDir.resolve("target/vestnik-images");
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive a variant (a preview, a test). */
    public Builder toBuilder() {
        return builder().projectDir(projectDir).contentDir(contentDir).templatesDir(templatesDir).outputDir(outputDir)
                .baseUrl(baseUrl.toString()).languages(languages).timeZone(timeZone).now(now).drafts(drafts)
                .feedSize(feedSize).pageSize(pageSize).allowedHtmlElements(allowedHtmlElements).threads(threads)
                .linkCheck(linkCheck).allowMassRemoval(allowMassRemoval).requiredTranslations(requiredTranslations)
                .images(images).search(search);
    }

    /** Parses and checks a base URL; see {@link BaseUrl}. */
    public static URI parseBaseUrl(String text) {
        return BaseUrl.parse(text);
    }

    public static final class Builder {
        private Path projectDir;
        private Path contentDir;
        private Path templatesDir;
        private Path outputDir;
        private URI baseUrl;
        private List<String> languages = new ArrayList<>(List.of("ru", "be", "en"));
        private ZoneId timeZone = ZoneId.of("UTC");
        private Instant now;
        private boolean drafts;
        private int feedSize = 20;
        private int pageSize = 10;
        private List<String> allowedHtmlElements = List.of();
        private int threads;
        private LinkCheck linkCheck = LinkCheck.FAIL;
        private boolean allowMassRemoval;
        private List<String> requiredTranslations = List.of();
        private ImageOptions images = ImageOptions.defaults();
        private boolean search = true;

        /** Sets the project directory and the conventional content/, templates/, site-output/ in it. */
        public Builder project(Path dir) {
            projectDir = dir.toAbsolutePath().normalize();
            contentDir = projectDir.resolve("content");
            templatesDir = projectDir.resolve("templates");
            outputDir = projectDir.resolve("site-output");
            return this;
        }

        public Builder projectDir(Path dir) { projectDir = absolute(dir); return this; }
        public Builder contentDir(Path dir) { contentDir = absolute(dir); return this; }
        public Builder templatesDir(Path dir) { templatesDir = absolute(dir); return this; }
        public Builder outputDir(Path dir) { outputDir = absolute(dir); return this; }
        public Builder baseUrl(String url) { baseUrl = parseBaseUrl(url); return this; }
        public Builder languages(List<String> codes) { languages = new ArrayList<>(codes); return this; }
        public Builder timeZone(ZoneId zone) { timeZone = zone; return this; }
        public Builder now(Instant instant) { now = instant; return this; }
        public Builder drafts(boolean show) { drafts = show; return this; }
        public Builder feedSize(int size) { feedSize = size; return this; }
        public Builder pageSize(int size) { pageSize = size; return this; }
        public Builder allowedHtmlElements(List<String> names) { allowedHtmlElements = names; return this; }
        public Builder threads(int count) { threads = count; return this; }
        public Builder linkCheck(LinkCheck mode) { linkCheck = mode; return this; }
        public Builder allowMassRemoval(boolean allow) { allowMassRemoval = allow; return this; }
        public Builder requiredTranslations(List<String> codes) { requiredTranslations = codes; return this; }
        public Builder images(ImageOptions options) { images = options; return this; }
        public Builder images(java.util.function.UnaryOperator<ImageOptions> change) { images = change.apply(images); return this; }
        public Builder search(boolean on) { search = on; return this; }

        public SiteConfig build() {
            List<String> codes = languages.stream().map(String::strip).toList();
            Path project = projectDir != null ? projectDir : absolute(Path.of(""));
            return new SiteConfig(project,
                    contentDir != null ? contentDir : project.resolve("content"),
                    templatesDir != null ? templatesDir : project.resolve("templates"),
                    outputDir != null ? outputDir : project.resolve("site-output"),
                    baseUrl, codes, timeZone, now != null ? now : Instant.now(), drafts, feedSize, pageSize,
                    allowedHtmlElements, threads, linkCheck, allowMassRemoval,
                    requiredTranslations.stream().map(String::strip).filter(c -> !c.isEmpty()).toList(), images, search);
        }

        private static Path absolute(Path dir) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
