package by.vestnik.render;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.CssSchema;

/**
 * What HTML an article body may contain once rendered, enforced with OWASP's sanitizer on the
 * whole body (Markdown output and raw HTML alike): text formatting, headings with anchors, lists,
 * links (http, https, mailto, tel), images (http, https, relative), tables, quotes and code. No
 * scripts, styles, event handlers, forms, frames, {@code javascript:} or {@code data:} URLs.
 * A site may allow more elements (without attributes) with {@code allowedHtmlElements}.
 */
public final class HtmlPolicy {
    private static final Pattern CODE_CLASS = Pattern.compile("language-[A-Za-z0-9_+-]+");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]{1,200}");

    private final PolicyFactory policy;

    public HtmlPolicy(List<String> extraElements) {
        PolicyFactory base = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
                        "dd", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub",
                        "sup", "small", "mark", "abbr", "cite", "q", "figure", "figcaption", "span", "div",
                        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img")
                .allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("class").matching(CODE_CLASS).onElements("code")
                .allowStyling(CssSchema.withProperties(Set.of("text-align")))
                .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
                .allowAttributes("title").globally()
                .allowAttributes("href").onElements("a")
                .allowAttributes("src", "alt", "width", "height").onElements("img")
                .allowStandardUrlProtocols()
                .allowUrlProtocols("tel")
                .toFactory();
        PolicyFactory extra = extraElements.isEmpty()
                ? base
                : base.and(new HtmlPolicyBuilder().allowElements(extraElements.toArray(String[]::new)).toFactory());
        this.policy = extra;
    }

    public String sanitize(String html) {
        return policy.sanitize(html);
    }

    /**
     * Sanitizes and tells {@code removed} about each element ({@code <iframe>}) and attribute
     * ({@code onclick of <a>}) taken out, in document order, so that nothing goes without a word.
     */
    public String sanitize(String html, Consumer<Removal> removed) {
        return policy.sanitize(html, new HtmlChangeListener<Consumer<Removal>>() {
            @Override
            public void discardedTag(Consumer<Removal> to, String elementName) {
                to.accept(new Removal(elementName, null));
            }

            @Override
            public void discardedAttributes(Consumer<Removal> to, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                    to.accept(new Removal(tagName, attribute));
                }
            }
        }, removed);
    }

    /** An element, or one attribute of an element when {@code attribute} is not null, that the policy removed. */
    public record Removal(String element, String attribute) {
        public String describe() {
            return attribute == null ? "<" + element + ">" : "the attribute " + attribute + " of <" + element + ">";
        }
    }
}
