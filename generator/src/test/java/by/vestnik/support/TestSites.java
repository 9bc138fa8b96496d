package by.vestnik.support;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Where the test sites live, and how tests build them. */
public final class TestSites {
    /** A fixed clock for fixture builds, so that draft and future-date logic never depends on today. */
    public static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");
    public static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    public static final List<String> LANGUAGES = List.of("ru", "be", "en");

    private TestSites() {
    }

    /** The repository root (surefire sets {@code vestnik.projectRoot}; from an IDE, the module's parent). */
    public static Path projectRoot() {
        String property = System.getProperty("vestnik.projectRoot");
        Path root = property != null ? Path.of(property) : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** {@code src/test/resources/sites/<name>} in the source tree (where golden files are regenerated). */
    public static Path sourceFixture(String name) {
        return projectRoot().resolve("generator/src/test/resources/sites").resolve(name);
    }

    /** The fixture site as the test class path has it. */
    public static Path fixture(String name) {
        URL url = TestSites.class.getResource("/sites/" + name + "/content");
        if (url == null) {
            throw new IllegalStateException("no fixture site " + name + " on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configuration for a fixture site (its content/ and templates/) writing into {@code out}. */
    public static SiteConfig.Builder fixtureConfig(Path site, Path out) {
        return SiteConfig.builder()
                .projectDir(site)
                .contentDir(site.resolve("content"))
                .templatesDir(site.resolve("templates"))
                .outputDir(out)
                .baseUrl("https://news.example.gov.by/")
                .languages(LANGUAGES)
                .timeZone(MINSK)
                .now(NOW);
    }

    /**
     * The frozen copy of the ministry's site ({@code sites/ministry}: its content and templates as
     * they were when the tests about its exact pages were written), configured as the project's pom
     * configures the live one. Tests that assert exact pages, counts or slugs build this, never the
     * live {@code content/}, which the web team changes every day.
     */
    public static SiteConfig.Builder ministryConfig(Path out) {
        return ministryLike(fixture("ministry"), out).now(NOW);
    }

    /**
     * The live ministry site (the repository's {@code content/} and {@code templates/}) as a
     * production build makes it, clock included: only for tests that check invariants true of any
     * content, with their expectations read from the content itself.
     */
    public static SiteConfig.Builder liveMinistryConfig(Path out, Instant now) {
        return ministryLike(projectRoot(), out).now(now);
    }

    private static SiteConfig.Builder ministryLike(Path project, Path out) {
        return SiteConfig.builder()
                .projectDir(project)
                .contentDir(project.resolve("content"))
                .templatesDir(project.resolve("templates"))
                .outputDir(out)
                .baseUrl("https://mpt.gov.by/")
                .languages(LANGUAGES)
                .timeZone(MINSK);
    }

    public static BuildResult build(SiteConfig config, RecordingReporter reporter) {
        try {
            return Vestnik.build(config, reporter);
        } catch (BuildFailedException e) {
            throw new AssertionError("the build failed:\n" + String.join("\n", reporter.formatted(config.projectDir())), e);
        }
    }

    /** Every regular file below {@code dir} by its '/'-separated relative path, with its bytes. */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The relative paths of the files below {@code dir} that end with {@code suffix}, sorted. */
    public static List<String> files(Path dir, String suffix) {
        return tree(dir).keySet().stream().filter(p -> p.endsWith(suffix)).toList();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file, creating its folders; the text is written as UTF-8 exactly as given. */
    public static Path write(Path file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid article. */
    public static String article(String title, String date, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n\n" + body + "\n";
    }
}
