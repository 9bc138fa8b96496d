package by.vestnik.render;

import java.util.concurrent.ForkJoinTask;

/**
 * Renders the whole site into a sink. Article pages come first: they parse each body once and
 * leave the summaries, search entries and feed HTML that lists, search and feeds use. Then the
 * feeds render beside the search, list, index and special pages, and the sitemap follows those
 * (it lists the pages they registered). Redirects come last, so that an alias can be checked
 * against every page the build produced. Run inside a ForkJoinPool, every part uses its threads.
 */
public final class SiteRenderer {
    private final RenderContext context;

    public SiteRenderer(RenderContext context) {
        this.context = context;
    }

    /** Renders everything and returns the number of feeds written. */
    public int render(PageSink sink) {
        context.assets.all().forEach(asset -> sink.write(asset.path(), asset.content()));
        FeedPlan feeds = new FeedPlan(context);
        SearchPages search = new SearchPages(context);
        ArticleExtracts extracts = new ArticlePages(context, feeds, search).render(sink);
        SpecialPages special = new SpecialPages(context, context.diagnostics);
        ForkJoinTask<Integer> feedsWritten = ForkJoinTask.adapt(() -> new Feeds(context, extracts, feeds).render(sink));
        ForkJoinTask<?> pages = ForkJoinTask.adapt(() -> {
            ForkJoinTask.invokeAll(
                    ForkJoinTask.adapt(() -> search.render(sink)),
                    ForkJoinTask.adapt(() -> new ListPages(context, extracts).render(sink)),
                    ForkJoinTask.adapt(() -> new IndexPages(context).render(sink)),
                    ForkJoinTask.adapt(() -> special.renderChooser(sink)),
                    ForkJoinTask.adapt(() -> special.renderNotFound(sink)));
            new SitemapWriter(context).render(sink);
        });
        ForkJoinTask.invokeAll(feedsWritten, pages);
        special.renderRedirects(sink);
        return feedsWritten.join();
    }
}
