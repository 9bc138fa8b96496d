package by.vestnik.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions a body's rendering asked about the rest of the site (where a link points, how an
 * image is shown) with the answers it got. Given the same text, a renderer asked the same
 * questions and given the same answers renders the same HTML: so a body whose text did not change
 * need not be rendered again when the questions, asked again of this build's site, get the
 * answers recorded. Asking again also does again what answering does besides (reporting a broken
 * link, noting a photo as used), so a replayed body leaves the build as a rendered one would.
 */
final class BodyCalls {
    static final int LINK = 0;
    static final int IMAGE_LINK = 1;
    static final int RAW_IMAGE = 2;
    /** Added to the three above for a rewriter call made for the feed's HTML. */
    static final int FEED = 3;
    static final int IMAGE = 6;

    /** One question: for {@link #IMAGE}, {@code answer} and {@code feedAnswer} are the markup (both null: none). */
    record Call(int kind, String destination, String alt, String title, int line, String answer, String feedAnswer) {
    }

    private final List<Call> calls;

    BodyCalls() {
        this(new ArrayList<>());
    }

    BodyCalls(List<Call> calls) {
        this.calls = calls;
    }

    List<Call> calls() {
        return calls;
    }

    MarkdownRenderer.LinkRewriter recording(MarkdownRenderer.LinkRewriter rewriter, boolean feed) {
        if (rewriter == null) {
            return null;
        }
        int offset = feed ? FEED : 0;
        return new MarkdownRenderer.LinkRewriter() {
            @Override
            public String rewrite(String destination, int line) {
                String answer = rewriter.rewrite(destination, line);
                calls.add(new Call(LINK + offset, destination, null, null, line, answer, null));
                return answer;
            }

            @Override
            public String rewriteImage(String destination, int line) {
                String answer = rewriter.rewriteImage(destination, line);
                calls.add(new Call(IMAGE_LINK + offset, destination, null, null, line, answer, null));
                return answer;
            }

            @Override
            public void rawImage(String source, int line) {
                rewriter.rawImage(source, line);
                calls.add(new Call(RAW_IMAGE + offset, source, null, null, line, null, null));
            }
        };
    }

    MarkdownRenderer.ImageHandler recording(MarkdownRenderer.ImageHandler images) {
        return (destination, alt, title, line) -> {
            Optional<BodyImages.Markup> markup = images.handle(destination, alt, title, line);
            calls.add(new Call(IMAGE, destination, alt, title, line, markup.map(BodyImages.Markup::page).orElse(null),
                    markup.map(BodyImages.Markup::feed).orElse(null)));
            return markup;
        };
    }

    /**
     * Asks every question again, in order, of this build's rewriters and images; true when every
     * answer is the one recorded. Stops at the first that differs.
     */
    boolean replay(MarkdownRenderer.LinkRewriter page, MarkdownRenderer.LinkRewriter feed, MarkdownRenderer.ImageHandler images) {
        for (Call call : calls) {
            if (call.kind() == IMAGE) {
                Optional<BodyImages.Markup> markup = images.handle(call.destination(), call.alt(), call.title(), call.line());
                if (!Objects.equals(call.answer(), markup.map(BodyImages.Markup::page).orElse(null))
                        || !Objects.equals(call.feedAnswer(), markup.map(BodyImages.Markup::feed).orElse(null))) {
                    return false;
                }
                continue;
            }
            MarkdownRenderer.LinkRewriter rewriter = call.kind() >= FEED ? feed : page;
            if (rewriter == null) {
                return false;
            }
            switch (call.kind() % FEED) {
                case LINK -> {
                    if (!Objects.equals(call.answer(), rewriter.rewrite(call.destination(), call.line()))) {
                        return false;
                    }
                }
                case IMAGE_LINK -> {
                    if (!Objects.equals(call.answer(), rewriter.rewriteImage(call.destination(), call.line()))) {
                        return false;
                    }
                }
                default -> rewriter.rawImage(call.destination(), call.line());
            }
        }
        return true;
    }
}
