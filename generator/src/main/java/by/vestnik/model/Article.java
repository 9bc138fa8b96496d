package by.vestnik.model;

import by.vestnik.load.SourceArticle;
import java.time.ZonedDateTime;

/** One language version of a story, placed in the site: its source and its URL path. */
public record Article(SourceArticle source, String path) {

    public String language() {
        return source.language();
    }

    public String storyId() {
        return source.storyId();
    }

    public String title() {
        return source.title();
    }

    public ZonedDateTime date() {
        return source.date();
    }
}
