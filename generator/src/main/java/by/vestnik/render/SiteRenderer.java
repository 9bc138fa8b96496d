package by.vestnik.render;

/**
 * Renders the whole site into a sink, page kind after page kind. Article pages come first: they
 * parse each body once and leave the summaries and feed HTML that lists and feeds use. Redirects
 * come last, so that an alias can be checked against every page the build produced.
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
        search.render(sink);
        new ListPages(context, extracts).render(sink);
        new IndexPages(context).render(sink);
        SpecialPages special = new SpecialPages(context, context.diagnostics);
        special.renderChooser(sink);
        special.renderNotFound(sink);
        int written = new Feeds(context, extracts, feeds).render(sink);
        new SitemapWriter(context).render(sink);
        special.renderRedirects(sink);
        return written;
    }
}
