package by.vestnik.render.view;

import java.util.List;

/**
 * An article as templates show it, in full or in a list.
 *
 * @param href     root-relative link to its page
 * @param url      absolute URL of its page
 * @param dateText the date in the article's language
 * @param html     the rendered body (empty in lists)
 * @param lead     the version's lead image (front matter's image, else its first photo), or null:
 *                 the thumbnail in lists
 * @param topImage the front matter's image, shown above the text on the article's page, or null
 */
public record ArticleView(
        String title,
        String href,
        String url,
        String dateIso,
        String dateText,
        String summary,
        String html,
        String source,
        List<TagLink> tags,
        ImageView lead,
        ImageView topImage) {

    public ArticleView {
        tags = List.copyOf(tags);
    }
}
