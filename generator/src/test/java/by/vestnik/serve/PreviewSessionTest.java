package by.vestnik.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import by.vestnik.SiteConfig;
import by.vestnik.support.RecordingReporter;
import by.vestnik.support.TestSites;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview session on a copy of the 'small' site under https://example.gov.by/press/, on a free
 * port: what it serves and with which types, how it follows edits (good and broken), and what it
 * refuses. The edits run last, in order, since they change the site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String SCRIPT_TAG = "<script src=\"/press/__vestnik/livereload.js\" data-endpoint=\"/press/__vestnik/build\"";

    @TempDir
    static Path site;

    private SiteConfig config;
    private PreviewSession session;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start() throws IOException {
        ServeFixture.copySmallSite(site);
        TestSites.write(site.resolve("secret.txt"), "TOP-SECRET outside the preview");
        config = ServeFixture.previewConfig(site);
        session = PreviewSession.start(config, new RecordingReporter(), "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private Path preview() {
        return config.outputDir();
    }

    private HttpResponse<String> get(String relative) throws IOException, InterruptedException {
        return send("GET", relative);
    }

    private HttpResponse<String> send(String method, String relative) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.url() + relative))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("(none)");
    }

    @Test
    @Order(1)
    void servesPagesUnderTheSubPathWithTheReloadScript() throws Exception {
        assertTrue(session.url().matches("http://127\\.0\\.0\\.1:\\d+/press/"), session.url());
        assertTrue(session.port() > 0);

        HttpResponse<String> page = get(ServeFixture.STORY_PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", type(page));
        assertTrue(page.body().contains("Министерство представило план на год."), page.body());
        assertTrue(page.body().contains(SCRIPT_TAG), "no live-reload script in the page");
        assertTrue(page.body().indexOf(SCRIPT_TAG) < page.body().lastIndexOf("</body>"), "the script is not inside <body>");
        // the script goes in only on the way out: the preview files themselves stay clean
        assertFalse(Files.readString(preview().resolve(ServeFixture.STORY_PAGE + "index.html")).contains("__vestnik"));

        HttpResponse<String> script = get("__vestnik/livereload.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", type(script));
        assertTrue(script.body().contains("location.reload()"));
    }

    @Test
    @Order(2)
    void givesEachKindOfFileItsContentType() throws Exception {
        HttpResponse<String> rss = get("ru/rss.xml");
        assertEquals(200, rss.statusCode());
        assertEquals("application/rss+xml; charset=utf-8", type(rss));
        assertTrue(rss.body().contains("<rss"));
        assertFalse(rss.body().contains("__vestnik"), "the script went into a feed");

        HttpResponse<String> sitemap = get("sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertEquals("application/xml; charset=utf-8", type(sitemap));
        assertFalse(sitemap.body().contains("__vestnik"));

        String css;
        try (var assets = Files.list(preview().resolve("assets"))) {
            css = assets.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).findFirst().orElseThrow();
        }
        HttpResponse<String> style = get("assets/" + css);
        assertEquals(200, style.statusCode());
        assertEquals("text/css; charset=utf-8", type(style));

        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(session.url() + ServeFixture.STORY_PAGE + "photo.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", type(image));
        assertEquals(List.of(ServeFixture.PNG.length), List.of(image.body().length));

        HttpResponse<String> robots = get("robots.txt");
        assertEquals("text/plain; charset=utf-8", type(robots));
        for (var response : List.of(rss, sitemap, style, robots)) {
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    @Order(3)
    void redirectsToTheSubPathAndToDirectorySlashes() throws Exception {
        var root = ServeFixture.raw(session.port(), "GET", "/");
        assertEquals(301, root.status());
        assertTrue(root.head().contains("Location: /press/"), root.head());
        var directory = ServeFixture.raw(session.port(), "GET", "/press/ru");
        assertEquals(301, directory.status());
        assertTrue(directory.head().contains("Location: /press/ru/"), directory.head());
    }

    @Test
    @Order(4)
    void missingPathsGetTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("ru/news/2025/no-such-story/");
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", type(missing));
        String ru404 = Files.readString(preview().resolve("ru/404.html"));
        assertTrue(missing.body().startsWith(ru404.substring(0, ru404.lastIndexOf("</body>"))), "not the Russian 404 page");

        HttpResponse<String> outside = get("no-such-file.html");
        assertEquals(404, outside.statusCode());
        String root404 = Files.readString(preview().resolve("404.html"));
        assertTrue(outside.body().startsWith(root404.substring(0, root404.lastIndexOf("</body>"))), "not the root 404 page");

        var notUnderBase = ServeFixture.raw(session.port(), "GET", "/elsewhere/ru/");
        assertEquals(404, notUnderBase.status());
    }

    @Test
    @Order(5)
    void answersOnlyGetAndHead() throws Exception {
        HttpResponse<String> head = send("HEAD", ServeFixture.STORY_PAGE);
        assertEquals(200, head.statusCode());
        assertEquals("text/html; charset=utf-8", type(head));
        assertEquals("", head.body());
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            HttpResponse<String> refused = send(method, ServeFixture.STORY_PAGE);
            assertEquals(405, refused.statusCode(), method);
            assertEquals("GET, HEAD", refused.headers().firstValue("Allow").orElse(""), method);
        }
        // nothing was written or removed by them
        assertTrue(Files.isRegularFile(preview().resolve(ServeFixture.STORY_PAGE + "index.html")));
    }

    @Test
    @Order(6)
    void refusesEveryWayOutOfTheSite() throws Exception {
        assertTrue(Files.isRegularFile(preview().resolveSibling("../secret.txt").normalize()));
        List<String> attempts = List.of(
                "/press/../secret.txt",
                "/press/ru/../../secret.txt",
                "/press/../../../../../../etc/passwd",
                "/press/%2e%2e/secret.txt",
                "/press/%2E%2E/secret.txt",
                "/press/%2e%2e%2fsecret.txt",
                "/press/%2E%2E%2Fsecret.txt",
                "/press/..%2fsecret.txt",
                "/press/ru%2f..%2f..%2fsecret.txt",
                "/press/%252e%252e/secret.txt",
                "/press/%252e%252e%252fsecret.txt",
                "/press/..;/secret.txt",
                "/press/..;/../secret.txt",
                "/press/ru/..;/..;/secret.txt",
                "//etc/passwd",
                "/press//etc/passwd",
                "/press/%2fetc%2fpasswd",
                "/press/%5c..%5csecret.txt",
                "/press/ru%5c..%5c..%5csecret.txt",
                "/press/..%5c..%5csecret.txt",
                "/press/ru/index.html%00",
                "/press/%00../secret.txt",
                "/press/..%00/secret.txt",
                "/press/%c0%ae%c0%ae/secret.txt",
                "/press/C:/Windows/win.ini",
                "/press/./ru/index.html");
        List<String> problems = new ArrayList<>();
        for (String target : attempts) {
            var response = ServeFixture.raw(session.port(), "GET", target);
            if (response.status() != 404 || response.body().contains("TOP-SECRET") || response.body().contains("root:")) {
                problems.add(target + " -> " + response.status());
            } else if (!response.head().contains("text/html")) {
                problems.add(target + " -> 404 without the site's 404 page");
            }
        }
        // a raw backslash is not a legal URI character: the JDK's server refuses the request line itself
        for (String target : List.of("/press/..\\secret.txt", "/press/ru\\..\\..\\secret.txt")) {
            var response = ServeFixture.raw(session.port(), "GET", target);
            if (!(response.status() == 404 || response.status() == 400) || response.body().contains("TOP-SECRET")) {
                problems.add(target + " -> " + response.status());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(7)
    void refusesSymbolicLinksLeadingOutOfThePreview() throws Exception {
        Path secret = site.resolve("secret.txt");
        Files.createSymbolicLink(preview().resolve("ru/leak.txt"), secret);
        Files.createSymbolicLink(preview().resolve("ru/leak.html"), secret);
        Files.createSymbolicLink(preview().resolve("ru/leakdir"), site);
        Files.createSymbolicLink(preview().resolve("ru/relative.txt"), Path.of("../../secret.txt"));
        // and a link that stays inside is still fine
        Files.createSymbolicLink(preview().resolve("ru/inside.html"), preview().resolve("ru/index.html"));
        try {
            for (String target : List.of("/press/ru/leak.txt", "/press/ru/leak.html", "/press/ru/leakdir/secret.txt",
                    "/press/ru/leakdir/", "/press/ru/leakdir", "/press/ru/relative.txt")) {
                var response = ServeFixture.raw(session.port(), "GET", target);
                assertEquals(404, response.status(), target);
                assertFalse(response.body().contains("TOP-SECRET"), target);
            }
            assertEquals(200, ServeFixture.raw(session.port(), "GET", "/press/ru/inside.html").status());
        } finally {
            for (String name : List.of("leak.txt", "leak.html", "leakdir", "relative.txt", "inside.html")) {
                Files.deleteIfExists(preview().resolve("ru").resolve(name));
            }
        }
    }

    @Test
    @Order(8)
    void longPollsDoNotStarveThePages() throws Exception {
        long generation = buildState(-1).generation;
        // more waiting pages than the server has worker threads: each holds a request open
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            waiting.add(http.sendAsync(HttpRequest.newBuilder(URI.create(session.url() + "__vestnik/build?since=" + generation))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // every one of them is being held by the server (not still on its way) when the page is asked for
        ServeFixture.await("40 long-polls waiting", () -> session.pagesWaitingForABuild() >= 40);
        long start = System.nanoTime();
        var page = ServeFixture.raw(session.port(), "GET", "/press/" + ServeFixture.STORY_PAGE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, page.status());
        assertTrue(millis < 5_000, "a page took " + millis + " ms while pages were waiting for a build");
        waiting.forEach(f -> f.cancel(true));
    }

    @Test
    @Order(10)
    void followsEditsAndKeepsTheLastGoodBuildWhileBroken() throws Exception {
        Path story = site.resolve(ServeFixture.STORY);

        // 1. a good edit is served
        Files.writeString(story, ServeFixture.story("2025-03-10", "Первая правка MARKER-ONE."));
        String edited = awaitPage(ServeFixture.STORY_PAGE, body -> body.contains("MARKER-ONE"));
        assertTrue(edited.contains(SCRIPT_TAG));
        BuildStatus afterEdit = awaitState(-1, s -> s.errors.isEmpty());

        // 2. a broken edit: the endpoint names the file and line, the last good page stays served
        Files.writeString(story, ServeFixture.story("31.04.2025", "Сломанная правка MARKER-BROKEN."));
        // (the build that names the line: a watcher that saw the file half-written may build once more)
        BuildStatus broken = awaitState(afterEdit.generation,
                s -> s.errors.stream().anyMatch(e -> e.startsWith(ServeFixture.STORY + ":3")));
        assertTrue(broken.errors.stream().allMatch(e -> e.contains("error")), broken.errors.toString());
        HttpResponse<String> stillGood = get(ServeFixture.STORY_PAGE);
        assertEquals(200, stillGood.statusCode());
        assertTrue(stillGood.body().contains("MARKER-ONE"), "the last good build is no longer served");
        assertFalse(stillGood.body().contains("MARKER-BROKEN"));
        // a page opened now gets the generation of the failed build, and the endpoint's first answer shows why
        assertTrue(pageGeneration(stillGood.body()) >= broken.generation, "a page served after the failed build carries an older generation than its "
                + broken.generation);

        // 3. fixing it clears the errors and serves the fix
        Files.writeString(story, ServeFixture.story("2025-03-10", "Исправлено MARKER-FIXED."));
        awaitPage(ServeFixture.STORY_PAGE, body -> body.contains("MARKER-FIXED"));
        // the files are written a moment before the build is announced: wait for the announcement
        BuildStatus fixed = awaitState(broken.generation, s -> s.errors.isEmpty());
        assertEquals(List.of(), fixed.errors);
    }

    @Test
    @Order(11)
    void addsNewStoriesAndFollowsTemplateChanges() throws Exception {
        // a new story folder created while serving is watched too
        Path dir = site.resolve("content/news/2025-06-01-new-story");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ru.md"), TestSites.article("Новая история", "2025-06-01", "", "Текст NEW-STORY-ONE."));
        awaitPage("ru/news/2025/new-story/", body -> body.contains("NEW-STORY-ONE"));
        Files.writeString(dir.resolve("ru.md"), TestSites.article("Новая история", "2025-06-01", "", "Текст NEW-STORY-TWO."));
        awaitPage("ru/news/2025/new-story/", body -> body.contains("NEW-STORY-TWO"));

        // an interface string in templates/: the next build of the page shows it
        long before = buildState(-1).generation;
        Path messages = site.resolve("templates/messages/messages_ru.properties");
        Files.writeString(messages, Files.readString(messages).replace("site.name=Тестовое министерство",
                "site.name=Тестовое министерство TEMPLATE-CHANGED"));
        for (String page : List.of(ServeFixture.STORY_PAGE, "ru/")) {
            awaitPage(page, body -> body.contains("Тестовое министерство TEMPLATE-CHANGED"));
        }
        assertEquals(List.of(), awaitState(before, s -> s.errors.isEmpty()).errors);
    }

    @Test
    @Order(20)
    void thePublishedBuildHasNoReloadScript() throws Exception {
        SiteConfig published = TestSites.fixtureConfig(site, site.resolve("site-output")).baseUrl(ServeFixture.BASE_URL).build();
        TestSites.build(published, new RecordingReporter());
        Map<String, byte[]> files = TestSites.tree(published.outputDir());
        assertTrue(files.containsKey("ru/news/2025/budget/index.html"), files.keySet().toString());
        for (var file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("__vestnik") || text.contains("livereload"), file.getKey() + " has the reload script");
        }
    }

    // --- helpers

    record BuildStatus(long generation, List<String> errors) {
    }

    private BuildStatus buildState(long since) throws IOException, InterruptedException {
        HttpResponse<String> response = get("__vestnik/build?since=" + since);
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", type(response));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> json = MiniJson.object(response.body());
        List<String> errors = new ArrayList<>();
        for (Object error : (List<?>) json.get("errors")) {
            errors.add((String) error);
        }
        return new BuildStatus(((Number) json.get("generation")).longValue(), errors);
    }

    /** The build generation the server wrote into a page's reload script. */
    private static long pageGeneration(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-generation=\"(\\d+)\"").matcher(body);
        assertTrue(m.find(), "no data-generation in the page");
        return Long.parseLong(m.group(1));
    }

    /** Long-polls the endpoint until a build newer than {@code since} matches. */
    private BuildStatus awaitState(long since, Predicate<BuildStatus> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long seen = since;
        while (System.nanoTime() < deadline) {
            BuildStatus status = buildState(seen);
            if (status.generation > since && wanted.test(status)) {
                return status;
            }
            seen = status.generation;
        }
        return fail("no build matched within " + WAIT);
    }

    /** Polls a page until its body matches. */
    private String awaitPage(String relative, Predicate<String> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(relative);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && wanted.test(response.body())) {
                return response.body();
            }
            Thread.sleep(50);
        }
        return fail("the page " + relative + " did not change within " + WAIT + "; last: "
                + last.substring(0, Math.min(300, last.length())) + "; build state: " + buildState(-1));
    }
}
