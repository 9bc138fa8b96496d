package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.Site;
import by.vestnik.model.SiteUrls;
import by.vestnik.model.Story;
import by.vestnik.render.view.Alternate;
import by.vestnik.render.view.LanguageLink;
import by.vestnik.render.view.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The frame of every page: hreflang alternates and the language switcher, both read from the
 * story's versions in the model, so that alternates are reciprocal by construction.
 *
 * <p>x-default: for pages that exist in every language (homes, the chooser) it is the root
 * language chooser; for an article it is the version in the site's default language, or the first
 * existing version when that one is missing, because the chooser is not a version of the article.
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
        List<Alternate> alternates = new ArrayList<>();
        story.versions().forEach(v -> alternates.add(new Alternate(v.language(), site.urls().absolute(v.path()))));
        Article fallback = story.version(site.config().defaultLanguage()).orElse(story.versions().get(0));
        alternates.add(new Alternate("x-default", site.urls().absolute(fallback.path())));
        List<LanguageLink> switcher = site.languages().stream().map(language -> {
            Optional<Article> version = story.version(language);
            String href = site.urls().href(version.map(Article::path).orElse(SiteUrls.home(language)));
            return new LanguageLink(language, languageName(language), href,
                    language.equals(article.language()), version.isPresent());
        }).toList();
        return frame("article", article.language(), article.title(), description, article.path(), alternates, switcher);
    }

    /** A page that exists once per language at {@code pathOf(language)}, such as a language home. */
    PageView perLanguage(String kind, String language, String title, String description,
                         java.util.function.Function<String, String> pathOf) {
        List<Alternate> alternates = new ArrayList<>();
        site.languages().forEach(l -> alternates.add(new Alternate(l, site.urls().absolute(pathOf.apply(l)))));
        alternates.add(new Alternate("x-default", site.urls().absolute("")));
        List<LanguageLink> switcher = site.languages().stream()
                .map(l -> new LanguageLink(l, languageName(l), site.urls().href(pathOf.apply(l)), l.equals(language), true))
                .toList();
        return frame(kind, language, title, description, pathOf.apply(language), alternates, switcher);
    }

    /** The root language chooser: in the default language, x-default to itself. */
    PageView chooser() {
        String language = site.config().defaultLanguage();
        PageView home = perLanguage("chooser", language, messages.get(language, "site.name"),
                messages.get(language, "site.description"), SiteUrls::home);
        return new PageView("chooser", language, home.title(), home.description(), site.urls().absolute(""),
                home.alternates(), home.languages(), site.urls().href(""), site.urls().href(SiteUrls.home(language)),
                "", "");
    }

    String languageName(String language) {
        return messages.get(language, "language.name");
    }

    private PageView frame(String kind, String language, String title, String description, String path,
                           List<Alternate> alternates, List<LanguageLink> switcher) {
        return new PageView(kind, language, title, description, site.urls().absolute(path), alternates, switcher,
                site.urls().href(""), site.urls().href(SiteUrls.home(language)),
                site.urls().href(SiteUrls.feed(language)), site.urls().absolute(SiteUrls.feed(language)));
    }
}
