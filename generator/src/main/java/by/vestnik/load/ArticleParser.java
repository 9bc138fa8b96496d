package by.vestnik.load;

import by.vestnik.diag.Diagnostics;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns the text of one article file into a {@link SourceArticle}, or into diagnostics that name
 * the file and the line of each problem. All problems of a file are reported, not just the first.
 */
final class ArticleParser {
    static final List<String> KNOWN_KEYS =
            List.of("title", "date", "updated", "changes", "summary", "tags", "slug", "draft", "source", "aliases",
                    "image", "imageAlt");

    /** Story folders may start with their date for sorting; the URL has the year already. */
    private static final java.util.regex.Pattern DATE_PREFIX = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-(?=.)");

    private final ZoneId zone;
    private final java.time.Instant now;
    private final Diagnostics diagnostics;

    /** @param now the build's reference time, for the far-future date warning; null: no warning */
    ArticleParser(ZoneId zone, java.time.Instant now, Diagnostics diagnostics) {
        this.zone = zone;
        this.now = now;
        this.diagnostics = diagnostics;
    }

    /**
     * Whether parsing the article again would warn that its date or update is more than a year
     * after {@code now}: one taken from the memo is parsed again then, so that the warning shows.
     */
    static boolean farFuture(SourceArticle article, ZoneId zone, java.time.Instant now) {
        return now != null && (farFuture(article.date(), zone, now) || farFuture(article.updated(), zone, now));
    }

    private static boolean farFuture(ZonedDateTime date, ZoneId zone, java.time.Instant now) {
        return date.toInstant().isAfter(now.atZone(zone).plusYears(1).toInstant());
    }

