package by.vestnik.load;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body. The front matter sits between a
 * first line {@code ---} and the next line {@code ---} (or {@code ...}).
 *
 * @param yamlLine  the file line on which the YAML starts
 * @param bodyLine  the file line on which the body starts
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Splits text whose line endings are already '\n'; empty when there is no front matter. */
    static Optional<FrontMatter> split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return Optional.empty();
        }
        int line = 2;
        int start = 4;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            String trimmed = current.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(text.substring(start, pos), 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
