package by.vestnik.load;

import by.vestnik.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
    private final ArticleParser parser;

    public ContentLoader(Path contentDir, List<String> languages, ZoneId zone, Diagnostics diagnostics) {
        this.contentDir = contentDir;
        this.languages = List.copyOf(languages);
        this.diagnostics = diagnostics;
        this.parser = new ArticleParser(zone, diagnostics);
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

    /** The Markdown files; every file that is a link leading out of the content directory is refused. */
    private List<Path> markdownFiles() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
        Path realContent = realPath(contentDir);
        List<Path> markdown = new ArrayList<>();
        for (Path file : files) {
            if (!realPath(file).startsWith(realContent)) {
                diagnostics.error(file, 0, "is a symbolic link to " + realPath(file)
                        + ", outside the content directory; copy the file into the content instead");
            } else if (file.getFileName().toString().endsWith(".md")) {
                markdown.add(file);
            }
        }
        return markdown;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private Optional<SourceArticle> loadFile(Path file) {
        Path storyDir = file.getParent();
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
        return readText(file).flatMap(text -> parser.parse(file, storyId(storyDir), storyDir, language, text));
    }

    private String storyId(Path storyDir) {
        return contentDir.relativize(storyDir).toString().replace('\\', '/');
    }

    /** Strict UTF-8; a BOM and CRLF or CR line endings are accepted and normalised away. */
    private Optional<String> readText(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                diagnostics.error(file, 0, "the file is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, the limit for one article");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(file, 0, "cannot read the file: " + Objects.toString(e.getMessage(), e.toString()));
            return Optional.empty();
        }
        Optional<String> text = ContentText.decode(bytes);
        if (text.isEmpty()) {
            diagnostics.error(file, firstBadLine(bytes), "the file is not valid UTF-8; save it as UTF-8");
        }
        return text;
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** The story folders' other files (images and the like), relative to their story folder. */
    public static List<Path> storyAssets(Path storyDir) {
        List<Path> assets = new ArrayList<>();
        try (Stream<Path> list = Files.list(storyDir)) {
            list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(assets::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + storyDir, e);
        }
        return assets;
    }
}
