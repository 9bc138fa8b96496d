package by.vestnik.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor maven-plugin-plugin generated (what {@code mvn vestnik:help} and
 * {@code help:describe} show): every goal is described, and every parameter a user can set has a
 * description and a {@code vestnik.} property. The generated help goal keeps Maven's own
 * {@code -Dgoal}/{@code -Ddetail}, like every plugin's help goal.
 */
class PluginDescriptorTest {
    private static final String DESCRIPTOR = "/META-INF/maven/plugin.xml";

    @Test
    void everyGoalAndParameterIsDescribedAndEveryParameterHasAVestnikProperty() throws Exception {
        Document plugin = descriptor();
        assertEquals("vestnik", text(plugin.getDocumentElement(), "goalPrefix"));
        Set<String> goals = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Element mojo : children(plugin.getDocumentElement(), "mojos", "mojo")) {
            String goal = text(mojo, "goal");
            goals.add(goal);
            if (text(mojo, "description").isBlank()) {
                problems.add(goal + ": no description");
            }
            if (goal.equals("help")) {
                continue;
            }
            Element configuration = child(mojo, "configuration");
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                String name = text(parameter, "name");
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                if (text(parameter, "description").isBlank()) {
                    problems.add(goal + ": parameter " + name + " has no description");
                }
                String expression = configuration == null ? "" : expressionOf(configuration, name);
                if (!expression.startsWith("${vestnik.")) {
                    problems.add(goal + ": parameter " + name + " has no vestnik. property (" + expression + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(goals.containsAll(Set.of("build", "check", "new", "serve", "help")), goals.toString());
    }

    /** The descriptor's text is plain (what vestnik:help prints): the placeholders must survive the javadoc. */
    @Test
    void theNewGoalsDescriptionKeepsItsPlaceholders() throws Exception {
        for (Element mojo : children(descriptor().getDocumentElement(), "mojos", "mojo")) {
            if (text(mojo, "goal").equals("new")) {
                String description = text(mojo, "description");
                assertTrue(description.contains("writes content/news/<date>-<slug>/<lang>.md"), description);
                return;
            }
        }
        throw new AssertionError("no goal 'new' in " + DESCRIPTOR);
    }

    private static String expressionOf(Element configuration, String name) {
        for (Node n = configuration.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertTrue(in != null, DESCRIPTOR + " is missing: maven-plugin-plugin's descriptor goal did not run");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String container, String name) {
        Element holder = child(parent, container);
        List<Element> found = new ArrayList<>();
        if (holder != null) {
            NodeList list = holder.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
