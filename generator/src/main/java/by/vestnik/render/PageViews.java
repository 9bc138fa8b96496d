package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.Site;
import by.vestnik.model.SiteUrls;
import by.vestnik.model.Story;
import by.vestnik.render.view.Alternate;
import by.vestnik.render.view.LanguageLink;
import by.vestnik.render.view.PageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The frame of every page: hreflang alternates and the language switcher, both computed from the
 * same map of "this page in each language where it exists", so alternates are complete and
 * reciprocal by construction and the switcher never leads to a missing page.
 *
 * <p>x-default: for the homes and the chooser it is the root language chooser; for any other page
 * it is the version in the site's default language, or the first existing version, because the
 * chooser is not a version of an article or a tag page.
 */
final class PageViews {
    private final Site site;
    private final Messages messages;

    PageViews(Site site, Messages messages) {
        this.site = site;
        this.messages = messages;
    }

    PageView article(Article article, String description) {
        Story story = site.story(article);
        Map<String, String> versions = new LinkedHashMap<>();
        story.versions().forEach(v -> versions.put(v.language(), v.path()));
        return page("article", article.language(), article.title(), description, versions, false);
    }

    /** A page that exists in every language at {@code pathOf(language)}, such as a language home. */
    PageView everyLanguage(String kind, String language, String title, String description,
                           Function<String, String> pathOf, boolean chooserIsDefault) {
        Map<String, String> versions = new LinkedHashMap<>();
        site.languages().forEach(l -> versions.put(l, pathOf.apply(l)));
        return page(kind, language, title, description, versions, chooserIsDefault);
    }

    /**
     * A page in {@code language} whose versions are {@code versions} (language to path, the page's
     * own included), e.g. a tag page that exists only in languages with articles on the topic.
     */
    PageView page(String kind, String language, String title, String description, Map<String, String> versions,
                  boolean chooserIsDefault) {
        List<Alternate> alternates = new ArrayList<>();
        site.languages().stream().filter(versions::containsKey)
                .forEach(l -> alternates.add(new Alternate(l, site.urls().absolute(versions.get(l)))));
        String fallback = versions.containsKey(site.config().defaultLanguage())
                ? versions.get(site.config().defaultLanguage())
                : versions.get(alternates.get(0).hreflang());
        alternates.add(new Alternate("x-default", site.urls().absolute(chooserIsDefault ? "" : fallback)));
        List<LanguageLink> switcher = site.languages().stream().map(l -> {
            boolean exists = versions.containsKey(l);
            String href = site.urls().href(exists ? versions.get(l) : SiteUrls.home(l));
            return new LanguageLink(l, languageName(l), href, l.equals(language), exists);
        }).toList();
        return frame(kind, language, title, description, versions.get(language), alternates, switcher);
    }

    /** Page 2 and later of a list: its own canonical URL, no alternates (no other page is its equivalent). */
    PageView continuation(PageView first, String title, String path) {
        return new PageView(first.kind(), first.language(), title, first.description(),
                site.urls().absolute(path), List.of(), first.languages(), first.rootHref(), first.homeHref(),
                first.feedHref(), first.feedUrl(), first.tagsHref(), first.archiveHref(), false);
    }

    /** The root language chooser: in the default language, x-default to itself. */
    PageView chooser() {
        String language = site.config().defaultLanguage();
        PageView home = everyLanguage("chooser", language, messages.get(language, "site.name"),
                messages.get(language, "site.description"), SiteUrls::home, true);
        return new PageView("chooser", language, home.title(), home.description(), site.urls().absolute(""),
                home.alternates(), home.languages(), home.rootHref(), home.homeHref(), "", "",
                home.tagsHref(), home.archiveHref(), false);
    }

    /** A page outside the sitemap and hreflang groups (404, redirects): switcher to the homes. */
    PageView standalone(String kind, String language, String title, String path) {
        List<LanguageLink> switcher = site.languages().stream()
                .map(l -> new LanguageLink(l, languageName(l), site.urls().href(SiteUrls.home(l)), l.equals(language), false))
                .toList();
        PageView page = frame(kind, language, title, "", path, List.of(), switcher);
        return new PageView(kind, language, title, "", page.canonical(), List.of(), switcher, page.rootHref(),
                page.homeHref(), page.feedHref(), page.feedUrl(), page.tagsHref(), page.archiveHref(), true);
    }

    String languageName(String language) {
        return messages.get(language, "language.name");
    }

    private PageView frame(String kind, String language, String title, String description, String path,
                           List<Alternate> alternates, List<LanguageLink> switcher) {
        return new PageView(kind, language, title, description, site.urls().absolute(path), alternates, switcher,
                site.urls().href(""), site.urls().href(SiteUrls.home(language)),
                site.urls().href(SiteUrls.feed(language)), site.urls().absolute(SiteUrls.feed(language)),
                site.urls().href(SiteUrls.tags(language)), site.urls().href(SiteUrls.archive(language)), false);
    }
}