    Optional<SourceArticle> parse(Path file, String storyId, Path storyDir, String language, String text) {
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            diagnostics.error(file, 1, "missing front matter: the file must start with a line '---', "
                    + "then YAML with at least 'title' and 'date', then a line '---'");
            return Optional.empty();
        }
        FrontMatter frontMatter = split.get();
        Optional<MappingNode> mapping = compose(file, frontMatter);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = new Fields(file, frontMatter.yamlLine());
        for (NodeTuple tuple : mapping.get().getValue()) {
            fields.read(tuple);
        }
        for (String required : List.of("title", "date")) {
            if (!fields.seen.contains(required)) {
                diagnostics.error(file, 1, "front matter has no '" + required + "', which every article needs");
                fields.failed = true;
            }
        }
        if (fields.imageAlt != null && fields.image == null) {
            diagnostics.warning(file, frontMatter.yamlLine(), "'imageAlt' is ignored without 'image'; name the lead image "
                    + "with image: photo.jpg");
        }
        if (frontMatter.body().isBlank()) {
            diagnostics.warning(file, frontMatter.bodyLine(), "the article has no text after the front matter");
        }
        String defaultSlug = DATE_PREFIX.matcher(storyDir.getFileName().toString()).replaceFirst("");
        if (fields.slug == null && !PathSegments.isSafeSegment(defaultSlug)) {
            diagnostics.error(file, 0, "the folder name '" + defaultSlug + "' cannot be used in a URL; "
                    + "rename the folder or set 'slug' (letters a-z, digits, '-', '_', '.')");
            fields.failed = true;
        }
        if (fields.changes != null && (fields.updated == null
                || fields.date != null && !fields.updated.toInstant().isAfter(fields.date.toInstant()))) {
            diagnostics.warning(file, fields.changesLine, "'changes' is shown only with an 'updated' date later than "
                    + "'date'; add one such as 'updated: 2025-04-10', or remove 'changes'");
        }
        if (fields.failed || fields.title == null || fields.date == null) {
            return Optional.empty();
        }
        if (!fields.draft && fields.title.startsWith(StoryScaffold.TITLE_PLACEHOLDER)) {
            diagnostics.warning(file, fields.titleLine, "the title still reads '" + Shown.value(fields.title)
                    + "', as vestnik:new wrote it; write the real title");
        }
        return Optional.of(new SourceArticle(file, storyId, storyDir, language, fields.title, fields.date,
                fields.updated != null ? fields.updated : fields.date, fields.summary, fields.tags, fields.tagsLine,
                fields.slug != null ? fields.slug : defaultSlug, fields.draft,
                fields.source, fields.aliases, ArticleBody.inFile(file, frontMatter.body()), frontMatter.bodyLine(), fields.changes,
                fields.leadImage()));
    }

    private Optional<MappingNode> compose(Path file, FrontMatter frontMatter) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(1 << 20)
                .build();
        var tooDeep = YamlLimits.tooDeep(frontMatter.yaml());
        if (tooDeep.isPresent()) {
            diagnostics.error(file, tooDeep.getAsInt() + frontMatter.yamlLine(), YamlLimits.MESSAGE);
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(frontMatter.yaml());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + frontMatter.yamlLine()).orElse(frontMatter.yamlLine());
            diagnostics.error(file, line, "front matter is not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(file, frontMatter.yamlLine(), "front matter is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(file, frontMatter.yamlLine(),
                    "front matter must be a YAML mapping of keys such as 'title: …' and 'date: …'");
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    /** The values of one front matter, filled key by key, with a diagnostic for each bad one. */
    private final class Fields {
        private final Path file;
        private final int yamlLine;
        private final Set<String> seen = new HashSet<>();
        private boolean failed;
        private String title;
        private int titleLine;
        private ZonedDateTime date;
        private ZonedDateTime updated;
        private int tagsLine;
        private String summary;
        private List<String> tags = List.of();
        private String slug;
        private boolean draft;
        private String source;
        private List<String> aliases = List.of();
        private String changes;
        private int changesLine;
        private String image;
        private int imageLine;
        private String imageAlt;

        Fields(Path file, int yamlLine) {
            this.file = file;
            this.yamlLine = yamlLine;
        }

        void read(NodeTuple tuple) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                error(keyNode, "front-matter keys must be plain words such as 'title'");
                return;
            }
            String key = keyScalar.getValue();
            if (!seen.add(key)) {
                error(keyNode, "'" + Shown.value(key) + "' is given twice");
                return;
            }
            switch (key) {
                case "title" -> {
                    title = requiredText(key, value);
                    titleLine = line(value);
                }
                case "date" -> date = date("date", value);
                case "updated" -> updated = date("updated", value);
                case "summary" -> summary = optionalText(key, value);
                case "changes" -> {
                    changes = optionalText(key, value);
                    changesLine = line(keyNode);
                }
                case "tags" -> {
                    tags = words(key, value);
                    tagsLine = line(keyNode);
                }
                case "slug" -> slug = slug(value);
                case "draft" -> draft = flag(key, value);
                case "source" -> source = webAddress(key, value);
                case "aliases" -> aliases = aliases(value);
                case "image" -> {
                    image = optionalText(key, value);
                    imageLine = line(keyNode);
                }
                case "imageAlt" -> imageAlt = optionalText(key, value);
                default -> warnUnknown(keyNode, key);
            }
        }

        LeadImage leadImage() {
            return image == null ? null : new LeadImage(image, imageAlt == null ? "" : imageAlt, imageLine);
        }

        private String requiredText(String key, Node value) {
            String text = scalar(key, value);
            if (text != null && text.isBlank()) {
                error(value, "'" + key + "' is empty");
                return null;
            }
            return text == null ? null : text.strip();
        }

        private String optionalText(String key, Node value) {
            if (isNull(value)) {
                return null;
            }
            String text = scalar(key, value);
            return text == null || text.isBlank() ? null : text.strip();
        }

        /** Only http and https: the value becomes a link on the page. */
        private String webAddress(String key, Node value) {
            String text = optionalText(key, value);
            if (text != null && !text.matches("(?i)https?://[^\\s<>\"]+")) {
                error(value, "'" + key + "' must be an http or https address, not '" + Shown.value(text) + "'");
                return null;
            }
            return text;
        }

        private ZonedDateTime date(String key, Node value) {
            String text = requiredText(key, value);
            if (text == null) {
                return null;
            }
            Optional<ZonedDateTime> parsed = ArticleDates.parse(text, zone);
            if (parsed.isEmpty()) {
                error(value, "'" + key + "' has '" + Shown.value(text) + "', which is not a date; write 2025-04-09, "
                        + "2025-04-09T14:30 or 2025-04-09T14:30:00+03:00");
            } else if (now != null && farFuture(parsed.get(), zone, now)) {
                diagnostics.warning(file, line(value), "'" + key + "' is " + Shown.value(text) + ", more than a year after "
                        + "the build's reference time (" + now.atZone(zone).toLocalDate() + ")"
                        + (key.equals("date") ? ": the story stays unpublished until then" : "") + "; check the year");
            }
            return parsed.orElse(null);
        }

        private String slug(Node value) {
            String text = requiredText("slug", value);
            if (text != null && !PathSegments.isSafeSegment(text)) {
                error(value, "'slug' has '" + Shown.value(text) + "', which is not a safe URL segment "
                        + "(use letters a-z, digits, '-', '_', '.'; no '/' or '..')");
                return null;
            }
            return text;
        }

        private boolean flag(String key, Node value) {
            String text = scalar(key, value);
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
            }
            if (text != null) {
                error(value, "'" + key + "' must be true or false, not '" + Shown.value(text) + "'");
            }
            return false;
        }

        private List<String> aliases(Node value) {
            List<String> result = new ArrayList<>();
            for (String alias : words("aliases", value)) {
                String path = alias.replaceAll("^/+", "").replaceAll("/+$", "");
                if (!PathSegments.isSafePath(path)) {
                    error(value, "alias '" + Shown.value(alias) + "' is not a safe site path (use segments of letters, "
                            + "digits, '-', '_', '.'; no '..')");
                } else {
                    result.add(path);
                }
            }
            return result;
        }

        private List<String> words(String key, Node value) {
            if (isNull(value)) {
                return List.of();
            }
            if (value instanceof ScalarNode) {
                String text = scalar(key, value);
                return text == null || text.isBlank() ? List.of() : List.of(text.strip());
            }
            if (!(value instanceof SequenceNode sequence)) {
                error(value, "'" + key + "' must be a list such as [a, b]");
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String text = scalar(key, item);
                if (text != null && !text.isBlank()) {
                    result.add(text.strip());
                }
            }
            return result;
        }

        private String scalar(String key, Node value) {
            if (value instanceof ScalarNode scalar) {
                return isNull(value) ? "" : scalar.getValue();
            }
            error(value, "'" + key + "' must be a single value, not a list or mapping");
            return null;
        }

        private boolean isNull(Node value) {
            return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
        }

        private void warnUnknown(Node keyNode, String key) {
            String nearest = KNOWN_KEYS.stream()
                    .min(Comparator.comparingInt(known -> LevenshteinDistance.getDefaultInstance().apply(known, key)))
                    .orElseThrow();
            int distance = LevenshteinDistance.getDefaultInstance().apply(nearest, key);
            String hint = distance <= 2 ? "; did you mean '" + nearest + "'?" : "; known keys: " + String.join(", ", KNOWN_KEYS);
            diagnostics.warning(file, line(keyNode), "unknown front-matter key '" + Shown.value(key) + "' is ignored" + hint);
        }

        private void error(Node node, String message) {
            failed = true;
            diagnostics.error(file, line(node), message);
        }

        private int line(Node node) {
            return node.getStartMark().map(Mark::getLine).orElse(0) + yamlLine;
        }
    }
}
