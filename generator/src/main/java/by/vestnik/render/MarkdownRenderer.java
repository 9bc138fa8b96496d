package by.vestnik.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with CommonMark-java and its tables, autolink, strikethrough and heading-anchor
 * extensions. Parser and renderers are immutable and thread-safe: one instance serves a build.
 * Links are rewritten before rendering (a link to another story's file becomes that page's URL);
 * the HTML, raw HTML in the Markdown included, then passes the {@link HtmlPolicy} allow-list.
 */
public final class MarkdownRenderer {
    /**
     * Tables with more cells than this are refused before parsing: CommonMark's own limit (a
     * million) aborts only after the parser has used over a gigabyte, and names no file.
     */
    public static final int MAX_TABLE_CELLS = 100_000;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer html = htmlRenderer().build();
    private final HtmlPolicy policy;

    /** With the default allow-list. */
    public MarkdownRenderer() {
        this(new HtmlPolicy(List.of()));
    }

    public MarkdownRenderer(HtmlPolicy policy) {
        this.policy = policy;
    }

    /**
     * A body rendered to HTML, the text of its first paragraph (a summary where none is given),
     * the first image's link as rendered (empty when there is none), and, when asked for, the HTML
     * once more with the links a feed needs (else null).
     */
    public record Rendered(String html, String firstParagraph, String firstImage, String feedHtml,
                           List<Dropped> dropped) {
        public Rendered {
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * What the page lost to the HTML policy, with the body line it most likely came from (0-based,
     * -1 when not found): the sanitizer sees rendered HTML, so the line is found again in the text.
     */
    public record Dropped(String what, int line) {
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Decides where a link in the body points; {@code line} is 0-based within the body. */
    @FunctionalInterface
    public interface LinkRewriter {
        String rewrite(String destination, int line);

        /** Where an image's source points; the same as a link's unless a rewriter says otherwise. */
        default String rewriteImage(String destination, int line) {
            return rewrite(destination, line);
        }

        /** Sees the {@code src} of an {@code <img>} written as raw HTML, which is not rewritten. */
        default void rawImage(String source, int line) {
        }
    }

    /**
     * Documents nested deeper than this (quotes in quotes, lists in lists, emphasis in emphasis)
     * are refused: rendering walks the tree recursively, and no real article comes near it.
     */
    public static final int MAX_NESTING = 64;

    /** An article's text the renderer will not take on; {@code line} is 0-based in the body. */
    public static class Refused extends RuntimeException {
        private final int line;

        Refused(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** An article's structure is beyond {@link #MAX_NESTING}. */
    public static final class TooDeeplyNested extends Refused {
        TooDeeplyNested(int line) {
            super("the text is nested more than " + MAX_NESTING + " levels deep (quotes, lists or emphasis "
                    + "inside each other); simplify it", line);
        }
    }

    /** A table beyond {@link #MAX_TABLE_CELLS}. */
    public static final class TableTooLarge extends Refused {
        TableTooLarge(int line) {
            super("the table starting here has more than " + MAX_TABLE_CELLS + " cells; split it or publish "
                    + "the data as an attached file (CSV, spreadsheet)", line);
        }
    }

    public Rendered render(String markdown, LinkRewriter rewriteLink) {
        return render(markdown, rewriteLink, null);
    }

    public Rendered render(String markdown, LinkRewriter pageRewriter, LinkRewriter feedRewriter) {
        return render(markdown, pageRewriter, feedRewriter, ImageHandler.NONE);
    }

    /**
     * Decides how each image of a body is shown: markup of its own for the page and for feeds
     * (a photo in sized copies), or empty to leave the image to the link rewriter.
     */
    @FunctionalInterface
    public interface ImageHandler {
        ImageHandler NONE = (destination, alt, title, line) -> java.util.Optional.empty();

        /** {@code alt} is the image's text as written; {@code line} is 0-based within the body. */
        java.util.Optional<BodyImages.Markup> handle(String destination, String alt, String title, int line);
    }

    /**
     * Parses once and renders for the page and, if {@code feedRewriter} is given, for feeds: the
     * feed rewriter sees the links as the page has them.
     */
    public Rendered render(String markdown, LinkRewriter pageRewriter, LinkRewriter feedRewriter, ImageHandler images) {
        checkLinePrefixes(markdown);
        checkTableSizes(markdown);
        Node document;
        try {
            document = parse(markdown);
        } catch (IllegalArgumentException tableLimit) {
            // CommonMark's table limit, should the estimate below ever count fewer cells than it does
            throw new TableTooLarge(0);
        }
        checkNesting(document);
        String image = firstImage(document);
        String paragraph = firstParagraph(document);
        BodyImages replaced = BodyImages.replace(document, images);
        rewriteLinks(document, pageRewriter);
        boolean rawHtml = hasRawHtml(document);
        List<HtmlPolicy.Removal> removals = new java.util.ArrayList<>();
        String pageHtml = replaced.insert(allowedHtml(document, rawHtml, removals::add), false);
        String feedHtml = null;
        if (feedRewriter != null) {
            rewriteLinks(document, feedRewriter);
            feedHtml = replaced.insert(allowedHtml(document, rawHtml, removal -> { }), true);
        }
        return new Rendered(pageHtml, paragraph, image, feedHtml, dropped(markdown, removals, pageHtml));
    }

    /**
     * The body's HTML as the policy allows it. What CommonMark writes from Markdown alone it has
     * escaped itself: that HTML passes the sanitizer only when an element of it is one the policy
     * would change (a refused link, an odd heading id), and HTML with raw HTML in it always does.
     * Sanitizing every body was a tenth of a clean build, and changed nothing in most articles
     * but how quotes are escaped.
     */
    private String allowedHtml(Node document, boolean rawHtml, java.util.function.Consumer<HtmlPolicy.Removal> removed) {
        if (rawHtml) {
            return policy.sanitize(html.render(document), removed);
        }
        HtmlPolicy.Screen screen = new HtmlPolicy.Screen();
        // a renderer of its own per body: the screen is the body's (building one is a few objects)
        String rendered = htmlRenderer()
                .attributeProviderFactory(context -> (node, tagName, attributes) -> screen.element(tagName, attributes))
                .build()
                .render(document);
        return screen.passed() ? rendered : policy.sanitize(rendered, removed);
    }

    /** How every body is rendered; the screen's provider, added last, sees the attributes as written. */
    private static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(false)
                .attributeProviderFactory(context -> MarkdownRenderer::alignWithStyle);
    }

    private static boolean hasRawHtml(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A Markdown link or raw {@code href} whose address has a scheme the policy refuses. */
    private static final java.util.regex.Pattern LINK_NOT_ALLOWED = java.util.regex.Pattern.compile(
            "(?i)(?:\\]\\(\\s*<?|href\\s*=\\s*[\"']?)\\s*(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.-]*:");
    private static final java.util.regex.Pattern IMG = java.util.regex.Pattern.compile("<img\\b[^>]*>");
    private static final java.util.regex.Pattern IMAGE_IN_TEXT = java.util.regex.Pattern.compile("(?i)!\\[|<img\\b");

    /** The removals and the images left without a source, each with its line in the text. */
    private static List<Dropped> dropped(String markdown, List<HtmlPolicy.Removal> removals, String pageHtml) {
        List<Dropped> dropped = new java.util.ArrayList<>();
        // lowered only when something was removed: most articles lose nothing
        String lower = removals.isEmpty() ? markdown : markdown.toLowerCase(java.util.Locale.ROOT);
        java.util.Map<String, Integer> searchedTo = new java.util.HashMap<>();
        for (HtmlPolicy.Removal removal : removals) {
            if ("img".equals(removal.element()) && "src".equals(removal.attribute())) {
                continue; // reported below, as an image left without a source, on its own line
            }
            if ("a".equals(removal.element()) && (removal.attribute() == null || removal.attribute().equals("href"))) {
                // the policy drops a link whose address it refuses, keeping the text: find that address
                var address = LINK_NOT_ALLOWED.matcher(markdown);
                int from = searchedTo.getOrDefault("a", 0);
                int at = from < markdown.length() && address.find(from) ? address.start() : -1;
                searchedTo.put("a", at < 0 ? markdown.length() : address.end());
                dropped.add(new Dropped("a link without an allowed address (http, https, mailto, tel or one relative "
                        + "to the site) was removed, its text kept", lineAt(markdown, at)));
                continue;
            }
            String needle = removal.attribute() == null ? "<" + removal.element() : removal.attribute();
            int at = lower.indexOf(needle.toLowerCase(java.util.Locale.ROOT), searchedTo.getOrDefault(needle, 0));
            searchedTo.put(needle, at < 0 ? lower.length() : at + needle.length());
            dropped.add(new Dropped(removal.describe() + " is not allowed in articles and was removed", lineAt(markdown, at)));
        }
        if (!pageHtml.contains("<img")) {
            return dropped;
        }
        var images = IMG.matcher(pageHtml);
        var written = IMAGE_IN_TEXT.matcher(markdown);
        while (images.find()) {
            int at = written.find() ? written.start() : -1;
            if (!images.group().contains(" src=\"")) {
                dropped.add(new Dropped("an image is left without a source (src), none was given or it was not allowed, "
                        + "and shows nothing; give it the file name of an image in the story folder or an https address", lineAt(markdown, at)));
            }
        }
        return dropped;
    }

    private static int lineAt(String text, int index) {
        if (index < 0) {
            return -1;
        }
        int line = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The words of the first paragraph that has any: link texts without their destinations. */
    private static String firstParagraph(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                StringBuilder words = new StringBuilder();
                node.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        words.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        words.append(code.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak lineBreak) {
                        words.append(' ');
                    }

                    @Override
                    public void visit(HardLineBreak lineBreak) {
                        words.append(' ');
                    }
                });
                String plain = words.toString().strip().replaceAll("\\s+", " ");
                if (!plain.isEmpty()) {
                    return plain;
                }
            }
        }
        return "";
    }

    /** The {@code align} attribute of table cells is obsolete in HTML5: the same as CSS. */
    private static void alignWithStyle(Node node, String tagName, java.util.Map<String, String> attributes) {
        String align = attributes.remove("align");
        if (align != null) {
            attributes.put("style", "text-align:" + align); // as the sanitizer writes it
        }
    }

    /**
     * Block nesting shows in the markers at the start of a line ({@code > - > 1. …}); the parser's
     * work grows with that depth on every line, so a text nested far too deeply is refused before
     * it is parsed rather than after.
     */
    private static void checkLinePrefixes(String markdown) {
        int line = 0;
        int markers = 0;
        int length = markdown.length();
        for (int i = 0; i < length; i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                markers = 0;
                continue;
            }
            boolean listMarker = (c == '-' || c == '*' || c == '+') && i + 1 < length
                    && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t');
            if (c == '>' || listMarker) {
                if (++markers > MAX_NESTING) {
                    throw new TooDeeplyNested(line);
                }
            } else if (c != ' ' && c != '\t' && !Character.isDigit(c) && c != '.' && c != ')') {
                // the prefix ended: the rest of the line is text, skip to its end
                int end = markdown.indexOf('\n', i);
                if (end < 0) {
                    return;
                }
                i = end - 1;
            }
        }
    }

    /**
     * Counts the cells of each run of lines holding '|' (a table, or text that could become one):
     * the pipes between cells, plus the cells before the first and after the last pipe unless a
     * pipe opens or closes the row. Escaped pipes and pipes in code count too: never fewer cells
     * than the parser would make.
     */
    private static void checkTableSizes(String markdown) {
        int line = 0;
        int runStart = 0;
        long cells = 0;
        int start = 0;
        int length = markdown.length();
        while (start <= length) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int pipes = 0;
            for (int i = start; i < end; i++) {
                if (markdown.charAt(i) == '|') {
                    pipes++;
                }
            }
            if (pipes == 0) {
                cells = 0;
            } else {
                if (cells == 0) {
                    runStart = line;
                }
                String row = markdown.substring(start, end).strip();
                cells += pipes + 1 - (row.startsWith("|") ? 1 : 0) - (row.endsWith("|") && row.length() > 1 ? 1 : 0);
                if (cells > MAX_TABLE_CELLS) {
                    throw new TableTooLarge(runStart);
                }
            }
            line++;
            start = end + 1;
        }
    }

