package by.vestnik.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The images of a body that get markup of their own ({@code <picture>}, {@code srcset}, a
 * {@code <figure>} when the image stands alone with a title). Each is replaced in the document by
 * a placeholder word; the markup is put in its place after the sanitizer ran, because it is made
 * by Vestnik from checked values (attributes escaped) and uses attributes an author's raw HTML
 * may not ({@code srcset}, {@code sizes}, {@code loading}). The placeholder carries a random
 * part, so that no text an author writes can stand for one.
 */
final class BodyImages {
    /** An image's markup on the page and in feeds (whose readers get a plain, absolute {@code <img>}). */
    public record Markup(String page, String feed) {
    }

    private final Map<String, Markup> inline = new LinkedHashMap<>();
    private final Map<String, Markup> figures = new LinkedHashMap<>();

    private BodyImages() {
    }

    static BodyImages replace(Node document, MarkdownRenderer.ImageHandler handler) {
        BodyImages result = new BodyImages();
        if (handler == MarkdownRenderer.ImageHandler.NONE) {
            return result;
        }
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
        for (Image image : images) {
            String title = image.getTitle() == null ? "" : image.getTitle().strip();
            boolean alone = image.getParent() instanceof Paragraph && image.getPrevious() == null && image.getNext() == null;
            boolean figure = alone && !title.isEmpty();
            Optional<Markup> markup = handler.handle(image.getDestination(), text(image), figure ? "" : title,
                    MarkdownRenderer.line(image));
            if (markup.isEmpty()) {
                continue;
            }
            String token = "vestnikimage" + nonce + "n" + (result.inline.size() + result.figures.size()) + "e";
            if (figure) {
                String caption = "<figcaption>" + escape(title) + "</figcaption>";
                result.figures.put(token, new Markup("<figure>" + markup.get().page() + caption + "</figure>",
                        "<figure>" + markup.get().feed() + caption + "</figure>"));
                Paragraph placeholder = new Paragraph();
                placeholder.appendChild(new Text(token));
                image.getParent().insertBefore(placeholder);
                image.getParent().unlink();
            } else {
                result.inline.put(token, markup.get());
                image.insertBefore(new Text(token));
                image.unlink();
            }
        }
        return result;
    }

    /** The sanitized HTML with each placeholder replaced by its markup. */
    String insert(String html, boolean feed) {
        String out = html;
        for (Map.Entry<String, Markup> figure : figures.entrySet()) {
            out = out.replace("<p>" + figure.getKey() + "</p>", feed ? figure.getValue().feed() : figure.getValue().page());
        }
        for (Map.Entry<String, Markup> image : inline.entrySet()) {
            out = out.replace(image.getKey(), feed ? image.getValue().feed() : image.getValue().page());
        }
        return out;
    }

    /** The image's text as written: the alt text. */
    private static String text(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }

    /** Text for an HTML element's content or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
