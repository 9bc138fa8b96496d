package by.vestnik.render.view;

/** A year of the archive: its page and how many articles it holds. */
public record YearLink(int year, String href, int count) {
}
