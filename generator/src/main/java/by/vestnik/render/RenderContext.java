package by.vestnik.render;

import by.vestnik.diag.Diagnostics;
import by.vestnik.images.ImageProcessor;
import by.vestnik.model.Site;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.PageView;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * What page renderers share in one build: the model, FreeMarker, the Markdown renderer, messages,
 * dates and theme assets. Everything here is immutable or thread-safe.
 */
public final class RenderContext {
    final Site site;
    final TemplateEngine templates;
    final MarkdownRenderer markdown;
    final Messages messages;
    final DateFormats dates;
    final ThemeAssets assets;
    final PageViews views;
    final ContentLinks links;
    final Diagnostics diagnostics;
    final Photos photos;
    final RenderMemo memo;
    private final Map<String, String> assetHrefs = new HashMap<>();
    final SitemapEntries sitemap = new SitemapEntries();

    public RenderContext(Site site, TemplateEngine templates, MarkdownRenderer markdown, Messages messages,
                         ThemeAssets assets, Diagnostics diagnostics) {
        this(site, templates, markdown, messages, assets, diagnostics,
                new ImageProcessor(site.config().images(), site.config().imageCacheDir(), site.config().parallelism()));
    }

    public RenderContext(Site site, TemplateEngine templates, MarkdownRenderer markdown, Messages messages,
                         ThemeAssets assets, Diagnostics diagnostics, ImageProcessor images) {
        this(site, templates, markdown, messages, assets, diagnostics, images, RenderMemo.none());
    }

    /** @param memo what the last build left: pages and bodies that did not change are not rendered again */
    public RenderContext(Site site, TemplateEngine templates, MarkdownRenderer markdown, Messages messages,
                         ThemeAssets assets, Diagnostics diagnostics, ImageProcessor images, RenderMemo memo) {
        this.site = site;
        this.memo = memo;
        this.templates = templates;
        this.markdown = markdown;
        this.messages = messages;
        this.dates = new DateFormats(messages);
        this.assets = assets;
        this.views = new PageViews(site, messages);
        this.photos = new Photos(images, diagnostics);
        this.links = new ContentLinks(site, diagnostics, site.config().images().publishOriginals() ? null : photos);
        this.diagnostics = diagnostics;
        assets.paths().forEach((name, path) -> assetHrefs.put(name, site.urls().href(path)));
    }

    /** The data model every template gets: {@code page}, {@code msg}, {@code fmt}, {@code assets}, {@code site}. */
    Map<String, Object> model(PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("msg", messages.of(page.language()));
        model.put("fmt", new MessageFunction(messages, page.language()));
        model.put("assets", assetHrefs);
        model.put("baseUrl", site.config().baseUrl().toString());
        if (site.config().search()) {
            model.put("searchHref", site.urls().href(SiteUrls.search(page.language())));
        }
        Map<String, String> msg = messages.of(page.language());
        model.put("feedTitle", FeedPlan.channelTitle(msg.get("site.name"), msg.get("feed.title")));
        return model;
    }

    /**
     * Renders an HTML page at its canonical path (or keeps it as published, when its model is the
     * one the last build rendered it from) and, unless it is marked noindex, registers it for the
     * sitemap with its alternates and {@code lastmod}.
     */
    void writePage(PageSink sink, String template, Map<String, Object> model, String path, ZonedDateTime lastmod) {
        String digest = ModelDigest.of(template, model);
        if (!keepPage(sink, path, digest, (PageView) model.get("page"), lastmod)) {
            renderPage(sink, template, model, path, lastmod, digest);
        }
    }

    /** Keeps the page as the last build published it, if {@code digest} is the one it had; true when kept (and registered). */
    boolean keepPage(PageSink sink, String path, String digest, PageView page, ZonedDateTime lastmod) {
        String file = SiteUrls.file(path);
        var published = memo.unchangedPage(file, digest);
        if (published.isEmpty() || !sink.keep(file, published.get())) {
            return false;
        }
        memo.pageKept(file, digest);
        register(page, lastmod);
        return true;
    }

    /** Renders the page; {@code digest} (null: none) is its model's, remembered for the next build. */
    void renderPage(PageSink sink, String template, Map<String, Object> model, String path, ZonedDateTime lastmod,
                    String digest) {
        String file = SiteUrls.file(path);
        sink.writeText(file, templates.renderText(template, model));
        memo.pageRendered(file, digest);
        register((PageView) model.get("page"), lastmod);
    }

    private void register(PageView page, ZonedDateTime lastmod) {
        if (!page.noindex()) {
            sitemap.add(new SitemapEntries.Entry(page.canonical(),
                    lastmod == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastmod), page.alternates()));
        }
    }
}
