package by.vestnik;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Diagnostics;
import by.vestnik.diag.Severity;
import by.vestnik.load.ContentLoader;
import by.vestnik.load.SourceArticle;
import by.vestnik.load.Tag;
import by.vestnik.load.TagTableLoader;
import by.vestnik.model.Site;
import by.vestnik.model.SiteModelBuilder;
import by.vestnik.render.ArticlePages;
import by.vestnik.render.Feeds;
import by.vestnik.render.ListPages;
import by.vestnik.render.MarkdownRenderer;
import by.vestnik.render.Messages;
import by.vestnik.render.RenderContext;
import by.vestnik.render.HtmlPolicy;
import by.vestnik.render.IndexPages;
import by.vestnik.render.SitemapWriter;
import by.vestnik.render.SpecialPages;
import by.vestnik.render.Summaries;
import by.vestnik.render.TemplateEngine;
import by.vestnik.render.ThemeAssets;
import by.vestnik.write.OutputGuard;
import by.vestnik.write.StagedOutput;
import by.vestnik.check.SiteChecker;
import by.vestnik.check.SiteFiles;
import by.vestnik.model.SiteUrls;
import java.nio.file.Path;
import java.time.Duration;
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

    private Vestnik(SiteConfig config, Reporter reporter) {
        this.config = config;
        this.reporter = reporter;
    }

    /**
     * Builds the site into the output directory.
     *
     * @throws BuildFailedException when the content or templates have errors; all of them were
     *                              reported, and the output directory was not touched
     */
    public static BuildResult build(SiteConfig config, Reporter reporter) throws BuildFailedException {
        return new Vestnik(config, reporter).run();
    }

    private BuildResult run() throws BuildFailedException {
        long start = System.nanoTime();
        OutputGuard.refusal(config).ifPresent(reason -> {
            throw new IllegalArgumentException("refusing to write the site into " + config.outputDir()
                    + ": it " + reason + "; choose a directory of its own, such as site-output/");
        });
        warnAboutMissingBundles();

        Site site = loadSite();

        StagedOutput output = new StagedOutput(config.outputDir());
        int feeds;
        try {
            feeds = timed("render", () -> inPool(() -> render(site, output)));
            failOnErrors();
            if (config.linkCheck() != SiteConfig.LinkCheck.OFF) {
                timed("check", () -> inPool(() -> check(site, stagedView(output))));
                failOnErrors();
            }
        } catch (BuildFailedException | RuntimeException e) {
            output.abort();
            throw e;
        }
        StagedOutput.Stats stats = timed("write", output::commit);

        int pages = (int) output.produced().stream().filter(p -> p.endsWith(".html")).count();
        report();
        return new BuildResult(pages, feeds, config.languages().size(), stats.written(), stats.unchanged(),
                stats.removed(), diagnostics.count(Severity.WARNING), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Checks a site already in the output directory, as {@code vestnik:check} does: the content is
     * loaded only to name the source file of each page in the findings.
     *
     * @throws BuildFailedException when the check found problems and {@code linkCheck} is FAIL
     */
    public static List<Diagnostic> check(SiteConfig config, Reporter reporter) throws BuildFailedException {
        Vestnik vestnik = new Vestnik(config, reporter);
        Site site = vestnik.loadSite();
        vestnik.check(site, SiteFiles.of(config.outputDir()));
        vestnik.failOnErrors();
        return vestnik.report();
    }

    private Site loadSite() throws BuildFailedException {
        List<SourceArticle> sources = timed("load", () -> inPool(() -> new ContentLoader(config.contentDir(),
                config.languages(), config.timeZone(), diagnostics).load()));
        Map<String, Tag> tags = new TagTableLoader(config.languages(), diagnostics).load(config.contentDir());
        failOnErrors();
        Site site = timed("model", () -> new SiteModelBuilder(config, diagnostics).build(sources, tags));
        failOnErrors();
        return site;
    }

    private Void check(Site site, SiteFiles files) {
        Map<String, Path> sources = new HashMap<>();
        site.stories().forEach(story -> story.versions().forEach(article ->
                sources.put(SiteUrls.file(article.path()), config.projectDir().relativize(article.source().file()))));
        Severity severity = config.linkCheck() == SiteConfig.LinkCheck.WARN ? Severity.WARNING : Severity.ERROR;
        new SiteChecker(files, config.baseUrl(), sources, severity, config.outputDir()).check().forEach(diagnostics::add);
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

    /** Runs parallel work (parallel streams inside) on the configured number of threads. */
    private <T> T inPool(Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(config.parallelism());
        try {
            return pool.submit(work::get).join();
        } finally {
            pool.shutdown();
        }
    }

    private int render(Site site, StagedOutput output) {
        TemplateEngine templates = new TemplateEngine(config.templatesDir());
        Messages messages = new Messages(config.languages(), config.templatesDir());
        ThemeAssets assets = new ThemeAssets(config.templatesDir());
        RenderContext context = new RenderContext(site, templates, new MarkdownRenderer(new HtmlPolicy(config.allowedHtmlElements())), messages, assets, diagnostics);
        try {
            assets.all().forEach(asset -> output.write(asset.path(), asset.content()));
            Summaries summaries = new ArticlePages(context).render(output);
            new ListPages(context, summaries).render(output);
            new IndexPages(context).render(output);
            SpecialPages special = new SpecialPages(context, diagnostics);
            special.renderChooser(output);
            special.renderNotFound(output);
            int feeds = new Feeds(context, summaries).render(output);
            new SitemapWriter(context).render(output);
            special.renderRedirects(output);
            return feeds;
        } catch (TemplateEngine.TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return 0;
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
        long start = System.nanoTime();
        T result = work.get();
        reporter.debug(stage + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return result;
    }
}
