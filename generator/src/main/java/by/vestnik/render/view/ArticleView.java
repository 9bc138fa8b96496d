package by.vestnik.render.view;

import java.util.List;

/**
 * An article as templates show it, in full or in a list.
 *
 * @param href     root-relative link to its page
 * @param url      absolute URL of its page
 * @param dateText the date in the article's language
 * @param html     the rendered body (empty in lists)
 * @param source   the address the text came from, to link to; empty when there is none or when it
 *                 is one of the story's own old addresses (then {@code firstPublishedAt} names it)
 * @param firstPublishedAt the story's own old address the text was first published at, as text
 *                 (it redirects here, so it is not linked); empty otherwise
 * @param updatedIso  when the text was updated, ISO 8601; empty when it never was
 * @param updatedText the same in the article's language
 * @param changes  the note on what the update changed; may be empty
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
        String firstPublishedAt,
        String updatedIso,
        String updatedText,
        String changes,
        ImageView lead,
        ImageView topImage) {

    public ArticleView {
        tags = List.copyOf(tags);
    }
}
