package by.vestnik.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import by.vestnik.support.RecordingReporter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live reload in a real browser: headless Debian Chromium, driven over the DevTools protocol
 * (its remote-debugging WebSocket, from java.net.http). A page open in it reloads after an edit,
 * and shows the overlay with the file's name while the build is broken. Skipped only when there
 * is no Chromium at /usr/bin/chromium (or E2E_CHROMIUM, like the e2e tests), and then it fails
 * instead if the build requires the tools (-Dvestnik.e2e.requireTools=true, as .ci/run sets).
 */
class PreviewBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("E2E_CHROMIUM", "/usr/bin/chromium"));
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path site;

    @Test
    void anOpenPageReloadsAfterAnEditAndShowsBrokenBuilds() throws Exception {
        String missing = CHROMIUM + " is not installed (apt-get install -y chromium); the live reload was not tried in a browser";
        if (Boolean.getBoolean("vestnik.e2e.requireTools")) {
            assertTrue(Files.isExecutable(CHROMIUM), missing + ", and vestnik.e2e.requireTools is true");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + missing);
        ServeFixture.copySmallSite(site);
        Path story = site.resolve(ServeFixture.STORY);
        try (PreviewSession session = PreviewSession.start(ServeFixture.previewConfig(site), new RecordingReporter(), "127.0.0.1", 0);
             Browser browser = Browser.start(site.resolve("chromium-profile"), session.url() + ServeFixture.STORY_PAGE)) {
            browser.await("document.readyState === 'complete' && document.body.innerText.includes('Министерство представило план')",
                    Boolean.TRUE::equals);
            // the script is loaded, its first poll answered and the next one waiting for a build before we edit
            browser.await("!!document.querySelector('script[data-endpoint]')", Boolean.TRUE::equals);
            ServeFixture.await("the page's long-poll waiting", () -> session.pagesWaitingForABuild() >= 1);
            assertEquals(1.0, browser.evaluate("window.__marker = 1"));

            Files.writeString(story, ServeFixture.story("2025-03-10", "Правка в браузере BROWSER-ONE."));
            browser.await("window.__marker === undefined && document.readyState === 'complete'"
                    + " && document.body.innerText.includes('BROWSER-ONE')", Boolean.TRUE::equals);

            // a broken edit: the overlay appears over the last good page and names the file
            assertEquals(2.0, browser.evaluate("window.__marker = 2"));
            Files.writeString(story, ServeFixture.story("31.04.2025", "Сломано BROWSER-BROKEN."));
            Object overlay = browser.await("(document.getElementById('vestnik-errors') || {}).textContent || ''",
                    text -> text instanceof String s && s.contains(ServeFixture.STORY + ":3"));
            assertTrue(((String) overlay).contains("error"), (String) overlay);
            assertEquals(2.0, browser.evaluate("window.__marker"), "the page reloaded for a failed build");
            assertEquals(Boolean.TRUE, browser.evaluate("document.body.innerText.includes('BROWSER-ONE')"));

            // fixing it reloads the page, without the overlay
            Files.writeString(story, ServeFixture.story("2025-03-10", "Исправлено BROWSER-FIXED."));
            browser.await("window.__marker === undefined && document.readyState === 'complete'"
                    + " && document.body.innerText.includes('BROWSER-FIXED') && !document.getElementById('vestnik-errors')",
                    Boolean.TRUE::equals);
        }
    }

    /** Headless Chromium with one page, and a minimal DevTools client for Runtime.evaluate. */
    private static final class Browser implements AutoCloseable {
        private final Process process;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

        private Browser(Process process, WebSocket socket) {
            this.process = process;
            this.socket = socket;
        }

        static Browser start(Path profile, String url) throws Exception {
            Files.createDirectories(profile);
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                    "--remote-allow-origins=*", url));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
            try {
                Path portFile = profile.resolve("DevToolsActivePort");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IOException("chromium did not open its DevTools port:\n"
                                + Files.readString(profile.resolveSibling("chromium.log")));
                    }
                    Thread.sleep(100);
                }
                int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
                HttpClient http = HttpClient.newHttpClient();
                String pageSocket = null;
                while (pageSocket == null) {
                    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    for (Object target : (List<?>) MiniJson.parse(list)) {
                        Map<?, ?> t = (Map<?, ?>) target;
                        if ("page".equals(t.get("type"))) {
                            pageSocket = (String) t.get("webSocketDebuggerUrl");
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException("chromium has no page target: " + list);
                    }
                    Thread.sleep(100);
                }
                Browser[] self = new Browser[1];
                WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                    private final StringBuilder message = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        message.append(data);
                        if (last) {
                            Map<String, Object> json = MiniJson.object(message.toString());
                            message.setLength(0);
                            if (json.get("id") instanceof Number id && self[0] != null) {
                                var future = self[0].pending.remove(id.intValue());
                                if (future != null) {
                                    future.complete(json);
                                }
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
                self[0] = new Browser(process, socket);
                return self[0];
            } catch (Exception e) {
                process.destroyForcibly();
                throw e;
            }
        }

        /** Runtime.evaluate; the value (returned by value), or null for undefined. Errors during reloads are retried by await. */
        Object evaluate(String expression) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                    + MiniJson.quote(expression) + ",\"returnByValue\":true}}", true).get(10, TimeUnit.SECONDS);
            Map<String, Object> reply = answer.get(30, TimeUnit.SECONDS);
            if (reply.containsKey("error")) {
                throw new IllegalStateException("DevTools: " + reply.get("error"));
            }
            Map<?, ?> result = (Map<?, ?>) ((Map<?, ?>) reply.get("result")).get("result");
            if (((Map<?, ?>) reply.get("result")).containsKey("exceptionDetails")) {
                throw new IllegalStateException("the page threw: " + reply.get("result"));
            }
            return result.get("value");
        }

        /** Evaluates until the value matches (a reload in between may fail an evaluation: tried again). */
        Object await(String expression, Predicate<Object> wanted) throws Exception {
            long deadline = System.nanoTime() + WAIT.toNanos();
            Object last = null;
            while (System.nanoTime() < deadline) {
                try {
                    last = evaluate(expression);
                    if (wanted.test(last)) {
                        return last;
                    }
                } catch (IllegalStateException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(100);
            }
            return fail("the page never satisfied " + expression + " within " + WAIT + "; last: " + last);
        }

        @Override
        public void close() throws Exception {
            try {
                socket.abort();
            } finally {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }
}
