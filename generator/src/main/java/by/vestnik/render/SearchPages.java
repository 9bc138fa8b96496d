package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.PageView;
import by.vestnik.search.Analysis;
import by.vestnik.search.LanguageIndex;
import by.vestnik.search.PlainText;
import by.vestnik.search.SearchDocument;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search: each article is indexed while its page renders (the body is at hand then, and only the
 * index's compact postings stay in memory), then each language gets its index files and its
 * search page at {@code /{lang}/search/}, which names the index's manifest.
 */
final class SearchPages {
    private static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparingInt((Article a) -> a.date().getYear())
            .thenComparing(a -> a.date().toInstant())
            .thenComparing(Article::path);

    private final RenderContext context;
    private final Map<String, LanguageIndex> indexes = new LinkedHashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();

    SearchPages(RenderContext context) {
        this.context = context;
        if (!context.site.config().search()) {
            return; // no index: index() and render() find no language to work for
        }
        for (String language : context.site.languages()) {
            List<Article> articles = context.site.articles(language).stream().sorted(OLDEST_FIRST).toList();
            for (int id = 0; id < articles.size(); id++) {
                ids.put(articles.get(id).path(), id);
            }
            indexes.put(language, new LanguageIndex(SiteUrls.searchIndex(language), Analysis.forLanguage(language),
                    articles.size()));
        }
    }

    /** Indexes an article from its rendered body and writes the pack of results it completes. Thread-safe. */
    void index(Article article, String bodyHtml, PageSink sink) {
        String language = article.language();
        if (!indexes.containsKey(language)) {
            return;
        }
        List<String> topics = context.site.tagsOf(article).stream().map(tag -> tag.slug()).toList();
        SearchDocument document = new SearchDocument(context.site.urls().href(article.path()), article.title(),
                DateFormats.iso(article.date()), context.dates.readable(article.date(), language),
                article.date().getYear(), topics, PlainText.of(bodyHtml));
        indexes.get(language).add(ids.get(article.path()), document).ifPresent(pack -> sink.write(pack.path(), pack.content()));
    }

    /** Writes each language's index and search page; runs after every article was indexed. */
    void render(PageSink sink) {
        indexes.forEach((language, index) -> {
            String manifest = index.writeFiles(file -> sink.write(file.path(), file.content()));
            var msg = context.messages.of(language);
            PageView page = context.views.everyLanguage("search", language, msg.get("search.title"),
                    msg.get("search.description"), SiteUrls::search, false);
            Map<String, Object> model = context.model(page);
            Map<String, Object> search = new HashMap<>();
            search.put("manifest", context.site.urls().href(manifest));
            search.put("topics", context.site.tags().stream()
                    .filter(tag -> !context.site.articlesTagged(language, tag).isEmpty())
                    .map(tag -> Map.of("label", tag.label(language), "slug", tag.slug()))
                    .toList());
            search.put("years", context.site.years(language));
            search.put("stemmerScript", "search-snowball-" + language + ".js");
            model.put("search", search);
            context.writePage(sink, "search.ftlh", model, SiteUrls.search(language), null);
        });
    }
}
