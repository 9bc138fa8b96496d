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
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(false)
            .attributeProviderFactory(context -> MarkdownRenderer::alignWithStyle)
            .build();
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
    public record Rendered(String html, String firstParagraph, String firstImage, String feedHtml) {
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Decides where a link in the body points; {@code line} is 0-based within the body. */
    @FunctionalInterface
    public interface LinkRewriter {
        String rewrite(String destination, int line);
    }

    /**
     * Documents nested deeper than this (quotes in quotes, lists in lists, emphasis in emphasis)
     * are refused: rendering walks the tree recursively, and no real article comes near it.
     */
    public static final int MAX_NESTING = 64;

    /** An article's structure is beyond {@link #MAX_NESTING}; {@code line} is 0-based in the body. */
    public static final class TooDeeplyNested extends RuntimeException {
        private final int line;

        TooDeeplyNested(int line) {
            super("the text is nested more than " + MAX_NESTING + " levels deep (quotes, lists or emphasis "
                    + "inside each other); simplify it");
            this.line = line;
        }

        public int line() {
            return line;
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
        Node document = parse(markdown);
        checkNesting(document);
        String image = firstImage(document);
        String paragraph = firstParagraph(document);
        BodyImages replaced = BodyImages.replace(document, images);
        rewriteLinks(document, pageRewriter);
        String pageHtml = replaced.insert(policy.sanitize(html.render(document)), false);
        String feedHtml = null;
        if (feedRewriter != null) {
            rewriteLinks(document, feedRewriter);
            feedHtml = replaced.insert(policy.sanitize(html.render(document)), true);
        }
        return new Rendered(pageHtml, paragraph, image, feedHtml);
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
            attributes.put("style", "text-align: " + align);
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
                image.setDestination(rewriter.rewrite(image.getDestination(), line(image)));
                visitChildren(image);
            }
        });
    }

    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
    }
}
