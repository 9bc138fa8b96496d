package by.vestnik.load;

import by.vestnik.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the content directory: every folder that holds {@code <language>.md} files is a story,
 * each such file one language version of it. Every problem becomes a diagnostic naming the file;
 * loading goes on so that one build reports all of them.
 */
public final class ContentLoader {
    /** Files above this size are refused rather than parsed: no article is anywhere near it. */
    static final long MAX_FILE_BYTES = 4L << 20;

    private final Path contentDir;
    private final List<String> languages;
    private final Diagnostics diagnostics;
    private final ZoneId zone;
    private final Instant now;
    private final Function<Path, Optional<InputHashes.Content>> fingerprinted;
    private final ParsedArticles parsed;
    private final java.util.Map<Path, Path> storyDirs = new java.util.concurrent.ConcurrentHashMap<>();
    private ContentFiles files = ContentFiles.onDisk();

    public ContentLoader(Path contentDir, List<String> languages, ZoneId zone, Diagnostics diagnostics) {
        this(contentDir, languages, zone, null, diagnostics);
    }

    /** @param now the build's reference time, against which dates far in the future are reported; null: none */
    public ContentLoader(Path contentDir, List<String> languages, ZoneId zone, Instant now, Diagnostics diagnostics) {
        this(contentDir, languages, zone, now, diagnostics, file -> Optional.empty(), ParsedArticles.none());
    }

    /**
     * A loader that takes from {@code parsed} every article whose file has the content it was
     * parsed from, as {@code fingerprinted} gives it (the build's fingerprint, which read or
     * remembered every file's checksum already), and leaves there each one it parses.
     */
    public ContentLoader(Path contentDir, List<String> languages, ZoneId zone, Instant now, Diagnostics diagnostics,
                         Function<Path, Optional<InputHashes.Content>> fingerprinted, ParsedArticles parsed) {
        this.contentDir = contentDir;
        this.languages = List.copyOf(languages);
        this.diagnostics = diagnostics;
        this.zone = zone;
        this.now = now;
        this.fingerprinted = fingerprinted;
        this.parsed = parsed;
    }

    /** All readable article versions, in a stable order (by path). */
    public List<SourceArticle> load() {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(contentDir, 0, "the content directory does not exist");
            return List.of();
        }
        return markdownFiles().parallelStream()
                .map(this::loadFile)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The Markdown files. Every file that is a link leading out of the content directory is
     * refused, and so is anything that looks like a language version but would not be read: a
     * name spelt otherwise ({@code RU.md}, {@code en.markdown}), a folder, a named pipe, a link to
     * nothing.
     */
    private List<Path> markdownFiles() {
        List<Entry> entries = listedEntries();
        Path realContent = realPath(contentDir);
        List<Path> markdown = new ArrayList<>();
        ContentFiles.Builder others = new ContentFiles.Builder();
        for (Entry entry : entries) {
            Path file = entry.path();
            String name = file.getFileName().toString();
            Optional<String> meant = languageMeant(name);
            boolean looksLikeArticle = meant.isPresent() || name.endsWith(".md");
            if (entry.kind() == Kind.FOLDER) {
                if (looksLikeArticle) {
                    diagnostics.error(file, 0, "is a folder, not a file; an article is a file such as "
                            + meant.orElse(languages.get(0)) + ".md");
                }
                continue;
            }
            Kind kind = entry.kind();
            if (kind == Kind.LINK) {
                // only a link needs its target resolved: a plain file found by the walk is inside the content
                Optional<Path> real = realPathIfAny(file);
                if (real.isEmpty()) {
                    diagnostics.error(file, 0, "is a symbolic link to nothing; remove it or copy the file here");
                    continue;
                } else if (!real.get().startsWith(realContent)) {
                    diagnostics.error(file, 0, "is a symbolic link to " + real.get()
                            + ", outside the content directory; copy the file into the content instead");
                    continue;
                } else if (Files.isDirectory(real.get())) {
                    continue;
                }
                kind = Files.isRegularFile(real.get()) ? Kind.FILE : Kind.OTHER;
            }
            if (kind == Kind.OTHER) {
                if (looksLikeArticle) {
                    diagnostics.error(file, 0, "is not a regular file (a named pipe or a device?); an article must be a file");
                }
                continue;
            }
            if (meant.isPresent() && !name.equals(meant.get() + ".md")) {
                diagnostics.error(file, 0, "'" + name + "' looks like the " + meant.get() + " version but is not read: "
                        + "name it " + meant.get() + ".md");
            } else if (name.endsWith(".md")) {
                markdown.add(file);
            } else {
                others.file(file);
            }
        }
        files = others.build();
        return markdown;
    }

