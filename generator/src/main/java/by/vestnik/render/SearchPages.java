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
import java.util.function.Supplier;

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

    /**
     * Indexes an article and writes the pack of results it completes. The entry the last build
     * made of the same document (same fields, a body of the same digest) is taken as it is; only
     * otherwise is the body's HTML asked for and its text analysed. Thread-safe.
     */
    void index(Article article, String bodyDigest, Supplier<String> bodyHtml, PageSink sink) {
        String language = article.language();
        if (!indexes.containsKey(language)) {
            return;
        }
        List<String> topics = context.site.tagsOf(article).stream().map(tag -> tag.slug()).toList();
        String href = context.site.urls().href(article.path());
        String dateText = context.dates.readable(article.date(), language);
        String key = String.join("\n", bodyDigest, href, article.title(),
                DateFormats.iso(article.date()), dateText, String.valueOf(article.date().getYear()), String.join(" ", topics));
        int id = ids.get(article.path());
        LanguageIndex index = indexes.get(language);
        var remembered = context.memo.lastSearch(article.path(), key);
        remembered.ifPresent(entry -> context.memo.search(article.path(), key, entry));
        var pack = remembered.isPresent()
                ? index.add(id, remembered.get())
                : index.add(id, new SearchDocument(href, article.title(), DateFormats.iso(article.date()), dateText,
                        article.date().getYear(), topics, PlainText.of(bodyHtml.get())),
                        entry -> context.memo.search(article.path(), key, entry));
        pack.ifPresent(file -> sink.write(file.path(), file.content()));
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
