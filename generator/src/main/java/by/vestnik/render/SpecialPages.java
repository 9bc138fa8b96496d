package by.vestnik.render;

import by.vestnik.diag.Diagnostics;
import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.LanguageChoice;
import by.vestnik.render.view.PageView;
import java.util.Map;

/**
 * Pages outside the hreflang groups and the sitemap: the root language chooser (each language's
 * line in that language), a 404 page per
 * language plus {@code /404.html}, and a redirect page at every old address an article lists in
 * {@code aliases} (meta refresh, canonical link and a visible link; no JavaScript needed).
 */
public final class SpecialPages {
    private final RenderContext context;
    private final Diagnostics diagnostics;

    public SpecialPages(RenderContext context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    public void renderChooser(PageSink sink) {
        PageView chooser = context.views.chooser();
        Map<String, Object> model = context.model(chooser);
        model.put("choices", context.site.languages().stream()
                .map(l -> new LanguageChoice(l, context.messages.get(l, "language.name"),
                        context.messages.get(l, "chooser.title"), context.messages.get(l, "site.name"),
                        context.site.urls().href(SiteUrls.home(l))))
                .toList());
        context.writePage(sink, "index.ftlh", model, "", ListPages.newest(allArticles()));
    }

    public void renderNotFound(PageSink sink) {
        for (String language : context.site.languages()) {
            String title = context.messages.get(language, "notfound.title");
            PageView page = context.views.standalone("notfound", language, title, SiteUrls.notFound(language));
            context.writePage(sink, "404.ftlh", context.model(page), SiteUrls.notFound(language), null);
        }
        String language = context.site.config().defaultLanguage();
        PageView root = context.views.standalone("notfound", language,
                context.messages.get(language, "notfound.title"), "404.html");
        context.writePage(sink, "404.ftlh", context.model(root), "404.html", null);
    }

    /** Redirects run last: an alias must not take the place of any page the build produced. */
    public void renderRedirects(PageSink sink) {
        for (var story : context.site.stories()) {
            for (Article article : story.versions()) {
                for (String alias : article.source().aliases()) {
                    String file = alias.matches(".*\\.html?$") ? alias : alias + "/index.html";
                    if (sink.has(file)) {
                        diagnostics.error(article.source().file(), 0, "alias /" + alias
                                + " is the address of a page of the site; remove it from 'aliases'");
                        continue;
                    }
                    java.util.Optional<String> taken = fileOnTheWay(sink, file);
                    if (taken.isPresent()) {
                        diagnostics.error(article.source().file(), 0, "alias /" + alias + " would need a folder /"
                                + taken.get() + "/, but /" + taken.get() + " is a file the site writes itself; "
                                + "remove the alias from 'aliases'");
                        continue;
                    }
                    PageView page = context.views.standalone("redirect", article.language(),
                            context.messages.get(article.language(), "redirect.title"), article.path());
                    Map<String, Object> model = context.model(page);
                    model.put("refresh", context.site.urls().href(article.path()));
                    model.put("targetTitle", article.title());
                    sink.writeText(file, context.templates.renderText("redirect.ftlh", model));
                }
            }
        }
    }

    /** A file the build produced where the redirect's path needs a folder ({@code robots.txt} of {@code robots.txt/index.html}). */
    private static java.util.Optional<String> fileOnTheWay(PageSink sink, String file) {
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            String folder = file.substring(0, slash);
            if (sink.has(folder)) {
                return java.util.Optional.of(folder);
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.List<Article> allArticles() {
        return context.site.languages().stream().flatMap(l -> context.site.articles(l).stream()).toList();
    }
}
