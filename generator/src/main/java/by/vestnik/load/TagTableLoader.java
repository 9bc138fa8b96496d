package by.vestnik.load;

import by.vestnik.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code content/tags.yaml}, the table of topics:
 * <pre>
 * sco:
 *   slug: sco
 *   ru: ШОС
 *   be: ШАС
 *   en: SCO
 * </pre>
 * A missing label falls back to the default language's (with a warning); a missing slug to the key.
 */
public final class TagTableLoader {
    public static final String FILE_NAME = "tags.yaml";

    private final List<String> languages;
    private final Diagnostics diagnostics;

    public TagTableLoader(List<String> languages, Diagnostics diagnostics) {
        this.languages = List.copyOf(languages);
        this.diagnostics = diagnostics;
    }

    /** The tags by key, in the table's order; empty when the content has no tag table. */
    public Map<String, Tag> load(Path contentDir) {
        Path file = contentDir.resolve(FILE_NAME);
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return tags;
        }
        Node root;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            var tooDeep = YamlLimits.tooDeep(text);
            if (tooDeep.isPresent()) {
                diagnostics.error(file, tooDeep.getAsInt() + 1, YamlLimits.MESSAGE);
                return tags;
            }
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            diagnostics.error(file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0),
                    "the tag table is not valid YAML: " + e.getProblem());
            return tags;
        } catch (YamlEngineException | IOException e) {
            diagnostics.error(file, 0, "cannot read the tag table: " + e.getMessage());
            return tags;
        }
        if (root == null) {
            return tags;
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(file, line(root), "the tag table must map each tag key to its slug and labels");
            return tags;
        }
        Map<String, String> slugOwners = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            readTag(file, entry).ifPresent(tag -> {
                String owner = slugOwners.putIfAbsent(tag.slug(), tag.key());
                if (owner != null) {
                    diagnostics.error(file, line(entry.getKeyNode()), "tags '" + owner + "' and '" + tag.key()
                            + "' have the same slug '" + tag.slug() + "'");
                } else if (tags.putIfAbsent(tag.key(), tag) != null) {
                    diagnostics.error(file, line(entry.getKeyNode()), "tag '" + tag.key() + "' is defined twice");
                }
            });
        }
        return tags;
    }

    private java.util.Optional<Tag> readTag(Path file, NodeTuple entry) {
        if (!(entry.getKeyNode() instanceof ScalarNode keyNode) || !(entry.getValueNode() instanceof MappingNode fields)) {
            diagnostics.error(file, line(entry.getKeyNode()),
                    "each tag is a key with a mapping of 'slug' and one label per language");
            return java.util.Optional.empty();
        }
        String key = keyNode.getValue();
        String slug = key;
        Map<String, String> labels = new HashMap<>();
        for (NodeTuple field : fields.getValue()) {
            String name = field.getKeyNode() instanceof ScalarNode n ? n.getValue() : "";
            String value = field.getValueNode() instanceof ScalarNode v ? v.getValue().strip() : null;
            if (value == null || value.isEmpty()) {
                diagnostics.error(file, line(field.getValueNode()), "tag '" + key + "': '" + name + "' needs a text value");
            } else if (name.equals("slug")) {
                slug = value;
            } else if (languages.contains(name)) {
                labels.put(name, value);
            } else {
                diagnostics.warning(file, line(field.getKeyNode()), "tag '" + key + "': '" + name
                        + "' is neither 'slug' nor one of the site's languages (" + String.join(", ", languages) + ")");
            }
        }
        if (!PathSegments.isSafeSegment(slug)) {
            diagnostics.error(file, line(keyNode), "tag '" + key + "': '" + slug
                    + "' cannot be used in a URL; set 'slug' to letters a-z, digits, '-', '_'");
            return java.util.Optional.empty();
        }
        for (String language : languages) {
            if (!labels.containsKey(language)) {
                diagnostics.warning(file, line(keyNode), "tag '" + key + "' has no label in '" + language + "'");
            }
        }
        String fallback = labels.getOrDefault(languages.get(0), labels.values().stream().sorted().findFirst().orElse(key));
        languages.forEach(language -> labels.putIfAbsent(language, fallback));
        return java.util.Optional.of(new Tag(key, slug, labels));
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }
}
