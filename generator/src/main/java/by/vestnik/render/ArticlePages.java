package by.vestnik.render;

import by.vestnik.load.ContentLoader;
import by.vestnik.model.Article;
import by.vestnik.model.SiteUrls;
import by.vestnik.model.Story;
import by.vestnik.render.view.ArticleView;
import java.nio.file.Path;
import java.util.Map;

/** One page per article version, with the story's images copied next to each. */
public final class ArticlePages {
    private final RenderContext context;

    public ArticlePages(RenderContext context) {
        this.context = context;
    }

    /** Renders every article page and returns the summaries that lists and feeds show. */
    public Summaries render(PageSink sink) {
        Summaries summaries = new Summaries();
        context.site.stories().parallelStream().forEach(story -> renderStory(story, sink, summaries));
        return summaries;
    }

    private void renderStory(Story story, PageSink sink, Summaries summaries) {
        var assets = ContentLoader.storyAssets(story.dir());
        for (Article article : story.versions()) {
            MarkdownRenderer.Rendered body = context.markdown.render(article.source().body(), context.links.forPage(article));
            summaries.put(article, body.firstParagraph());
            String summary = summaries.of(article);
            Map<String, Object> model = context.model(context.views.article(article, summary));
            model.put("article", view(article, summary, body.html()));
            sink.write(SiteUrls.file(article.path()), context.templates.render("article.ftlh", model));
            for (Path asset : assets) {
                sink.copy(article.path() + asset.getFileName(), asset);
            }
        }
    }

    ArticleView view(Article article, String summary, String html) {
        var source = article.source();
        return new ArticleView(source.title(), context.site.urls().href(article.path()),
                context.site.urls().absolute(article.path()), DateFormats.iso(source.date()),
                context.dates.readable(source.date(), source.language()), summary, html,
                source.source() == null ? "" : source.source(), source.tags());
    }
}
