package by.vestnik.render;

import by.vestnik.load.Tag;
import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.PageView;
import by.vestnik.render.view.Pagination;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import by.vestnik.render.view.ArticleView;

/**
 * The paginated lists of articles, newest first: each language's home, each tag's page and each
 * year's page. Page 1 sits at the list's own URL, page N at {@code …/page/N/}.
 */
final class ListPages {
    private final RenderContext context;
    private final ArticleViews articleViews;
    /** Each article's list item by its path, made and digested once for all the lists that show it. */
    private final Map<String, DigestedList.Item<ArticleView>> items = new ConcurrentHashMap<>();

    ListPages(RenderContext context, ArticleExtracts extracts) {
        this.context = context;
        this.articleViews = new ArticleViews(context, extracts);
    }

    /** Renders every list; the lists are independent, so they render in parallel. */
    void render(PageSink sink) {
        List<Runnable> lists = new ArrayList<>();
        for (String language : context.site.languages()) {
            var msg = context.messages.of(language);
            lists.add(() -> paginate(sink, "home.ftlh", context.views.everyLanguage("home", language,
                    msg.get("home.title"), msg.get("site.description"), SiteUrls::home, true),
                    SiteUrls.home(language), context.site.articles(language), Map.of()));
            for (Tag tag : context.site.tags()) {
                List<Article> tagged = context.site.articlesTagged(language, tag);
                if (!tagged.isEmpty()) {
                    lists.add(() -> paginate(sink, "tag.ftlh", context.views.page("tag", language, tag.label(language),
                                    msg.get("tag.description").replace("{0}", tag.label(language)), tagVersions(tag), false),
                            SiteUrls.tag(language, tag.slug()), tagged,
                            Map.of("tag", tag.label(language),
                                    "tagFeedHref", context.site.urls().href(SiteUrls.tagFeed(language, tag.slug())))));
                }
            }
            for (int year : context.site.years(language)) {
                lists.add(() -> paginate(sink, "year.ftlh", context.views.page("year", language,
                                msg.get("year.title").replace("{0}", String.valueOf(year)), "", yearVersions(year), false),
                        SiteUrls.year(language, year), context.site.articlesOfYear(language, year), Map.of("year", year)));
            }
        }
        lists.parallelStream().forEach(Runnable::run);
    }

    private Map<String, String> tagVersions(Tag tag) {
        Map<String, String> versions = new LinkedHashMap<>();
        context.site.languages().stream()
                .filter(l -> !context.site.articlesTagged(l, tag).isEmpty())
                .forEach(l -> versions.put(l, SiteUrls.tag(l, tag.slug())));
        return versions;
    }

    private Map<String, String> yearVersions(int year) {
        Map<String, String> versions = new LinkedHashMap<>();
        context.site.languages().stream()
                .filter(l -> context.site.years(l).contains(year))
                .forEach(l -> versions.put(l, SiteUrls.year(l, year)));
        return versions;
    }

    private void paginate(PageSink sink, String template, PageView first, String firstPath, List<Article> articles,
                          Map<String, Object> extra) {
        int size = context.site.config().pageSize();
        int count = Math.max(1, (articles.size() + size - 1) / size);
        String pageLabel = context.messages.of(first.language()).get("list.page");
        for (int number = 1; number <= count; number++) {
            String path = SiteUrls.page(firstPath, number);
            PageView view = number == 1 ? first
                    : context.views.continuation(first, first.title() + " — " + pageLabel.replace("{0}", String.valueOf(number)), path);
            List<Article> slice = articles.subList((number - 1) * size, Math.min(articles.size(), number * size));
            Map<String, Object> model = context.model(view);
            model.putAll(extra);
            model.put("articles", new DigestedList<>(slice.stream()
                    .map(article -> items.computeIfAbsent(article.path(), key -> DigestedList.Item.of(articleViews.listItem(article))))
                    .toList()));
            model.put("pagination", new Pagination(number, count,
                    number > 1 ? context.site.urls().href(SiteUrls.page(firstPath, number - 1)) : "",
                    number < count ? context.site.urls().href(SiteUrls.page(firstPath, number + 1)) : ""));
            context.writePage(sink, template, model, path, newest(slice));
        }
    }

    static ZonedDateTime newest(List<Article> articles) {
        return articles.stream().map(a -> a.source().updated())
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElse(null);
    }
}
