package by.vestnik.render;

import by.vestnik.model.SiteUrls;
import by.vestnik.render.view.TagLink;
import by.vestnik.render.view.YearLink;
import java.util.List;
import java.util.Map;

/** Per language: the index of topics ({@code /ru/tags/}) and the archive's list of years ({@code /ru/news/}). */
public final class IndexPages {
    private final RenderContext context;

    public IndexPages(RenderContext context) {
        this.context = context;
    }

    public void render(PageSink sink) {
        var site = context.site;
        for (String language : site.languages()) {
            var msg = context.messages.of(language);
            List<TagLink> tags = site.tags().stream()
                    .map(tag -> new TagLink(tag.label(language), site.urls().href(SiteUrls.tag(language, tag.slug())),
                            site.articlesTagged(language, tag).size()))
                    .filter(link -> link.count() > 0)
                    .toList();
            var tagsPage = context.views.everyLanguage("tags", language, msg.get("tags.title"), "", SiteUrls::tags, false);
            Map<String, Object> tagsModel = context.model(tagsPage);
            tagsModel.put("tags", tags);
            context.writePage(sink, "tags.ftlh", tagsModel, SiteUrls.tags(language), ListPages.newest(site.articles(language)));

            List<YearLink> years = site.years(language).stream()
                    .map(year -> new YearLink(year, site.urls().href(SiteUrls.year(language, year)),
                            site.articlesOfYear(language, year).size()))
                    .toList();
            var archivePage = context.views.everyLanguage("archive", language, msg.get("archive.title"), "",
                    SiteUrls::archive, false);
            Map<String, Object> archiveModel = context.model(archivePage);
            archiveModel.put("years", years);
            context.writePage(sink, "archive.ftlh", archiveModel, SiteUrls.archive(language),
                    ListPages.newest(site.articles(language)));
        }
    }
}
