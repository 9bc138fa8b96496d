package by.vestnik.render.view;

/**
 * Where a list page stands among its pages. Hrefs are root-relative and empty where there is no
 * previous or next page.
 */
public record Pagination(int number, int count, String previousHref, String nextHref) {

    public boolean paged() {
        return count > 1;
    }
}
