package by.vestnik.load;

import java.util.OptionalInt;

/**
 * Front matter and the tag table are small, shallow YAML. The YAML library walks nesting
 * recursively without a limit of its own, so text nested deeper than any real front matter is
 * refused before it is parsed: brackets and braces more than {@value #MAX_DEPTH} deep, or
 * indentation deeper than {@value #MAX_INDENT} columns.
 */
final class YamlLimits {
    static final int MAX_DEPTH = 32;
    static final int MAX_INDENT = 128;
    static final String MESSAGE = "the YAML is nested more than " + MAX_DEPTH
            + " levels deep; front matter needs only a few";

    private YamlLimits() {
    }

    /** The 0-based line where the text first goes too deep, if it does. */
    static OptionalInt tooDeep(String yaml) {
        int depth = 0;
        int line = 0;
        int indent = 0;
        boolean lineStart = true;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                indent = 0;
                lineStart = true;
                continue;
            }
            if (lineStart && (c == ' ' || c == '-' || c == '\t')) {
                if (++indent > MAX_INDENT) {
                    return OptionalInt.of(line);
                }
                continue;
            }
            lineStart = false;
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return OptionalInt.of(line);
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return OptionalInt.empty();
    }
}
