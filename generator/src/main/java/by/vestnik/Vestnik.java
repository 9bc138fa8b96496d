package by.vestnik;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Diagnostics;
import by.vestnik.diag.Severity;
import by.vestnik.images.ImageProcessor;
import by.vestnik.load.ContentLoader;
import by.vestnik.load.SourceArticle;
import by.vestnik.load.Tag;
import by.vestnik.load.TagTableLoader;
import by.vestnik.load.TemplateFiles;
import by.vestnik.model.Site;
import by.vestnik.model.SiteModelBuilder;
import by.vestnik.model.TranslationCoverage;
import by.vestnik.render.RenderContext;
import by.vestnik.render.Messages;
import by.vestnik.render.PageSink;
import by.vestnik.render.RenderTools;
import by.vestnik.render.SiteRenderer;
import by.vestnik.render.TemplateEngine;
import by.vestnik.write.OutputGuard;
import by.vestnik.write.RemovalGuard;
import by.vestnik.write.StagedOutput;
import java.io.UncheckedIOException;
import by.vestnik.check.SiteChecker;
import by.vestnik.check.RenderedPages;
import by.vestnik.check.SiteFiles;
import by.vestnik.model.SiteUrls;
import java.nio.file.Path;
import by.vestnik.load.FileStamps;
import by.vestnik.load.InputFingerprint;
import by.vestnik.load.InputHashes;
import by.vestnik.load.ParsedArticles;
import java.util.function.Function;
import by.vestnik.render.RenderMemo;
import java.util.Locale;
import by.vestnik.write.BuildRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engine: load, model, render, write, each stage finishing before the next starts. Knows
 * nothing of Maven; the Mojos, tests and benchmarks call {@link #build}, the command line
 * {@link VestnikMain}.
 */
public final class Vestnik {
    private final SiteConfig config;
    private final Reporter reporter;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Session session;
    /** The one pool every parallel stage of this build runs on (parallel streams inside it use it). */
    private final ForkJoinPool pool;
    private final StageProgress progress;
    private String toolsKey;

    private Vestnik(SiteConfig config, Reporter reporter, Session session) {
        this.config = config;
        this.reporter = reporter;
        this.session = session;
        this.pool = new ForkJoinPool(config.parallelism());
        this.progress = new StageProgress(reporter);
    }

    /**
     * Repeated builds of one site, as a preview server makes them: parsed templates, strings and
     * theme files are kept from build to build while the templates directory and the
     * configuration stay the same. Not thread-safe: one build at a time.
     */
    public static final class Session {
        public Session() {
        }

        private RenderTools tools;

        /** The tools for templates and a configuration whose fingerprint is {@code key}. */
        RenderTools tools(SiteConfig config, String key) {
            if (tools == null || !tools.key().equals(key)) {
                tools = RenderTools.of(key, config);
            }
            return tools;
        }

        public BuildResult build(SiteConfig config, Reporter reporter) throws BuildFailedException {
            Vestnik vestnik = new Vestnik(config, reporter, this);
            try {
                return vestnik.run();
            } finally {
                vestnik.pool.shutdown();
                vestnik.progress.close();
            }
        }
    }

    /**
     * Builds the site into the output directory.
     *
     * @throws BuildFailedException when the content or templates have errors; all of them were
     *                              reported, and the output directory was not touched
     */
    public static BuildResult build(SiteConfig config, Reporter reporter) throws BuildFailedException {
        return new Session().build(config, reporter);
    }

    /** The fingerprint of the templates and the configuration, which the render tools and the build memo are bound to. */
    private String toolsKey() {
        if (toolsKey == null) {
            toolsKey = InputFingerprint.of(settings(config), List.of(config.templatesDir()));
        }
        return toolsKey;
    }

    /** The configuration as the fingerprints see it: less the reference time, which the build record handles. */
    private static String settings(SiteConfig config) {
        return config.toBuilder().now(Instant.EPOCH).build().toString();
    }

    private BuildResult run() throws BuildFailedException {
        long start = System.nanoTime();
        OutputGuard.refusal(config).ifPresent(reason -> {
            throw new IllegalArgumentException("refusing to write the site into " + config.outputDir()
                    + ": it " + reason + "; choose a directory of its own, such as site-output/");
        });
        warnAboutMissingBundles();
        SkipGate gate = timed("fingerprint", () -> SkipGate.evaluate(config, settings(config), !diagnostics.sorted().isEmpty(), pool));
        if (gate.unchanged()) {
            gate.rememberInputs(config, reporter);
            reporter.debug("nothing changed since the last build: the output is left as it is");
            return gate.skipped(config.languages().size(), Duration.ofNanos(System.nanoTime() - start));
        }

        BuildGraph graph = timed("memo", () -> new BuildGraph(config, toolsKey(), reporter));
        Site site;
        TranslationCoverage coverage;
        try {
            site = loadSite(gate::fingerprinted, graph.parsed());
            gate.loaded();
            coverage = timed("coverage", () -> TranslationCoverage.of(site));
            requireTranslations(coverage);
            failOnErrors();
        } catch (BuildFailedException | RuntimeException e) {
            graph.abandon();
            throw e;
        }

        StagedOutput output = timed("open", () -> inPool(() -> StagedOutput.open(config.outputDir(), reporter)));
        int feeds;
        StagedOutput.Stats stats;
        boolean checking = config.linkCheck() != SiteConfig.LinkCheck.OFF;
        RenderMemo memo = graph.memo();
        RenderedPages rendered = graph.facts();
        try {
            int articles = site.stories().stream().mapToInt(story -> story.versions().size()).sum();
            feeds = timed("render", () -> String.format(Locale.ROOT, "%,d of %,d articles, %,d pages", memo.articlesDone(),
                    articles, memo.pagesRendered() + memo.pagesKept()),
                    () -> inPool(() -> render(site, checking ? rendered.around(output) : output, memo)));
            failOnErrors();
            if (checking) {
                timed("check", () -> inPool(() -> check(site, stagedView(output), rendered)));
                failOnErrors();
            }
            StagedOutput.Plan plan = timed("prepare", output::prepare);
            guard(output, plan, site.stories().size());
            failOnErrors();
            stats = timed("write", () -> output.commit(site.stories().size()));
        } catch (UncheckedIOException e) {
            output.abort();
            graph.abandon();
            diagnostics.add(Diagnostic.error(config.outputDir(), 0, e.getMessage()));
            throw new BuildFailedException(report());
        } catch (BuildFailedException | RuntimeException e) {
            output.abort();
            graph.abandon();
            throw e;
        }

        int pages = (int) output.produced().stream().filter(p -> p.endsWith(".html")).count();
        FileStamps.Listing published = output.published();
        timed("record", () -> {
            record(gate.inputs(), site, pages, feeds, stats.kept(), published);
            return null;
        });
        gate.rememberInputs(config, reporter);
        timed("remember", () -> {
            graph.remember(checking ? rendered : null, published.files());
            return null;
        });
        report();
        return new BuildResult(pages, feeds, config.languages().size(), stats.written(), stats.unchanged(),
                stats.removed(), stats.kept(), diagnostics.count(Severity.WARNING), Duration.ofNanos(System.nanoTime() - start),
                coverage.missingCount(), graph.rendering());
    }

    /**
     * Files Vestnik never published are not its to replace, and a build that would take down most
     * of the site must be confirmed: both are errors before anything is published.
     */
    private void guard(StagedOutput output, StagedOutput.Plan plan, int stories) {
        String out = config.outputDir().getFileName().toString();
        plan.conflicts().forEach(path -> diagnostics.add(Diagnostic.error(config.outputDir().resolve(path), 0,
                "this file was not published by Vestnik, and the site publishes a file at its place (or a folder of it); "
                        + "move it out of " + out + "/ or delete it, then build again")));
        if (!config.allowMassRemoval()) {
            RemovalGuard.refusal(output.lastPublished(), plan.removed(), stories)
                    .ifPresent(reason -> diagnostics.add(Diagnostic.error(config.contentDir(), 0, reason)));
        }
    }

    /**
     * Checks a site already in the output directory, as {@code vestnik:check} does: the content is
     * loaded only to name the source file of each page in the findings.
     *
     * @throws BuildFailedException when the check found problems and {@code linkCheck} is FAIL
     */
    public static List<Diagnostic> check(SiteConfig config, Reporter reporter) throws BuildFailedException {
        Vestnik vestnik = new Vestnik(config, reporter, new Session());
        try {
            Site site = vestnik.loadSite();
            vestnik.inPool(() -> vestnik.check(site, SiteFiles.of(config.outputDir()), new RenderedPages(config.baseUrl())));
            vestnik.failOnErrors();
            return vestnik.report();
        } finally {
            vestnik.pool.shutdown();
            vestnik.progress.close();
        }
    }

    /**
     * The published stories without a version in each language, as {@code vestnik:translations}
     * reports them; the content is loaded, nothing is rendered or written.
     *
     * @throws BuildFailedException when the content has errors (all of them were reported)
     */
    public static TranslationCoverage translations(SiteConfig config, Reporter reporter) throws BuildFailedException {
        Vestnik vestnik = new Vestnik(config, reporter, new Session());
        try {
            TranslationCoverage coverage = TranslationCoverage.of(vestnik.loadSite());
            vestnik.report();
            return coverage;
        } finally {
            vestnik.pool.shutdown();
            vestnik.progress.close();
        }
    }

    /** A story without a version in a language of {@code requiredTranslations} is an error, naming the missing file. */
    private void requireTranslations(TranslationCoverage coverage) {
        for (String language : config.requiredTranslations()) {
            for (TranslationCoverage.Missing missing : coverage.missing(language)) {
                diagnostics.error(config.contentDir().resolve(missing.folder()).resolve(language + ".md"), 0,
                        "the story has no " + language + " version (it has " + String.join(", ", missing.languages())
                                + ") and requiredTranslations asks for one in " + String.join(", ", config.requiredTranslations())
                                + "; add the file, or mark the story 'draft: true' until it is translated");
            }
        }
    }

    private Site loadSite() throws BuildFailedException {
        return loadSite(file -> java.util.Optional.empty(), ParsedArticles.none());
    }

    /** Loads and models the site, taking what {@code parsed} remembers of files with the content {@code fingerprinted} gives. */
    private Site loadSite(Function<Path, java.util.Optional<InputHashes.Content>> fingerprinted, ParsedArticles parsed)
            throws BuildFailedException {
        ContentLoader loader = new ContentLoader(config.contentDir(), config.languages(), config.timeZone(), config.now(),
                diagnostics, fingerprinted, parsed);
        List<SourceArticle> sources = timed("load", () -> inPool(loader::load));
        Map<String, Tag> tags = new TagTableLoader(config.languages(), diagnostics).load(config.contentDir());
        TemplateFiles.check(config.templatesDir(), diagnostics);
        failOnErrors();
        Site site = timed("model", () -> new SiteModelBuilder(config, diagnostics).build(sources, tags, loader.files()));
        failOnErrors();
        return site;
    }

    private Void check(Site site, SiteFiles files, RenderedPages rendered) {
        Map<String, Path> sources = new HashMap<>();
        site.stories().forEach(story -> story.versions().forEach(article ->
                sources.put(SiteUrls.file(article.path()), config.projectDir().relativize(article.source().file()))));
        Severity severity = config.linkCheck() == SiteConfig.LinkCheck.WARN ? Severity.WARNING : Severity.ERROR;
        new SiteChecker(files, rendered, config.baseUrl(), sources, severity, config.outputDir()).check().forEach(diagnostics::add);
        return null;
    }

    private static SiteFiles stagedView(StagedOutput output) {
        Set<String> produced = output.produced();
        return new SiteFiles() {
            @Override
            public Set<String> paths() {
                return produced;
            }

            @Override
            public byte[] read(String path) {
                return output.read(path);
            }
        };
    }

    /** Runs parallel work (parallel streams inside) on the build's pool of the configured number of threads. */
    private <T> T inPool(Supplier<T> work) {
        return pool.submit(work::get).join();
    }

    private int render(Site site, PageSink output, RenderMemo memo) {
        ImageProcessor images = new ImageProcessor(config.images(), config.imageCacheDir(), config.parallelism());
        try {
            RenderTools tools = session.tools(config, toolsKey());
            RenderContext context = new RenderContext(site, tools.templates(), tools.markdown(), tools.messages(),
                    tools.assets(), diagnostics, images, memo);
            return new SiteRenderer(context).render(output);
        } catch (TemplateEngine.TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return 0;
        } finally {
            reporter.debug("images: " + images.decodes() + " decoded, " + images.cacheHits() + " from the cache in "
                    + config.imageCacheDir());
        }
    }

    /**
     * Remembers this build so that an unchanged rebuild can skip everything. Builds with warnings
     * are not remembered: their warnings must show again on the next build.
     */
    private void record(String inputs, Site site, int pages, int feeds, int kept, FileStamps.Listing published) {
        try {
            if (diagnostics.sorted().isEmpty()) {
                BuildRecord.of(inputs, config.now(), site.nextDue(), pages, feeds, kept, published).write(config.outputDir());
            } else {
                BuildRecord.discard(config.outputDir());
            }
        } catch (java.io.IOException e) {
            reporter.debug("cannot record the build beside the output: " + e.getMessage());
        }
    }

    private void warnAboutMissingBundles() {
        for (String language : config.languages()) {
            if (!Messages.hasBundle(language, config.templatesDir())) {
                diagnostics.warning(config.templatesDir().resolve("messages/messages_" + language + ".properties"), 0,
                        "no interface strings for '" + language + "'; English ones are used until this file exists");
            }
        }
    }

    private void failOnErrors() throws BuildFailedException {
        if (diagnostics.hasErrors()) {
            List<Diagnostic> all = report();
            throw new BuildFailedException(all);
        }
    }

    private List<Diagnostic> report() {
        List<Diagnostic> all = diagnostics.sorted();
        all.forEach(reporter::diagnostic);
        return all;
    }

    private <T> T timed(String stage, Supplier<T> work) {
        return timed(stage, () -> "running", work);
    }

    private <T> T timed(String stage, Supplier<String> status, Supplier<T> work) {
        return progress.run(stage, status, work);
    }
}
