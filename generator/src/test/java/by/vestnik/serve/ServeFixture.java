package by.vestnik.serve;

import by.vestnik.SiteConfig;
import by.vestnik.support.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** A copy of the 'small' fixture site that the serve tests may edit, and raw HTTP for paths HttpClient would tidy. */
final class ServeFixture {
    static final String BASE_URL = "https://example.gov.by/press/";
    static final String STORY = "content/news/2025-03-10-budget/ru.md";
    static final String STORY_PAGE = "ru/news/2025/budget/";
    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private ServeFixture() {
    }

    /** Copies the fixture into {@code dir} (content/, templates/), with its tag table and a story image. */
    static Path copySmallSite(Path dir) {
        Path source = TestSites.fixture("small");
        copyTree(source.resolve("content"), dir.resolve("content"));
        copyTree(source.resolve("templates"), dir.resolve("templates"));
        Path tags = dir.resolve("content/tags.yaml");
        if (!Files.exists(tags)) {
            TestSites.write(tags, "budget:\n  slug: budget\n  ru: Бюджет\n  be: Бюджэт\n  en: Budget\n");
        }
        Path story = dir.resolve("content/news/2025-03-10-budget");
        TestSites.writeBytes(story.resolve("photo.png"), PNG);
        // a story publishes only the files its articles link to
        for (String language : TestSites.LANGUAGES) {
            Path version = story.resolve(language + ".md");
            if (Files.exists(version)) {
                TestSites.write(version, TestSites.read(version) + "\n![Photo](photo.png)\n");
            }
        }
        return dir;
    }

    /**
     * The configuration {@code vestnik:serve} would make for the copy: output in target/vestnik-preview,
     * links only warned; the story's photo.png, which no text shows, is published as written
     * (publishOriginalImages), so that its content type can be checked.
     */
    static SiteConfig previewConfig(Path site) {
        return TestSites.fixtureConfig(site, site.resolve("target/vestnik-preview"))
                .baseUrl(BASE_URL)
                .linkCheck(SiteConfig.LinkCheck.WARN)
                .images(images -> images.withPublishOriginals(true))
                .build();
    }

    /** The story's text with {@code marker} as its first paragraph and {@code date} as its date. */
    static String story(String date, String marker) {
        return "---\ntitle: \"Бюджет & <планы> на 2025 год\"\ndate: " + date + "\nsummary: \"Коротко: бюджет & планы\"\n"
                + "tags: [budget]\n---\n\n" + marker + "\n\nМинистерство представило план на год.\n";
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code condition} holds, checking it every few milliseconds, and fails after 90 s:
     * a wait on a fact, never on a guess of how long something takes.
     */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after 90 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    /** A response read off a plain socket. */
    record RawResponse(int status, String head, String body) {
    }

    /** Sends {@code METHOD target HTTP/1.1} exactly as given, with no normalisation of the target. */
    static RawResponse raw(int port, String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, head, body);
        }
    }
}
