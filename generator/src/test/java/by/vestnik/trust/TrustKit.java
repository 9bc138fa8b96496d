package by.vestnik.trust;

import by.vestnik.Reporter;
import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers of the trust tests: configurations, a recording reporter, file-tree snapshots. */
final class TrustKit {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final String BASE = "https://example.gov.by/";

    private TrustKit() {
    }

    /** {@code generator/} as a path, whether the tests run from it or from the repository root. */
    static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        if (Files.isDirectory(here.resolve("src/test/resources/broken"))) {
            return here;
        }
        return here.resolve("generator");
    }

    static Path testResource(String name) {
        return moduleDir().resolve("src/test/resources").resolve(name);
    }

    /**
     * A project in {@code dir} with content/, templates/, site-output/; ru, be, en; UTC; a fixed
     * clock; the image cache beside the project, so that the project holds only what the test put there.
     */
    static SiteConfig.Builder config(Path dir) {
        return SiteConfig.builder().project(dir).baseUrl(BASE).languages(List.of("ru", "be", "en"))
                .timeZone(ZoneOffset.UTC).now(NOW).threads(2)
                .images(images -> images.withCacheDir(dir.toAbsolutePath().resolveSibling(dir.getFileName() + "-image-cache")));
    }

    /** Keeps what the engine reports. */
    static final class Recorder implements Reporter {
        final List<Diagnostic> diagnostics = new ArrayList<>();

        @Override
        public synchronized void diagnostic(Diagnostic diagnostic) {
            diagnostics.add(diagnostic);
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void debug(String message) {
        }

        synchronized List<String> formatted(Path base) {
            return diagnostics.stream().map(d -> d.format(base)).toList();
        }
    }

    /** One file of a tree: its content hash and modification time. */
    record FileState(String sha256, FileTime modified) {
    }

    /** Every regular file under {@code root} (relative, '/'-separated) with its hash and mtime. */
    static Map<String, FileState> snapshot(Path root) {
        Map<String, FileState> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        new FileState(sha256(Files.readAllBytes(p)), Files.getLastModifiedTime(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets every file's mtime under {@code root} to a time long ago, so that any rewrite shows. */
    static void ageAll(Path root) {
        FileTime old = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating its directories. */
    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two stories under {@code content/news/}: the first in Russian and English, the second in Russian. */
    static void twoStories(Path project) {
        write(project.resolve("content/news/2025-01-01-first/ru.md"), article("Первая", "2025-01-01", "", "Текст первой новости."));
        write(project.resolve("content/news/2025-01-01-first/en.md"), article("First", "2025-01-01", "", "The first story."));
        write(project.resolve("content/news/2025-02-01-second/ru.md"), article("Вторая", "2025-02-01", "", "Текст второй новости."));
    }

    static String article(String title, String date, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n\n" + body + "\n";
    }

    /**
     * The theme's own scripts in a page's head (the low-vision version's: the inline one that
     * applies the stored choice, and the deferred asset), exactly as the embedded layout writes
     * them; anything else scripted is not the theme's.
     */
    static final String LOW_VISION_INLINE = "try{var d=document.documentElement,s=localStorage;"
            + "if(s.getItem(\"vestnik.lowVision\")===\"on\")d.classList.add(\"low-vision\");"
            + "if(s.getItem(\"vestnik.lowVisionImages\")===\"off\")d.classList.add(\"low-vision-no-images\");}catch(e){}";

    static boolean isThemeScript(org.jsoup.nodes.Element script) {
        if (!script.parent().tagName().equals("head")) {
            return false;
        }
        return script.hasAttr("src")
                ? script.attr("src").matches("/assets/low-vision\\.[0-9a-f]{10}\\.js") && script.hasAttr("defer")
                        && script.data().isEmpty()
                : script.attributes().size() == 0 && script.data().equals(LOW_VISION_INLINE);
    }

    /** The page's scripts other than the theme's. */
    static List<org.jsoup.nodes.Element> scriptsNotOfTheTheme(org.jsoup.nodes.Document page) {
        return page.select("script").stream().filter(s -> !isThemeScript(s)).toList();
    }

    /** The theme's low-vision buttons, in the header's controls; any other button is not the theme's. */
    static List<org.jsoup.nodes.Element> buttonsNotOfTheTheme(org.jsoup.nodes.Document page) {
        return page.select("button").stream()
                .filter(b -> !(b.parent().is("header .low-vision-controls")
                        && (b.hasAttr("data-low-vision-toggle") || b.hasAttr("data-low-vision-images"))
                        && b.attr("type").equals("button") && b.attributes().asList().stream()
                                .allMatch(a -> List.of("type", "class", "data-low-vision-toggle", "data-low-vision-images",
                                        "aria-pressed", "hidden").contains(a.getKey()))))
                .toList();
    }
}
