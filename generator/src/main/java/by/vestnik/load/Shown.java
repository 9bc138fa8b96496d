package by.vestnik.load;

/** A value from the content as it may appear in a message: short, and with no control characters. */
public final class Shown {
    private static final int MAX = 60;

    private Shown() {
    }

    public static String value(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX ? out + "…" : out.toString();
    }
}
