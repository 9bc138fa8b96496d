package by.vestnik.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code <loc>} of each {@code <url>} of a sitemap, read as a stream: a sitemap of 43,000
 * pages with their alternates is 18 MB, and its parsed document was the largest object of the
 * check. Anything that is not a well-formed {@code <urlset>} (a feed, a broken file, a second
 * root) is left to the parsed document, which sees it as a browser-like parser does.
 */
final class SitemapLocations {
    private static final XMLInputFactory FACTORY = factory();
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private SitemapLocations() {
    }

    /** The locations in document order (empty for a {@code <url>} without one), or empty when this is no plain sitemap. */
    static Optional<List<String>> of(byte[] xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> read(XMLStreamReader reader) throws XMLStreamException {
        List<String> locations = new ArrayList<>();
        int depth = 0;
        boolean inUrl = false;
        String urlLoc = null; // the text of the url's first loc, once read
        StringBuilder loc = null; // that text while inside the loc
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = name(reader);
                if (depth == 1 && !name.equals("urlset")) {
                    return Optional.empty();
                }
                if (depth == 2 && name.equals("url")) {
                    inUrl = true;
                    urlLoc = null;
                } else if (depth == 3 && inUrl && urlLoc == null && loc == null && name.equals("loc")) {
                    loc = new StringBuilder();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 3 && loc != null) {
                    urlLoc = WHITE_SPACE.matcher(loc.toString().strip()).replaceAll(" ");
                    loc = null;
                } else if (depth == 2 && inUrl) {
                    locations.add(urlLoc == null ? "" : urlLoc);
                    inUrl = false;
                }
                depth--;
            } else if (loc != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                loc.append(reader.getText());
            }
        }
        return Optional.of(locations);
    }

    /** The name as the parsed document writes it: with its prefix, if it has one. */
    private static String name(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no document type, no entities from outside: a sitemap has neither, and a file with them is parsed as before
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
