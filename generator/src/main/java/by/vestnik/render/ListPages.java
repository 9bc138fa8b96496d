package by.vestnik.render;

import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.ArticleView;
import java.util.List;
import java.util.Map;

/** Each language's home: its articles newest first, with date and summary. */
public final class ListPages {
    private final RenderContext context;
    private final Summaries summaries;
    private final ArticlePages articles;

    public ListPages(RenderContext context, Summaries summaries) {
        this.context = context;
        this.summaries = summaries;
        this.articles = new ArticlePages(context);
    }

    public void render(PageSink sink) {
        for (String language : context.site.languages()) {
            var msg = context.messages.of(language);
            var page = context.views.perLanguage("home", language, msg.get("home.title"),
                    msg.get("site.description"), SiteUrls::home);
            List<ArticleView> items = context.site.articles(language).stream()
                    .map(this::listItem)
                    .toList();
            Map<String, Object> model = context.model(page);
            model.put("articles", items);
            sink.write(SiteUrls.file(SiteUrls.home(language)), context.templates.render("home.ftlh", model));
        }
    }

    private ArticleView listItem(Article article) {
        return articles.view(article, summaries.of(article), "");
    }
}