    /** Walks the tree without recursion, so that the check itself cannot overflow the stack. */
    private static void checkNesting(Node document) {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX_NESTING) {
                    throw new TooDeeplyNested(line(node));
                }
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node != null) {
                node = node.getNext();
            }
        }
    }

    private static String firstImage(Node document) {
        String[] found = {""};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (found[0].isEmpty()) {
                    found[0] = image.getDestination();
                }
            }
        });
        return found[0];
    }

    static void rewriteLinks(Node document, LinkRewriter rewriter) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(rewriter.rewrite(link.getDestination(), line(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(rewriter.rewriteImage(image.getDestination(), line(image)));
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                rawImages(html.getLiteral(), line(html), rewriter);
            }

            @Override
            public void visit(HtmlBlock html) {
                rawImages(html.getLiteral(), line(html), rewriter);
            }
        });
    }

    private static final java.util.regex.Pattern RAW_IMAGE_SOURCE =
            java.util.regex.Pattern.compile("(?i)<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private static void rawImages(String html, int firstLine, LinkRewriter rewriter) {
        var sources = RAW_IMAGE_SOURCE.matcher(html);
        while (sources.find()) {
            String source = sources.group(1) != null ? sources.group(1) : sources.group(2) != null ? sources.group(2) : sources.group(3);
            int line = firstLine + (int) html.substring(0, sources.start()).chars().filter(c -> c == '\n').count();
            rewriter.rawImage(source, line);
        }
    }

    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
    }
}
