package by.vestnik.search;

/**
 * The text of a rendered article body, for the index. The renderer's HTML is sanitized and
 * well-formed, so one pass that drops the tags (a block's end becomes a space), decodes the
 * entities the renderer and the sanitizer write (numeric ones, and amp, lt, gt, quot, apos, nbsp)
 * and collapses white space is enough: at 30,000 articles a regular expression per step and
 * Commons Text's unescaper cost seconds.
 */
public final class PlainText {
    private static final String[] BLOCK_ENDS = {"</p", "</h1", "</h2", "</h3", "</h4", "</h5", "</h6", "</li", "</td",
        "</th", "</blockquote", "</pre", "</figcaption", "<br"};

    private PlainText() {
    }

    public static String of(String html) {
        // on an array: String.charAt checks its index on every call, which the quick compiler keeps
        char[] in = html.toCharArray();
        int n = in.length;
        StringBuilder out = new StringBuilder(n);
        boolean space = true; // at the start, or after white space: drop further white space
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c == '<') {
                int end = indexOf(in, '>', i);
                if (end < 0) {
                    break;
                }
                if (!space && endsBlock(html, i)) {
                    out.append(' ');
                    space = true;
                }
                i = end + 1;
                continue;
            }
            int codePoint = c;
            int next = i + 1;
            if (c == '&') {
                int semicolon = indexOf(in, ';', i);
                int decoded = semicolon > i && semicolon - i <= 10 ? entity(html, i + 1, semicolon) : -1;
                if (decoded >= 0) {
                    codePoint = decoded;
                    next = semicolon + 1;
                }
            } else if (Character.isHighSurrogate(c) && next < n && Character.isLowSurrogate(in[next])) {
                codePoint = Character.toCodePoint(c, in[next]);
                next++;
            }
            if (Character.isWhitespace(codePoint)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.appendCodePoint(codePoint);
                space = false;
            }
            i = next;
        }
        int length = out.length();
        return space && length > 0 ? out.substring(0, length - 1) : out.toString();
    }

    private static int indexOf(char[] text, char c, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** At most {@code max} characters, cut at a space, with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    private static boolean endsBlock(String html, int at) {
        for (String tag : BLOCK_ENDS) {
            if (html.regionMatches(true, at, tag, 0, tag.length())) {
                int after = at + tag.length();
                char c = after < html.length() ? html.charAt(after) : '>';
                if (c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The code point of the entity between '&' and ';', or -1 for one this does not know. */
    private static int entity(String html, int start, int end) {
        String name = html.substring(start, end);
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? code : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> -1;
        };
    }
}