    private enum Kind { FOLDER, FILE, LINK, OTHER }

    /** An entry of the content tree, with what the walk saw it to be (links not followed). */
    private record Entry(Path path, Kind kind) {
        static Entry of(Path path, BasicFileAttributes attributes) {
            Kind kind = attributes.isDirectory() ? Kind.FOLDER : attributes.isSymbolicLink() ? Kind.LINK
                    : attributes.isRegularFile() ? Kind.FILE : Kind.OTHER;
            return new Entry(path, kind);
        }
    }

    /** Extensions that Markdown files go by; only {@code .md}, in lower case, is read. */
    private static final java.util.regex.Pattern MARKDOWN_NAME =
            java.util.regex.Pattern.compile("(?i)(.+)\\.(md|markdown|mdown|mkdn|mkd|mdwn|mdtxt)");

    /** The site language a file name stands for, in any letter case and with any Markdown extension. */
    private Optional<String> languageMeant(String name) {
        var match = MARKDOWN_NAME.matcher(name);
        if (!match.matches()) {
            return Optional.empty();
        }
        String stem = match.group(1);
        return languages.stream().filter(language -> language.equalsIgnoreCase(stem)).findFirst();
    }

    private static Optional<Path> realPathIfAny(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private Optional<SourceArticle> loadFile(Path file) {
        // the versions of a story share one path of its folder: every article holds it through the build
        Path storyDir = storyDirs.computeIfAbsent(file.getParent(), dir -> dir);
        String name = file.getFileName().toString();
        String language = name.substring(0, name.length() - ".md".length());
        if (storyDir.equals(contentDir)) {
            diagnostics.error(file, 0, "articles belong in a story folder: move it to "
                    + "content/<story>/" + name);
            return Optional.empty();
        }
        if (!languages.contains(language)) {
            diagnostics.error(file, 0, "'" + name + "' is not named for one of the site's languages ("
                    + String.join(", ", languages) + "); name it " + languages.get(0) + ".md, for example");
            return Optional.empty();
        }
        String storyId = storyId(storyDir);
        String key = storyId + "/" + name;
        Optional<InputHashes.Content> known = fingerprinted.apply(file);
        Optional<SourceArticle> last = known.flatMap(content -> parsed.last(key, content, file, storyId, storyDir, language))
                .filter(article -> !ArticleParser.farFuture(article, zone, now));
        if (last.isPresent()) {
            parsed.remember(key, known.get(), last.get());
            return last;
        }
        return readBytes(file).flatMap(bytes -> decode(file, bytes).flatMap(text -> {
            Diagnostics own = new Diagnostics();
            Optional<SourceArticle> article = new ArticleParser(zone, now, own).parse(file, storyId, storyDir, language, text);
            List<by.vestnik.diag.Diagnostic> found = own.sorted();
            found.forEach(diagnostics::add);
            if (found.isEmpty()) {
                article.ifPresent(a -> parsed.remember(key, new InputHashes.Content(bytes.length, ContentHash.of(bytes)), a));
            }
            return article;
        }));
    }

    private String storyId(Path storyDir) {
        return contentDir.relativize(storyDir).toString().replace('\\', '/');
    }

    private Optional<byte[]> readBytes(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                diagnostics.error(file, 0, "the file is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, the limit for one article");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(file, 0, "cannot read the file: " + Objects.toString(e.getMessage(), e.toString()));
            return Optional.empty();
        }
    }

    /** Strict UTF-8; a BOM and CRLF or CR line endings are accepted and normalised away. */
    private Optional<String> decode(Path file, byte[] bytes) {
        Optional<String> text = ContentText.decode(bytes);
        if (text.isEmpty()) {
            diagnostics.error(file, ContentText.firstBadLine(bytes), "the file is not valid UTF-8; save it as UTF-8");
        }
        return text;
    }

    /**
     * Every entry below the content directory, sorted, each as the walk saw it (links not
     * followed). A folder that cannot be read is an error naming it (the rest is still listed),
     * not an internal error: its stories would be lost.
     */
    private List<Entry> listedEntries() {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(contentDir)) {
                        entries.add(Entry.of(dir, attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.add(Entry.of(file, attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.error(file, 0, "cannot be read (" + e.getClass().getSimpleName()
                            + "); give the user who runs the build read access to it, or move it out of the content");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.error(contentDir, 0, "cannot be listed: " + e.getMessage());
        }
        entries.sort(java.util.Comparator.comparing(Entry::path));
        return entries;
    }

    /** The files other than articles that {@link #load} saw (all of them asked of the disk before it ran). */
    public ContentFiles files() {
        return files;
    }
}
