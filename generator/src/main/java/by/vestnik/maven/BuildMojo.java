package by.vestnik.maven;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.images.ImageOptions;
import java.io.File;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the static site: Markdown stories from {@code contentDirectory}, layouts from
 * {@code templatesDirectory} over the embedded ones, into {@code outputDirectory}. Content and
 * template errors are all printed, then fail the build; the previous output stays as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractMojo {

    /** The stories: one folder per story, one Markdown file per language, and the topic table tags.yaml. */
    @Parameter(property = "vestnik.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** The project's templates, strings and theme files, each replacing the embedded one of that name; may be absent. */
    @Parameter(property = "vestnik.templatesDirectory", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    /**
     * Where the site is published; files Vestnik did not publish there are left alone. Its state
     * is kept beside it, in <code>.&lt;name&gt;.*</code> (which <code>mvn clean</code> should remove too).
     */
    @Parameter(property = "vestnik.outputDirectory", defaultValue = "${project.basedir}/site-output")
    private File outputDirectory;

    /** Absolute URL the site is published under, with any sub-path: {@code https://example.gov.by/press/}. */
    @Parameter(property = "vestnik.baseUrl", required = true)
    private String baseUrl;

    /** BCP 47 language tags (ru, de, pt-BR) in the order the site shows them; the first is the default language. */
    @Parameter(property = "vestnik.languages", defaultValue = "ru,be,en")
    private List<String> languages;

    /** Zone for front-matter dates written without one. */
    @Parameter(property = "vestnik.timeZone", defaultValue = "UTC")
    private String timeZone;

    /** Publish drafts and stories dated in the future, for a preview. */
    @Parameter(property = "vestnik.drafts", defaultValue = "false")
    private boolean drafts;

    /** The reference time (ISO instant) that decides which stories are due; defaults to now. */
    @Parameter(property = "vestnik.now")
    private String now;

    /** How many of the newest articles each feed carries. */
    @Parameter(property = "vestnik.feedSize", defaultValue = "20")
    private int feedSize;

    /** How many articles a list page (home, tag, year) shows. */
    @Parameter(property = "vestnik.pageSize", defaultValue = "10")
    private int pageSize;

    /** Elements raw HTML in articles may use beyond the built-in allow-list, e.g. {@code video}. */
    @Parameter(property = "vestnik.allowedHtmlElements")
    private List<String> allowedHtmlElements;

    /** Worker threads; 0 means one per core. */
    @Parameter(property = "vestnik.threads", defaultValue = "0")
    private int threads;

    /** What the check of the rendered site does with a problem: FAIL the build, WARN, or OFF. */
    @Parameter(property = "vestnik.linkCheck", defaultValue = "FAIL")
    private String linkCheck;

    /**
     * Publish even when the build would remove more than half of the pages the last build
     * published, or every story: the confirmation that an emptied or moved content directory is meant.
     */
    @Parameter(property = "vestnik.allowMassRemoval", defaultValue = "false")
    private boolean allowMassRemoval;
    /** Widths in pixels of the sized copies of each photo (never wider than the photo). */
    @Parameter(property = "vestnik.imageWidths", defaultValue = "480,800,1200,1600")
    private List<String> imageWidths;

    /** Where the sized copies are kept between builds; under target/, so {@code mvn clean} removes them. */
    @Parameter(property = "vestnik.imageCacheDirectory", defaultValue = "${project.build.directory}/vestnik-images")
    private File imageCacheDirectory;

    /** Also publish the photos as written, camera metadata (GPS position, serial number) included. */
    @Parameter(property = "vestnik.publishOriginalImages", defaultValue = "false")
    private boolean publishOriginalImages;

    /** What an image without alt text does: FAIL the build or WARN. */
    @Parameter(property = "vestnik.missingAltText", defaultValue = "FAIL")
    private String missingAltText;

    /**
     * Languages every published story must have a version in, e.g. {@code ru,be}: a story without
     * one fails the build (and {@code vestnik:translations}). None by default.
     */
    @Parameter(property = "vestnik.requiredTranslations")
    private List<String> requiredTranslations;

    /**
     * A search page and index per language, linked from every page's header; {@code false} leaves
     * them out (the index is the costliest part of a large site's build).
     */
    @Parameter(property = "vestnik.search", defaultValue = "true")
    private boolean search;

    /** Do nothing, and say so. */
    @Parameter(property = "vestnik.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    private SiteConfig.LinkCheck linkCheckMode() {
        try {
            return SiteConfig.LinkCheck.valueOf(linkCheck.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("linkCheck '" + linkCheck + "' must be FAIL, WARN or OFF");
        }
    }

    private ImageOptions imageOptions() {
        List<Integer> widths;
        try {
            widths = imageWidths == null || imageWidths.isEmpty() ? ImageOptions.DEFAULT_WIDTHS
                    : imageWidths.stream().map(w -> Integer.parseInt(w.trim())).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("imageWidths '" + imageWidths + "' must be widths in pixels such as 480,800,1200,1600");
        }
        ImageOptions.AltTextCheck alt;
        try {
            alt = ImageOptions.AltTextCheck.valueOf(missingAltText.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("missingAltText '" + missingAltText + "' must be FAIL or WARN");
        }
        return ImageOptions.defaults().withWidths(widths)
                .withCacheDir(imageCacheDirectory == null ? null : imageCacheDirectory.toPath())
                .withPublishOriginals(publishOriginalImages).withAltText(alt);
    }

    boolean skip() {
        return skip;
    }

    /** True, after saying so, when {@code vestnik.skip} is set. */
    boolean skipped() {
        if (skip) {
            getLog().info("vestnik: skipped (vestnik.skip)");
        }
        return skip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        SiteConfig config = config();
        BuildResult result = run(() -> Vestnik.build(config, new MavenReporter(getLog(), config.projectDir())));
        getLog().info("vestnik: " + result.summary() + " -> " + config.outputDir());
    }

    /** One call into the engine. */
    interface EngineCall<T> {
        T run() throws BuildFailedException;
    }

    /** Runs the engine: content and configuration problems fail the build, anything else is an internal error. */
    <T> T run(EngineCall<T> call) throws MojoExecutionException, MojoFailureException {
        try {
            return call.run();
        } catch (BuildFailedException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("vestnik: internal error: " + e, e);
        }
    }

    SiteConfig config() throws MojoFailureException {
        try {
            return SiteConfig.builder()
                    .projectDir(projectDirectory.toPath())
                    .contentDir(contentDirectory.toPath())
                    .templatesDir(templatesDirectory.toPath())
                    .outputDir(outputDirectory.toPath())
                    .baseUrl(baseUrl)
                    .languages(languages)
                    .timeZone(ZoneId.of(timeZone))
                    .now(now == null || now.isBlank() ? null : Instant.parse(now))
                    .drafts(drafts)
                    .feedSize(feedSize)
                    .pageSize(pageSize)
                    .allowedHtmlElements(allowedHtmlElements == null ? List.of() : allowedHtmlElements)
                    .threads(threads)
                    .linkCheck(linkCheckMode())
                    .allowMassRemoval(allowMassRemoval)
                    .search(search)
                    .requiredTranslations(requiredTranslations == null ? List.of() : requiredTranslations)
                    .images(imageOptions())
                    .build();
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("vestnik: now '" + now + "' is not an ISO instant such as 2025-06-01T00:00:00Z");
        } catch (DateTimeException e) {
            throw new MojoFailureException("vestnik: timeZone '" + timeZone + "' is not a zone such as Europe/Minsk");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("vestnik: " + e.getMessage());
        }
    }
}
