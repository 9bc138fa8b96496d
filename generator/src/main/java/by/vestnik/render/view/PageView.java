package by.vestnik.render.view;

import java.util.List;

/**
 * What every page's layout needs: language, title, canonical URL, hreflang alternates, the
 * language switcher and the links of the site's frame.
 *
 * @param kind       the page kind (home, article, chooser …), for the layout's CSS hooks
 * @param canonical  the page's absolute URL
 * @param homeHref   this language's news home, root-relative
 * @param feedHref   this language's feed, root-relative (empty on the language chooser)
 * @param feedUrl    the same, absolute
 * @param tagsHref   this language's tags index
 * @param archiveHref this language's archive by year
 * @param noindex    a page search engines should not index (404, redirects)
 */
public record PageView(
        String kind,
        String language,
        String title,
        String description,
        String canonical,
        List<Alternate> alternates,
        List<LanguageLink> languages,
        String rootHref,
        String homeHref,
        String feedHref,
        String feedUrl,
        String tagsHref,
        String archiveHref,
        boolean noindex) {

    public PageView {
        alternates = List.copyOf(alternates);
        languages = List.copyOf(languages);
    }
}
