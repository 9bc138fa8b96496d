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
    private static final Pattern START = Pattern.compile("\\d{1,9}");
    private static final String[] ELEMENTS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
            "dt", "dd", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small",
            "mark", "abbr", "cite", "q", "figure", "figcaption", "span", "div", "table", "thead", "tbody", "tfoot", "tr", "th",
            "td", "caption", "a", "img"};
    private static final Set<String> ELEMENT_SET = Set.of(ELEMENTS);
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PROTOCOLS = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> ALIGNMENTS = Set.of("text-align:left", "text-align:center", "text-align:right");

    private final PolicyFactory policy;

    public HtmlPolicy(List<String> extraElements) {
        PolicyFactory base = new HtmlPolicyBuilder()
                .allowElements(ELEMENTS)
                .allowAttributes("id").matching(ID).onElements(HEADINGS.toArray(String[]::new))
                .allowAttributes("class").matching(CODE_CLASS).onElements("code")
                .allowStyling(CssSchema.withProperties(Set.of("text-align")))
                .allowAttributes("start").matching(START).onElements("ol")
                .allowAttributes("title").globally()
                .allowAttributes("href").onElements("a")
                .allowAttributes("src", "alt", "width", "height").onElements("img")
                .allowUrlProtocols(PROTOCOLS.toArray(String[]::new))
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

    /**
     * Watches the elements a Markdown renderer writes, each with its attributes as they will be
     * written, and tells whether the policy would leave every one as it is: then that HTML, which
     * has no raw HTML in it and whose text the renderer escaped, needs no sanitizing. Anything it
     * is not sure of (an attribute it does not know, an address with a scheme, quote or space in
     * it, an empty one) sends the HTML through the sanitizer, which decides and reports.
     */
    public static final class Screen {
        private boolean passed = true;

        public void element(String tag, java.util.Map<String, String> attributes) {
            if (!passed) {
                return;
            }
            passed = ELEMENT_SET.contains(tag);
            for (var attribute = attributes.entrySet().iterator(); passed && attribute.hasNext(); ) {
                var entry = attribute.next();
                passed = keeps(tag, entry.getKey(), entry.getValue());
            }
        }

        /** True when no element seen so far is one the policy would change. */
        public boolean passed() {
            return passed;
        }

        private static boolean keeps(String tag, String name, String value) {
            return switch (name) {
                case "title" -> true;
                case "style" -> ALIGNMENTS.contains(value);
                case "id" -> HEADINGS.contains(tag) && ID.matcher(value).matches();
                case "class" -> tag.equals("code") && CODE_CLASS.matcher(value).matches();
                case "start" -> tag.equals("ol") && START.matcher(value).matches();
                case "href" -> tag.equals("a") && plainAddress(value);
                case "src" -> tag.equals("img") && plainAddress(value);
                case "alt", "width", "height" -> tag.equals("img");
                default -> false;
            };
        }

        /** Printable ASCII with nothing to escape, relative or with an allowed scheme (as the policy finds schemes). */
        private static boolean plainAddress(String url) {
            if (url.isEmpty()) {
                return false;
            }
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == '\\' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
                    return false;
                }
            }
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    return true;
                }
                if (c == ':') {
                    return PROTOCOLS.contains(url.substring(0, i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return true;
        }
    }

    /** An element, or one attribute of an element when {@code attribute} is not null, that the policy removed. */
    public record Removal(String element, String attribute) {
        public String describe() {
            return attribute == null ? "<" + element + ">" : "the attribute " + attribute + " of <" + element + ">";
        }
    }
}
