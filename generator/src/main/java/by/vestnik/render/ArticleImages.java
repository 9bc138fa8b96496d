package by.vestnik.render;

import by.vestnik.images.ImageFormat;
import by.vestnik.images.ImageOptions;
import by.vestnik.images.PublishedImage;
import by.vestnik.load.LeadImage;
import by.vestnik.load.Shown;
import by.vestnik.render.view.ImageView;
import by.vestnik.model.Article;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The images of one article version: each must have alt text in this version's language (or be
 * marked decorative with {@code ![""](file)}); each photo of a story folder is shown in its sized
 * copies. Remembers the first photo: the version's lead image for lists and sharing.
 */
final class ArticleImages implements MarkdownRenderer.ImageHandler {
    /** The alt text that marks an image as decorative: an explicitly empty string. */
    static final String DECORATIVE = "\"\"";

    private final RenderContext context;
    private final Article article;
    private int shown;
    private PublishedImage lead;
    private String leadAlt = "";
    private ImageView top;

    ArticleImages(RenderContext context, Article article) {
        this.context = context;
        this.article = article;
    }

    /**
     * The front matter's {@code image:}, if there is one: the lead, shown above the text; every
     * image of the body then loads lazily.
     */
    void showFrontMatterImage() {
        LeadImage front = article.source().image();
        if (front == null) {
            return;
        }
        String alt = altText(front.file(), front.alt(), front.line() - article.source().bodyLine());
        Optional<Path> file = context.links.storyFile(article, front.file());
        if (file.isEmpty()) {
            context.diagnostics.error(article.source().file(), front.line(), "'image' names '" + Shown.value(front.file())
                    + "', which is not a file in the story's folder; put the photo next to the Markdown file");
            return;
        }
        context.photos.of(file.get()).ifPresent(image -> {
            context.photos.use(image.sizes());
            context.photos.use(image.webp());
            lead = image;
            leadAlt = alt;
            shown++;
            top = ImageMarkup.view(image, alt, context.site.urls()::href);
        });
    }

    /** The front matter's image as the article template shows it above the text, or null. */
    ImageView top() {
        return top;
    }

    @Override
    public Optional<BodyImages.Markup> handle(String destination, String written, String title, int line) {
        String alt = altText(destination, written, line);
        Optional<Path> file = context.links.storyFile(article, destination);
        if (file.isEmpty() || ImageFormat.isPublishedAsWritten(file.get())) {
            return Optional.empty();
        }
        Optional<PublishedImage> photo = context.photos.of(file.get());
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        PublishedImage image = photo.get();
        context.photos.use(image.sizes());
        context.photos.use(image.webp());
        if (lead == null) {
            lead = image;
            leadAlt = alt;
        }
        boolean lazy = shown++ > 0;
        return Optional.of(new BodyImages.Markup(
                ImageMarkup.page(image, alt, title, lazy, context.site.urls()::href),
                ImageMarkup.feed(image, alt, title, context.site.urls()::absolute)));
    }

    /** The alt text to publish; a missing one is reported against this version's file and line. */
    private String altText(String destination, String written, int line) {
        String alt = written.strip().replaceAll("\\s+", " ");
        if (alt.equals(DECORATIVE)) {
            return "";
        }
        if (alt.isEmpty()) {
            String shown = Shown.value(destination);
            String message = "the image '" + shown + "' has no alt text: describe what it shows in this version's "
                    + "language, as in ![what the photo shows](" + shown + "), or mark it decorative with ![\"\"](" + shown + ")";
            int fileLine = line + article.source().bodyLine();
            if (context.photos.processor().options().altText() == ImageOptions.AltTextCheck.WARN) {
                context.diagnostics.warning(article.source().file(), fileLine, message);
            } else {
                context.diagnostics.error(article.source().file(), fileLine, message);
            }
        }
        return alt;
    }

    /** Where the body's images stand before it renders: a body rendered again starts from there. */
    record Mark(int shown, PublishedImage lead, String leadAlt) {
    }

    Mark mark() {
        return new Mark(shown, lead, leadAlt);
    }

    void reset(Mark mark) {
        shown = mark.shown();
        lead = mark.lead();
        leadAlt = mark.leadAlt();
    }

    /** The version's first photo, if it shows one. */
    Optional<PublishedImage> lead() {
        return Optional.ofNullable(lead);
    }

    String leadAlt() {
        return leadAlt;
    }
}
