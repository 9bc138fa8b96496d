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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import by.vestnik.graph.ChangeDigest;
import by.vestnik.load.FileStamps;
import by.vestnik.search.IndexFile;

/**
 * Search: each article is indexed while its page renders (the body is at hand then, and only the
 * index's compact postings stay in memory), then each language gets its index files and its
 * search page at {@code /{lang}/search/}, which names the index's manifest. A document whose
 * entry the last build made from the same key is not analysed again: its entry is carried into
 * the next memo as it is, and put into the index only if the language's index is made at all.
 * When every document of a language was carried, its index files are the last build's, which are
 * kept as published.
 */
final class SearchPages {
    private static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparingInt((Article a) -> a.date().getYear())
            .thenComparing(a -> a.date().toInstant())
            .thenComparing(Article::path);

    private final RenderContext context;
    private final Map<String, Language> languages = new LinkedHashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** One language's index, with what is needed to tell whether it is the last build's. */
    private static final class Language {
        final String language;
        final LanguageIndex index;
        /** Each document's key, by id: together they decide every byte of the index files. */
        final String[] keys;
        /** The path of each document whose entry was carried from the last build, by id; null for one analysed anew. */
        final String[] carried;
        volatile boolean analysed;
        /** The files this build produced of the index. */
        final Set<String> files = ConcurrentHashMap.newKeySet();

        Language(String language, int documents) {
            this.language = language;
            this.index = new LanguageIndex(SiteUrls.searchIndex(language), Analysis.forLanguage(language), documents);
            this.keys = new String[documents];
            this.carried = new String[documents];
        }

        String digest() {
            ChangeDigest digest = new ChangeDigest().number(keys.length);
            for (String key : keys) {
                digest.text(key == null ? "\0" : key);
            }
            return digest.finish();
        }
    }

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
            languages.put(language, new Language(language, articles.size()));
        }
    }

    /**
     * Indexes an article and writes the pack of results it completes. The entry the last build
     * made of the same document (same fields, a body of the same digest) is carried as it is;
     * only otherwise is the body's HTML asked for and its text analysed. Thread-safe.
     */
    void index(Article article, String bodyDigest, Supplier<String> bodyHtml, PageSink sink) {
        Language language = languages.get(article.language());
        if (language == null) {
            return;
        }
        List<String> topics = context.site.tagsOf(article).stream().map(tag -> tag.slug()).toList();
        String href = context.site.urls().href(article.path());
        String dateText = context.dates.readable(article.date(), language.language);
        String key = String.join("\n", bodyDigest, href, article.title(),
                DateFormats.iso(article.date()), dateText, String.valueOf(article.date().getYear()), String.join(" ", topics));
        int id = ids.get(article.path());
        language.keys[id] = key;
        if (context.memo.carrySearch(article.path(), key)) {
            language.carried[id] = article.path();
            return;
        }
        language.analysed = true;
        language.index.add(id, new SearchDocument(href, article.title(), DateFormats.iso(article.date()), dateText,
                        article.date().getYear(), topics, PlainText.of(bodyHtml.get())),
                        entry -> context.memo.search(article.path(), key, entry))
                .ifPresent(file -> write(language, file, sink));
    }

    /** Writes each language's index (or keeps the last build's) and search page; runs after every article was indexed. */
    void render(PageSink sink) {
        languages.forEach((code, language) -> {
            String digest = language.digest();
            String manifest = language.analysed ? null : kept(language, digest, sink);
            if (manifest == null) {
                for (int id = 0; id < language.carried.length; id++) {
                    if (language.carried[id] != null) {
                        language.index.add(id, context.memo.carriedSearch(language.carried[id]))
                                .ifPresent(file -> write(language, file, sink));
                    }
                }
                manifest = language.index.writeFiles(file -> write(language, file, sink));
            }
            language.files.forEach(file -> context.memo.file(file, digest));
            var msg = context.messages.of(code);
            PageView page = context.views.everyLanguage("search", code, msg.get("search.title"),
                    msg.get("search.description"), SiteUrls::search, false);
            Map<String, Object> model = context.model(page);
            Map<String, Object> search = new HashMap<>();
            search.put("manifest", context.site.urls().href(manifest));
            search.put("topics", context.site.tags().stream()
                    .filter(tag -> !context.site.articlesTagged(code, tag).isEmpty())
                    .map(tag -> Map.of("label", tag.label(code), "slug", tag.slug()))
                    .toList());
            search.put("years", context.site.years(code));
            search.put("stemmerScript", "search-snowball-" + code + ".js");
            model.put("search", search);
            context.writePage(sink, "search.ftlh", model, SiteUrls.search(code), null);
        });
    }

    /**
     * Keeps the index files the last build published from inputs of this digest, and returns the
     * manifest's path; null when there are none, or one of them is no longer as published (the
     * index is made then, and the files kept so far are not written again: a name is its content's hash).
     */
    private String kept(Language language, String digest, PageSink sink) {
        String directory = SiteUrls.searchIndex(language.language);
        Map<String, FileStamps.Stamp> files = context.memo.lastFiles(directory, digest);
        String manifest = files.keySet().stream().filter(path -> path.startsWith(directory + "manifest.")).findFirst().orElse(null);
        return manifest != null && sink.keepAll(files, language.files) ? manifest : null;
    }

    private static void write(Language language, IndexFile file, PageSink sink) {
        if (language.files.add(file.path())) {
            sink.write(file.path(), file.content());
        }
    }
}
