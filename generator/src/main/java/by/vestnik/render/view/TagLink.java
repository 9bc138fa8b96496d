package by.vestnik.render.view;

/** A tag as a link: its label in the page's language, its page, and how many articles carry it. */
public record TagLink(String label, String href, int count) {
}
