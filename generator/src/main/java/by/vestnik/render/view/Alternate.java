package by.vestnik.render.view;

/** One {@code <link rel="alternate" hreflang>}: a language code (or {@code x-default}) and an absolute URL. */
public record Alternate(String hreflang, String href) {
}
