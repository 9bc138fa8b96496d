package by.vestnik;

import by.vestnik.check.RenderedPages;
import by.vestnik.graph.BuildMemo;
import by.vestnik.load.FileStamps;
import by.vestnik.load.ParsedArticles;
import by.vestnik.render.RenderMemo;
import by.vestnik.write.StateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One build's part of the build memo: what the last build left (read under this build's key of
 * engine, configuration and templates), and what this one leaves, written as it renders and put
 * in place only after it published. See {@link ParsedArticles} for what loading keeps,
 * {@link RenderMemo} for what rendering keeps and {@link RenderedPages} for the check's facts.
 */
final class BuildGraph {
    private final SiteConfig config;
    private final Reporter reporter;
    private final String key;
    private final Path location;
    private final boolean hadMemo;
    private final BuildMemo last;
    private final BuildMemo.Next next;
    private final RenderMemo memo;
    private final ParsedArticles parsed;

    BuildGraph(SiteConfig config, String key, Reporter reporter) {
        this.config = config;
        this.reporter = reporter;
        this.key = key;
        this.location = StateFiles.beside(config.outputDir(), "vestnik-memo");
        this.hadMemo = Files.exists(location);
        this.last = BuildMemo.read(location, key);
        this.next = next(location, reporter);
        this.memo = RenderMemo.of(last, next);
        try {
            this.parsed = ParsedArticles.of(last, next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build memo: " + e.getMessage(), e);
        }
    }

    private static BuildMemo.Next next(Path location, Reporter reporter) {
        try {
            return new BuildMemo.Next(location);
        } catch (IOException e) {
            reporter.debug("cannot write a build memo beside the output: " + e.getMessage());
            return null;
        }
    }

    RenderMemo memo() {
        return memo;
    }

    /** The articles the last build parsed, by their files' content; this build's go into the next memo. */
    ParsedArticles parsed() {
        return parsed;
    }

    /** The check's facts of this build's pages, with those the last build left for the pages it keeps. */
    RenderedPages facts() {
        return new RenderedPages(config.baseUrl(), last);
    }

    /** The build failed: the last memo stays (it still describes the pages it names, as published). */
    void abandon() {
        last.close();
        if (next != null) {
            next.abandon();
        }
    }

    /**
     * Puts this build's memo in place: what it rendered, with each page's file as it is now
     * published ({@code published}: the output's files and their stamps; a page the next build
     * keeps must still be that file).
     */
    void remember(RenderedPages facts, Map<String, FileStamps.Stamp> published) {
        last.close(); // all of it that this build reuses was read by now
        if (next == null) {
            return;
        }
        try {
            memo.finish(path -> Optional.ofNullable(published.get(path)));
            parsed.finish();
            if (facts != null) {
                facts.writeTo(next);
            }
            next.commit(location, key);
        } catch (IOException | UncheckedIOException e) {
            reporter.debug("cannot leave the build memo beside the output: " + e.getMessage());
            next.abandon();
            try {
                BuildMemo.discard(location);
            } catch (IOException ignored) {
                // the next build finds the pages it would keep changed, and renders them
            }
        }
    }

    /** "12 of 4,339 pages re-rendered: 1 story changed", or why every page was. */
    String rendering() {
        int rendered = memo.pagesRendered();
        int total = rendered + memo.pagesKept();
        if (!memo.reused()) {
            return String.format(Locale.ROOT, "%,d pages rendered: %s", total, hadMemo
                    ? "the templates, configuration or engine changed" : "no earlier build to reuse");
        }
        int stories = memo.storiesRendered();
        return String.format(Locale.ROOT, "%,d of %,d pages re-rendered: %d %s changed", rendered, total, stories,
                stories == 1 ? "story" : "stories");
    }
}
