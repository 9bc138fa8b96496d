package by.vestnik.check;

import java.util.List;
import org.jsoup.nodes.Element;

/** Direct lookups among an XML element's children: no selector to compile. */
final class XmlElements {
    private XmlElements() {
    }

    /** The first child element with this tag name, or null. */
    static Element child(Element parent, String tag) {
        for (Element element : parent.children()) {
            if (element.tagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String tag) {
        return parent.children().stream().filter(e -> e.tagName().equals(tag)).toList();
    }

    /** The stripped text of the first child with this tag name, empty when there is none. */
    static String text(Element parent, String child) {
        Element element = child(parent, child);
        return element == null ? "" : element.text().strip();
    }
}
