package by.vestnik.search;

import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The text of a rendered article body, for the index: the renderer's HTML is sanitized and
 * well-formed, so dropping the tags and decoding the entities is enough, at a fraction of a parser's cost.
 */
public final class PlainText {
    private static final Pattern BLOCK_END = Pattern.compile("</(p|h[1-6]|li|td|th|blockquote|pre|figcaption)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String html) {
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll("");
        return SPACE.matcher(StringEscapeUtils.unescapeHtml4(text)).replaceAll(" ").strip();
    }

    /** At most {@code max} characters, cut at a space, with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
