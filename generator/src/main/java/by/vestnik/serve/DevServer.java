package by.vestnik.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Serves a built site for preview, under the base URL's sub-path, on a local address. Only GET
 * and HEAD; no path outside the site, encoded or not, and no symbolic link leading out of it.
 * HTML pages get a small live-reload script that waits for the next build; it exists only here.
 */
public final class DevServer implements AutoCloseable {
    static final String ENDPOINT = "__vestnik/build";
    private static final long LONG_POLL_MILLIS = 25_000;
    private static final String SCRIPT = "__vestnik/livereload.js";

    private final Path root;
    private final String basePath;
    private final BuildState state;
    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] script;

    static {
        // without TCP_NODELAY the JDK's server writes headers and body apart and, on a kept-alive
        // connection, waits for the client's delayed ACK: about 40 ms per response (wrk: ~340
        // requests/s at 44 ms median on loopback). Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    DevServer(Path root, String basePath, BuildState state, String host, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.state = state;
        this.script = resource("/vestnik/serve/livereload.js");
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        // every open page holds one request (the long-poll) for up to LONG_POLL_MILLIS: a fixed pool
        // would let a few open tabs starve the pages themselves, so threads grow with the requests
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "vestnik-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
    }

    /** The port actually bound (useful when 0 asked for any free port). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        // ends the waiting long-polls and the threads, which would otherwise outlive the session
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/") && !basePath.equals("/")) {
                redirect(exchange, basePath);
                return;
            }
            if (!rawPath.startsWith(basePath)) {
                notFound(exchange, "");
                return;
            }
            String relative = rawPath.substring(basePath.length());
            if (relative.equals(ENDPOINT)) {
                buildState(exchange);
            } else if (relative.equals(SCRIPT)) {
                send(exchange, 200, ContentTypes.of("x.js"), script);
            } else {
                serveFile(exchange, relative);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String rawRelative) throws IOException {
        Optional<Path> file = SafePaths.resolve(root, rawRelative);
        if (file.isEmpty()) {
            notFound(exchange, rawRelative);
            return;
        }
        Path target = file.get();
        if (!SafePaths.inside(root, target)) {
            // a symbolic link leading out of the site: not even a redirect may tell that it exists
            notFound(exchange, rawRelative);
            return;
        }
        if (Files.isDirectory(target)) {
            if (!rawRelative.isEmpty() && !rawRelative.endsWith("/")) {
                redirect(exchange, basePath + rawRelative + "/");
                return;
            }
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target) || !SafePaths.inside(root, target)) {
            notFound(exchange, rawRelative);
            return;
        }
        // the generation is read before the file: a build finishing in between makes the page reload
        // once more, rather than show the old text with the new generation and never reload
        long generation = state.generation();
        send(exchange, 200, ContentTypes.of(target.getFileName().toString()),
                withReloadScript(target, Files.readAllBytes(target), generation));
    }

    private void notFound(HttpExchange exchange, String rawRelative) throws IOException {
        String language = rawRelative.contains("/") ? rawRelative.substring(0, rawRelative.indexOf('/')) : "";
        Path page = language.matches("[A-Za-z0-9-]{2,35}") && Files.isRegularFile(root.resolve(language).resolve("404.html"))
                ? root.resolve(language).resolve("404.html")
                : root.resolve("404.html");
        long generation = state.generation();
        byte[] body = Files.isRegularFile(page)
                ? withReloadScript(page, Files.readAllBytes(page), generation)
                : "not found".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, Files.isRegularFile(page) ? ContentTypes.of("404.html") : "text/plain; charset=utf-8", body);
    }

    private void buildState(HttpExchange exchange) throws IOException {
        long since = parseSince(exchange.getRequestURI());
        BuildState.Snapshot snapshot;
        try {
            snapshot = state.awaitSnapshotNewerThan(since, LONG_POLL_MILLIS);
        } catch (InterruptedException e) {
            // the server is closing
            Thread.currentThread().interrupt();
            return;
        }
        StringBuilder json = new StringBuilder("{\"generation\":").append(snapshot.generation()).append(",\"errors\":[");
        var errors = snapshot.errors();
        for (int i = 0; i < errors.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(StringEscapeUtils.escapeJson(errors.get(i))).append('"');
        }
        json.append("]}");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, ContentTypes.of("x.json"), json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static long parseSince(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("since=")) {
                try {
                    return Long.parseLong(URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private byte[] withReloadScript(Path file, byte[] body, long generation) {
        if (!file.getFileName().toString().endsWith(".html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return body;
        }
        String tag = "<script src=\"" + basePath + SCRIPT + "\" data-endpoint=\"" + basePath + ENDPOINT
                + "\" data-generation=\"" + generation + "\"></script>\n";
        return (html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, "text/plain; charset=utf-8", ("moved to " + location).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
