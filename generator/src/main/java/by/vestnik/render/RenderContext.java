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
    private final Map<String, String> assetHrefs = new HashMap<>();
    final SitemapEntries sitemap = new SitemapEntries();

    public RenderContext(Site site, TemplateEngine templates, MarkdownRenderer markdown, Messages messages,
                         ThemeAssets assets, Diagnostics diagnostics) {
        this(site, templates, markdown, messages, assets, diagnostics,
                new ImageProcessor(site.config().images(), site.config().imageCacheDir(), site.config().parallelism()));
    }

    public RenderContext(Site site, TemplateEngine templates, MarkdownRenderer markdown, Messages messages,
                         ThemeAssets assets, Diagnostics diagnostics, ImageProcessor images) {
        this.site = site;
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
     * Renders an HTML page at its canonical path and, unless it is marked noindex, registers it for
     * the sitemap with its alternates and {@code lastmod}.
     */
    void writePage(PageSink sink, String template, Map<String, Object> model, String path, ZonedDateTime lastmod) {
        PageView page = (PageView) model.get("page");
        sink.writeText(SiteUrls.file(path), templates.renderText(template, model));
        if (!page.noindex()) {
            sitemap.add(new SitemapEntries.Entry(page.canonical(),
                    lastmod == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastmod), page.alternates()));
        }
    }
}
