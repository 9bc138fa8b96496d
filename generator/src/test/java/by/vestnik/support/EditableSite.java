package by.vestnik.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.SiteConfig;
import by.vestnik.images.ImageOptions;
import by.vestnik.render.EmbeddedTheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The working project of one IncrementalEqualsFullTest sequence, and the edits it makes on it. Each
 * edit is a public method returning what it did (for the failure report), or null when the site
 * has nothing it applies to; every choice comes from the one {@link Random}, among sorted listings,
 * so a seed makes the same edits every time. The build settings are part of the site:
 * {@link #changeConfiguration} changes them, {@link #config} hands them to both builds alike.
 *
 * <p>Only valid content is written, except by {@link #breakSomething}, whose edit
 * {@link #applyFix} takes back: links lead only to versions
 * published at any setting (not drafts, dated before {@link TestSites#NOW}), a linked version
 * is never moved into the future, a deleted story's links are unlinked, a renamed folder's links
 * follow it, a topic is removed from the table only when no version names it, slugs are unique.
 */
public final class EditableSite {
    private static final List<String> LANGUAGES = TestSites.LANGUAGES;
    private static final String PUBLISHED_BEFORE = "2025-10-01";
    private static final Pattern DATE = Pattern.compile("(?m)^date: (\\S+)$");
    private static final Pattern LINE_OF_LETTERS = Pattern.compile("[^\\[\\]()!<>|`*_]*");
    private static final Map<String, List<String>> WORDS = Map.of(
            "ru", List.of("сеть", "связь", "оператор", "министерство", "регион", "почта", "портал", "станция",
                    "кабель", "абонент", "тариф", "проект", "школа", "город", "область", "данные", "LTE", "GPON"),
            "be", List.of("сетка", "сувязь", "аператар", "міністэрства", "рэгіён", "пошта", "партал", "станцыя",
                    "кабель", "абанент", "тарыф", "праект", "школа", "горад", "вобласць", "даныя", "LTE", "GPON"),
            "en", List.of("network", "telecom", "operator", "ministry", "region", "post", "portal", "station",
                    "cable", "subscriber", "tariff", "project", "school", "city", "district", "data", "LTE", "GPON"));
    private static final List<String> MESSAGE_KEYS = List.of("site.name", "home.title", "nav.news", "feed.title",
            "footer.text", "tags.title", "article.published", "list.next", "tag.description");

    private final Random random;
    private final Path project;
    private Settings settings = Settings.INITIAL;
    /** Makes every new folder name, slug and marker unique within the sequence. */
    private int names;
    /** The story file the last edit wrote: a same-length edit often goes there, within the same second. */
    private Path lastWritten;
    private Fix pendingFix;

    /** What puts back the file a break changed: its bytes before (null: it did not exist). */
    private record Fix(Path file, byte[] before) {
    }

    private EditableSite(Path project, Random random) {
        this.project = project;
        this.random = random;
    }

    /** A copy of the fixture site {@code fixture} (its content/ and templates/) at {@code project}, to edit. */
    public static EditableSite copyOf(Path fixture, Path project, Random random) {
        TestFiles.copyTree(fixture, project);
        return new EditableSite(project, random);
    }

    public Path project() {
        return project;
    }

    /** True after {@link #breakSomething}, until {@link #applyFix}. */
    public boolean hasPendingFix() {
        return pendingFix != null;
    }

    public Random random() {
        return random;
    }

    /** The configuration of a build of the site as it is now, into {@code output} with that image cache. */
    public SiteConfig config(Path output, Path imageCache) {
        Settings s = settings;
        return SiteConfig.builder()
                .projectDir(project)
                .contentDir(content())
                .templatesDir(templates())
                .outputDir(output)
                .baseUrl(s.baseUrl())
                .languages(LANGUAGES)
                .timeZone(TestSites.MINSK)
                .now(s.now())
                .drafts(s.drafts())
                .pageSize(s.pageSize())
                .feedSize(s.feedSize())
                .search(s.search())
                .threads(s.threads())
                // a fresh output has nothing to guard; the repeated build must not refuse what it may publish
                .allowMassRemoval(true)
                .images(o -> o.withCacheDir(imageCache).withWidths(s.imageWidths())
                        .withPublishOriginals(s.publishOriginals()))
                .build();
    }

    // --- bodies ---

    public String appendParagraph() {
        Path version = any(versions());
        String language = language(version);
        write(version, read(version).stripTrailing() + "\n\n" + sentences(language, 1 + random.nextInt(3)) + "\n");
        return name(version);
    }

    /** The first paragraph is the summary the lists and feeds show (unless the front matter has one). */
    public String replaceFirstParagraph() {
        Path version = any(versions());
        String text = read(version);
        int body = bodyStart(text);
        String[] paragraphs = text.substring(body).split("\n\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            String paragraph = paragraphs[i].strip();
            if (!paragraph.isEmpty() && !paragraph.startsWith("#") && !paragraph.startsWith("!")
                    && !paragraph.startsWith("|")) {
                paragraphs[i] = (paragraphs[i].startsWith("\n") ? "\n" : "") + sentences(language(version), 1);
                write(version, text.substring(0, body) + String.join("\n\n", paragraphs));
                return name(version);
            }
        }
        return null;
    }

    public String addLinkToAnotherStory() {
        Path version = any(versions());
        List<Path> targets = versions().stream().filter(this::publishedAtAnySetting)
                .filter(v -> !v.getParent().equals(version.getParent())).toList();
        if (targets.isEmpty()) {
            return null;
        }
        Path target = any(targets);
        String link = "[" + words(language(version), 2) + "](../" + target.getParent().getFileName() + "/"
                + target.getFileName() + ")";
        write(version, read(version).stripTrailing() + "\n\n" + sentences(language(version), 1) + " " + link + ".\n");
        return name(version) + " links to " + name(target);
    }

    /**
     * One letter of the text replaced by another of the same UTF-8 length: the file keeps its
     * size, and with {@code keepTime} its modification time too.
     */
    public String changeOneLetter(boolean keepTime) {
        Path version = lastWritten != null && Files.exists(lastWritten) && random.nextBoolean() ? lastWritten
                : any(versions());
        String text = read(version);
        List<Integer> letters = new ArrayList<>();
        int body = bodyStart(text);
        int lineStart = body;
        for (String line : text.substring(body).split("\n", -1)) {
            if (LINE_OF_LETTERS.matcher(line).matches()) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c >= 'a' && c <= 'z' || c >= 'а' && c <= 'я') {
                        letters.add(lineStart + i);
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        if (letters.isEmpty()) {
            return null;
        }
        int at = any(letters);
        char old = text.charAt(at);
        char first = old <= 'z' ? 'a' : 'а';
        char replacement = (char) (first + (old - first + 1 + random.nextInt(25)) % 26);
        FileTime before = TestFiles.modified(version);
        write(version, text.substring(0, at) + replacement + text.substring(at + 1));
        if (keepTime) {
            TestFiles.setModified(version, before);
        }
        return name(version) + ": '" + old + "' -> '" + replacement + "' at char " + at
                + (keepTime ? ", modification time " + before + " kept" : "");
    }

    // --- front matter ---

    public String retitle() {
        Path version = any(versions());
        String title = title(language(version));
        write(version, read(version).replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: \"" + title + "\"")));
        return name(version) + ": " + title;
    }

    /** A new date re-orders the lists and may move the story to another year's address, or into the future. */
    public String redate() {
        Path version = any(versions());
        boolean future = random.nextInt(6) == 0 && !isLinkedTo(version);
        String date = future ? futureDate() : pastDate();
        write(version, DATE.matcher(read(version)).replaceFirst("date: " + date));
        return name(version) + ": " + date;
    }

    public String retag() {
        Path version = any(versions());
        List<String> keys = new ArrayList<>(TopicTable.read(tagTable()).keys());
        List<String> chosen = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0 && !keys.isEmpty(); n--) {
            chosen.add(keys.remove(random.nextInt(keys.size())));
        }
        String text = read(version).replaceFirst("(?m)^tags: .*\n", "");
        if (!chosen.isEmpty()) {
            text = DATE.matcher(text).replaceFirst("$0\ntags: [" + String.join(", ", chosen) + "]");
        }
        write(version, text);
        return name(version) + ": " + chosen;
    }

    // --- stories ---

    public String addStory() {
        String date = random.nextInt(8) == 0 ? futureDate() : pastDate();
        Path folder = news().resolve(date.substring(0, 10) + "-n" + (++names) + "-" + words("en", 1).toLowerCase(Locale.ROOT));
        List<String> languages = LANGUAGES.stream().filter(l -> random.nextInt(3) > 0).toList();
        if (languages.isEmpty()) {
            languages = List.of(any(LANGUAGES));
        }
        List<Path> photos = photos();
        Path photo = !photos.isEmpty() && random.nextInt(4) == 0 ? any(photos) : null;
        if (photo != null) {
            TestFiles.copy(photo, folder.resolve("photo.jpg"));
        }
        List<String> topics = new ArrayList<>(TopicTable.read(tagTable()).keys());
        String tags = random.nextBoolean() && !topics.isEmpty() ? "tags: [" + any(topics) + "]\n" : "";
        for (String language : languages) {
            String body = sentences(language, 1 + random.nextInt(2))
                    + (photo != null ? "\n\n![" + words(language, 3) + "](photo.jpg)" : "")
                    + "\n\n" + sentences(language, 2);
            write(folder.resolve(language + ".md"), TestSites.article(title(language), date, tags, body));
        }
        return name(folder) + " " + languages + (photo != null ? " with the photo of " + name(photo) : "");
    }

    public String deleteStory() {
        List<Path> folders = storyFolders();
        if (folders.size() <= 3) {
            return null;
        }
        Path folder = any(folders);
        TestFiles.deleteTree(folder);
        Pattern link = Pattern.compile("\\[([^\\]]*)\\]\\(\\.\\./" + Pattern.quote(folder.getFileName().toString())
                + "/[a-z]+\\.md\\)");
        for (Path version : versions()) {
            String text = read(version);
            String unlinked = link.matcher(text).replaceAll("$1");
            if (!unlinked.equals(text)) {
                write(version, unlinked);
            }
        }
        return name(folder);
    }

    /** A new folder name is a new default slug, so new addresses for every version; links follow. */
    public String renameStoryFolder() {
        Path folder = any(storyFolders());
        String old = folder.getFileName().toString();
        Path renamed = folder.resolveSibling(old.substring(0, 10) + "-r" + (++names) + "-" + words("en", 1).toLowerCase(Locale.ROOT));
        TestFiles.move(folder, renamed);
        for (Path version : versions()) {
            String text = read(version);
            String followed = text.replace("](../" + old + "/", "](../" + renamed.getFileName() + "/");
            if (!followed.equals(text)) {
                write(version, followed);
            }
        }
        return name(folder) + " -> " + renamed.getFileName();
    }

    public String addTranslation() {
        List<Path> folders = storyFolders().stream()
                .filter(f -> LANGUAGES.stream().anyMatch(l -> !Files.exists(f.resolve(l + ".md")))).toList();
        if (folders.isEmpty()) {
            return null;
        }
        Path folder = any(folders);
        Path existing = versionsIn(folder).get(0);
        String language = any(LANGUAGES.stream().filter(l -> !Files.exists(folder.resolve(l + ".md"))).toList());
        String front = read(existing).substring(0, bodyStart(read(existing)));
        StringBuilder kept = new StringBuilder();
        for (String line : front.split("\n")) {
            if (line.startsWith("tags: ") || line.startsWith("draft: ")) {
                kept.append(line).append('\n');
            }
        }
        Matcher date = DATE.matcher(front);
        assertTrue(date.find(), existing + " has a date");
        write(folder.resolve(language + ".md"), TestSites.article(title(language), date.group(1), kept.toString(),
                sentences(language, 2)));
        return name(folder.resolve(language + ".md"));
    }

    // --- templates, strings, theme ---

    /** Edits an override of the project's, or overrides an embedded template, with a visible mark. */
    public String changeTemplate() {
        List<String> embedded = EmbeddedTheme.names().stream()
                .filter(n -> !n.contains("/") && (n.endsWith(".ftlh") || n.endsWith(".ftlx"))).toList();
        String name = any(embedded);
        Path file = templates().resolve(name);
        boolean overridden = Files.exists(file);
        String text = overridden ? read(file) : new String(EmbeddedTheme.read(name).orElseThrow(), StandardCharsets.UTF_8);
        write(file, marked(name, text, "edit " + (++names) + " " + words("en", 2)));
        return (overridden ? "edited " : "overrode ") + name(file);
    }

    private static String marked(String name, String template, String mark) {
        if (name.endsWith(".ftlx")) {
            int afterDeclaration = template.indexOf('\n') + 1;
            return template.substring(0, afterDeclaration) + "<!-- " + mark + " -->\n" + template.substring(afterDeclaration);
        }
        String anchor = name.equals("layout.ftlh") ? "</footer>" : "<@layout.document>\n";
        int at = template.indexOf(anchor);
        assertTrue(at >= 0, name + " has " + anchor);
        int insert = name.equals("layout.ftlh") ? at : at + anchor.length();
        return template.substring(0, insert) + "<p class=\"edit\">" + mark + "</p>\n" + template.substring(insert);
    }

    /** Back to the embedded file: a template, a theme file or a bundle of the project's removed. */
    public String removeOverride() {
        List<Path> overrides = TestFiles.regularFiles(templates());
        if (overrides.isEmpty()) {
            return null;
        }
        Path file = any(overrides);
        TestFiles.delete(file);
        return name(file);
    }

    /** Theme files are published under a content hash, so every page's link to them changes. */
    public String changeThemeFile() {
        if (random.nextBoolean()) {
            Path css = templates().resolve("static/style.css");
            String text = Files.exists(css) ? read(css)
                    : new String(EmbeddedTheme.read("static/style.css").orElseThrow(), StandardCharsets.UTF_8);
            int mark = ++names;
            write(css, text + "\n.edit-" + mark + " { color: #" + String.format("%06x", random.nextInt(1 << 24)) + "; }\n");
            return name(css) + ": rule .edit-" + mark;
        }
        Path emblem = templates().resolve("static/emblem.svg");
        if (Files.exists(emblem) && random.nextBoolean()) {
            TestFiles.delete(emblem);
            return "removed " + name(emblem);
        }
        write(emblem, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"30\""
                + " fill=\"#" + String.format("%06x", random.nextInt(1 << 24)) + "\"/></svg>\n");
        return "wrote " + name(emblem);
    }

    public String changeMessages() {
        String language = any(LANGUAGES);
        Path bundle = templates().resolve("messages/messages_" + language + ".properties");
        String key = any(MESSAGE_KEYS);
        List<String> lines = Files.exists(bundle) ? new ArrayList<>(read(bundle).lines().toList()) : new ArrayList<>();
        lines.removeIf(line -> line.startsWith(key + "="));
        String value = key.equals("tag.description") ? words(language, 2) + " {0}" : words(language, 2);
        boolean remove = random.nextInt(4) == 0;
        if (!remove) {
            lines.add(key + "=" + value);
        }
        write(bundle, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        return name(bundle) + ": " + (remove ? "without " + key : key + "=" + value);
    }

    public String changeTopicTable() {
        TopicTable table = TopicTable.read(tagTable());
        String key = any(new ArrayList<>(table.keys()));
        String done;
        switch (random.nextInt(4)) {
            case 0 -> {
                String language = any(LANGUAGES);
                String label = title(language);
                table.set(key, language, label);
                done = key + "." + language + " = " + label;
            }
            case 1 -> {
                String slug = "topic-" + (++names);
                table.set(key, "slug", slug);
                done = key + ".slug = " + slug;
            }
            case 2 -> {
                String added = "topic" + (++names);
                for (String language : LANGUAGES) {
                    table.set(added, language, title(language));
                }
                table.set(added, "slug", added);
                done = "added " + added;
            }
            default -> {
                if (versions().stream().anyMatch(v -> tagsOf(v).contains(key)) || table.keys().size() <= 1) {
                    return null;
                }
                table.remove(key);
                done = "removed unused " + key;
            }
        }
        table.write(tagTable());
        return done;
    }

    public String changeConfiguration() {
        Settings s = settings;
        settings = switch (random.nextInt(9)) {
            case 0 -> s.withPageSize(other(s.pageSize(), 1, 2, 3, 10));
            case 1 -> s.withFeedSize(other(s.feedSize(), 1, 2, 3, 20));
            case 2 -> s.withSearch(!s.search());
            case 3 -> s.withDrafts(!s.drafts());
            // either way: stories dated in between fall due, or (a clock set back) are taken down again
            case 4 -> s.withNow(s.now().plus(random.nextInt(81) - 40, ChronoUnit.DAYS));
            case 5 -> s.withBaseUrl(s.baseUrl().equals(Settings.INITIAL.baseUrl()) ? "https://example.org/vestnik/"
                    : Settings.INITIAL.baseUrl());
            case 6 -> s.withImageWidths(s.imageWidths().equals(Settings.INITIAL.imageWidths()) ? List.of(240, 480)
                    : Settings.INITIAL.imageWidths());
            case 7 -> s.withPublishOriginals(!s.publishOriginals());
            default -> s.withThreads(s.threads() == 1 ? 0 : 1);
        };
        return settings.toString();
    }

    // --- photos and other files ---

    /** A photo gets new bytes, or is shown by one more or one fewer version of its story. */
    public String changePhoto() {
        List<Path> photos = photos();
        if (photos.isEmpty()) {
            return null;
        }
        Path photo = any(photos);
        String shown = "](" + photo.getFileName();
        List<Path> versions = versionsIn(photo.getParent());
        List<Path> showing = versions.stream().filter(v -> read(v).contains(shown)).toList();
        List<Path> notShowing = versions.stream().filter(v -> !showing.contains(v)).toList();
        switch (random.nextInt(3)) {
            case 0 -> {
                if (notShowing.isEmpty()) {
                    return null;
                }
                Path version = any(notShowing);
                write(version, read(version).stripTrailing() + "\n\n![" + words(language(version), 3) + "]("
                        + photo.getFileName() + ")\n");
                return name(version) + " shows " + photo.getFileName();
            }
            case 1 -> {
                if (showing.isEmpty()) {
                    return null;
                }
                // when no version shows it any more, the photo is not published, with a warning
                Path version = any(showing);
                write(version, read(version).replaceAll("(?m)^!\\[[^\n]*\\]\\(" + Pattern.quote(photo.getFileName().toString())
                        + "[^\n]*\\)\n?", ""));
                return name(version) + " no longer shows " + photo.getFileName();
            }
            default -> {
                TestSites.writeBytes(photo, TestPhotos.jpeg(TestPhotos.picture(320 + 16 * random.nextInt(10), 200,
                        random.nextLong())));
                return "new bytes for " + name(photo);
            }
        }
    }

    /** A file next to the stories that is not published, and is named in a warning. */
    public String togglePrivateFile() {
        Path folder = any(storyFolders());
        Path notes = folder.resolve("notes.txt");
        if (Files.exists(notes)) {
            TestFiles.delete(notes);
            return "removed " + name(notes);
        }
        write(notes, words("en", 4) + "\n");
        return "wrote " + name(notes);
    }

    /** The same bytes written again: a new modification time, nothing to re-render. */
    public String rewriteUnchanged() {
        List<Path> files = new ArrayList<>(TestFiles.regularFiles(content()));
        files.addAll(TestFiles.regularFiles(templates()));
        Path file = any(files);
        TestSites.writeBytes(file, TestFiles.bytes(file));
        return name(file);
    }

    // --- break, then fix ---

    /** Content or a template both builds must refuse; the next step puts it back. */
    public String breakSomething() {
        Path version = any(versions());
        String text = read(version);
        Path file = version;
        String broken;
        String how;
        switch (random.nextInt(4)) {
            case 0 -> {
                broken = DATE.matcher(text).replaceFirst("date: someday");
                how = "a date that is not one";
            }
            case 1 -> {
                broken = text.replaceFirst("(?m)^title: .*\n", "");
                how = "no title";
            }
            case 2 -> {
                broken = text.stripTrailing() + "\n\n[" + words("en", 1) + "](../no-such-story/ru.md)\n";
                how = "a link to a story that does not exist";
                // a version that is not published is not rendered, and its links are not checked
                if (!publishedAtAnySetting(version)) {
                    return null;
                }
            }
            default -> {
                file = templates().resolve("home.ftlh");
                text = Files.exists(file) ? read(file)
                        : new String(EmbeddedTheme.read("home.ftlh").orElseThrow(), StandardCharsets.UTF_8);
                broken = text.replace("<@layout.articleList/>", "<@layout.articleList/>\n${noSuchValue}");
                how = "a template reading a value that does not exist";
            }
        }
        pendingFix = new Fix(file, Files.exists(file) ? TestFiles.bytes(file) : null);
        write(file, broken);
        return name(file) + ": " + how;
    }

    public String applyFix() {
        Fix fix = pendingFix;
        pendingFix = null;
        if (fix.before() == null) {
            TestFiles.delete(fix.file());
        } else {
            TestSites.writeBytes(fix.file(), fix.before());
        }
        return "fix: " + name(fix.file()) + " as it was";
    }

    // --- what is there ---

    private Path content() {
        return project.resolve("content");
    }

    private Path templates() {
        return project.resolve("templates");
    }

    private Path news() {
        return content().resolve("news");
    }

    private Path tagTable() {
        return content().resolve("tags.yaml");
    }

    private List<Path> storyFolders() {
        return TestFiles.list(news()).stream().filter(Files::isDirectory).toList();
    }

    private List<Path> versionsIn(Path folder) {
        return LANGUAGES.stream().map(l -> folder.resolve(l + ".md")).filter(Files::exists)
                .sorted(Comparator.comparing(Path::toString)).toList();
    }

    /** Every language version, drafts and future stories included, in a fixed order. */
    private List<Path> versions() {
        return storyFolders().stream().flatMap(f -> versionsIn(f).stream()).toList();
    }

    private List<Path> photos() {
        return storyFolders().stream().flatMap(f -> TestFiles.list(f).stream())
                .filter(p -> p.getFileName().toString().endsWith(".jpg")).toList();
    }

    /** Published whatever the clock and the drafts setting: the only versions a link may lead to. */
    private boolean publishedAtAnySetting(Path version) {
        String text = read(version);
        Matcher date = DATE.matcher(text);
        return !text.contains("\ndraft: true") && date.find() && date.group(1).compareTo(PUBLISHED_BEFORE) < 0;
    }

    private boolean isLinkedTo(Path version) {
        String target = "](../" + version.getParent().getFileName() + "/" + version.getFileName() + ")";
        return versions().stream().anyMatch(v -> read(v).contains(target));
    }

    private List<String> tagsOf(Path version) {
        Matcher tags = Pattern.compile("(?m)^tags: \\[(.*)]$").matcher(read(version));
        return tags.find() ? Arrays.stream(tags.group(1).split(",")).map(String::strip).toList() : List.of();
    }

    private static String language(Path version) {
        return version.getFileName().toString().replace(".md", "");
    }

    private static int bodyStart(String text) {
        int end = text.indexOf("\n---\n", 4);
        assertTrue(end > 0, "front matter ends");
        return end + "\n---\n".length();
    }

    // --- random choices and words ---

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private int other(int current, int... choices) {
        int[] others = Arrays.stream(choices).filter(c -> c != current).toArray();
        return others[random.nextInt(others.length)];
    }

    private String pastDate() {
        String day = String.format("%d-%02d-%02d", 2023 + random.nextInt(3), 1 + random.nextInt(9), 1 + random.nextInt(28));
        return random.nextInt(3) == 0 ? day + String.format("T%02d:%02d", random.nextInt(24), random.nextInt(60)) : day;
    }

    /** A day after the build's reference time, which a later clock edit may reach. */
    private String futureDate() {
        return LocalDate.ofInstant(settings.now(), TestSites.MINSK).plusDays(2 + random.nextInt(60)).toString();
    }

    private String words(String language, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(any(WORDS.get(language)));
        }
        return String.join(" ", chosen);
    }

    private String title(String language) {
        String words = words(language, 2 + random.nextInt(3));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (random.nextInt(5) == 0 ? " & " + words(language, 1) : "");
    }

    private String sentences(String language, int count) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String words = words(language, 5 + random.nextInt(6));
            sentences.add(Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".");
        }
        return String.join(" ", sentences);
    }

    private String name(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    private String read(Path file) {
        return TestSites.read(file);
    }

    private void write(Path file, String text) {
        TestSites.write(file, text);
        if (file.getFileName().toString().endsWith(".md")) {
            lastWritten = file;
        }
    }

    /** The build's settings that the edits change; each build of a step uses the same. */
    private record Settings(int pageSize, int feedSize, boolean search, boolean drafts, Instant now, String baseUrl,
                            List<Integer> imageWidths, boolean publishOriginals, int threads) {
        static final Settings INITIAL = new Settings(2, 3, true, false, TestSites.NOW, "https://news.example.gov.by/",
                ImageOptions.DEFAULT_WIDTHS, false, 0);

        Settings withPageSize(int v) { return new Settings(v, feedSize, search, drafts, now, baseUrl, imageWidths, publishOriginals, threads); }
        Settings withFeedSize(int v) { return new Settings(pageSize, v, search, drafts, now, baseUrl, imageWidths, publishOriginals, threads); }
        Settings withSearch(boolean v) { return new Settings(pageSize, feedSize, v, drafts, now, baseUrl, imageWidths, publishOriginals, threads); }
        Settings withDrafts(boolean v) { return new Settings(pageSize, feedSize, search, v, now, baseUrl, imageWidths, publishOriginals, threads); }
        Settings withNow(Instant v) { return new Settings(pageSize, feedSize, search, drafts, v, baseUrl, imageWidths, publishOriginals, threads); }
        Settings withBaseUrl(String v) { return new Settings(pageSize, feedSize, search, drafts, now, v, imageWidths, publishOriginals, threads); }
        Settings withImageWidths(List<Integer> v) { return new Settings(pageSize, feedSize, search, drafts, now, baseUrl, v, publishOriginals, threads); }
        Settings withPublishOriginals(boolean v) { return new Settings(pageSize, feedSize, search, drafts, now, baseUrl, imageWidths, v, threads); }
        Settings withThreads(int v) { return new Settings(pageSize, feedSize, search, drafts, now, baseUrl, imageWidths, publishOriginals, v); }
    }

    /** {@code content/tags.yaml} as the fixture writes it: each key with its slug and a label per language. */
    private static final class TopicTable {
        private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

        static TopicTable read(Path file) {
            TopicTable table = new TopicTable();
            String key = null;
            for (String line : TestSites.read(file).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!line.startsWith(" ")) {
                    key = line.substring(0, line.indexOf(':'));
                    table.rows.put(key, new LinkedHashMap<>());
                } else {
                    String field = line.strip();
                    int colon = field.indexOf(':');
                    table.rows.get(key).put(field.substring(0, colon), field.substring(colon + 1).strip());
                }
            }
            return table;
        }

        Set<String> keys() {
            return rows.keySet();
        }

        void set(String key, String field, String value) {
            rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(field, value);
        }

        void remove(String key) {
            rows.remove(key);
        }

        void write(Path file) {
            StringBuilder text = new StringBuilder();
            rows.forEach((key, fields) -> {
                text.append(key).append(":\n");
                fields.forEach((field, value) -> text.append("  ").append(field).append(": ").append(value).append('\n'));
            });
            TestSites.write(file, text.toString());
        }
    }

}
