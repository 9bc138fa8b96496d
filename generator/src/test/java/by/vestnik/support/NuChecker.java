package by.vestnik.support;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine behind validator.w3.org/nu), in-process: the HTML5 schema
 * plus the checker's assertions, as {@code vnu.jar} runs them by default. Not thread-safe: one
 * instance per test thread.
 */
public final class NuChecker {
    /** vnu.jar's default schema for text/html documents. */
    public static final String HTML5_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final Collector collector = new Collector();
    private final SimpleDocumentValidator validator;

    public NuChecker() {
        try {
            // initializeLog4j=false: the checker's log4j.properties would turn on DEBUG logging for every
            // library in the test JVM (FreeMarker then floods the output); detectLanguages=false: the
            // language detector is a heuristic that only ever warns, and it sets a JVM-wide property
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
    }

    /** The checker's errors (and fatal errors) for one HTML document, as "line:column: message". */
    public synchronized List<String> errors(String name, byte[] html) {
        collector.errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId(name);
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            // already passed to the collector as fatal
        } catch (Exception e) {
            collector.errors.add("checker failed: " + e);
        }
        return List.copyOf(collector.errors);
    }

    /**
     * The errors of every {@code .html} file below {@code site}, each as "file:line:column: message";
     * a site without pages is an error too, so that an empty build cannot pass for a valid one.
     */
    public List<String> siteErrors(Path site) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> pages = TestSites.tree(site);
        pages.keySet().removeIf(file -> !file.endsWith(".html"));
        if (pages.isEmpty()) {
            problems.add(site + ": no pages to check");
        }
        pages.forEach((file, bytes) -> errors(file, bytes).forEach(e -> problems.add(file + ":" + e)));
        return problems;
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}
