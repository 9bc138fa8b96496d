package by.vestnik.serve;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.Reporter;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import by.vestnik.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code vestnik:serve}: builds the site, serves it, watches the content and templates, rebuilds
 * on every change (only changed files are rewritten) and tells open pages to reload. A broken
 * file does not stop anything: its errors are printed and shown over the page, and the last good
 * build stays served until the file is fixed.
 */
public final class PreviewSession implements AutoCloseable {
    private static final long SETTLE_MILLIS = 40;

    /** Keeps parsed templates and strings from one rebuild to the next. */
    private final Vestnik.Session builds = new Vestnik.Session();
    private final SiteConfig config;
    private final Reporter reporter;
    private final BuildState state = new BuildState();
    private final WatchService watcher;
    private final DevServer server;
    private final Thread watchThread;

    private PreviewSession(SiteConfig config, Reporter reporter, String host, int port) throws IOException {
        this.config = config;
        this.reporter = reporter;
        rebuild();
        this.server = new DevServer(config.outputDir(), config.baseUrl().getRawPath(), state, host, port);
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            for (Path dir : List.of(config.contentDir(), config.templatesDir())) {
                registerTree(dir);
            }
        } catch (IOException | RuntimeException e) {
            // no session to close: stop serving here, or the port stays taken
            server.close();
            throw e;
        }
        this.watchThread = new Thread(this::watch, "vestnik-watch");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    /** Builds once and starts serving on {@code host:port} (port 0: any free port). */
    public static PreviewSession start(SiteConfig config, Reporter reporter, String host, int port) throws IOException {
        return new PreviewSession(config, reporter, host, port);
    }

    public int port() {
        return server.port();
    }

    /** The local address of the site's root, under the base URL's sub-path. */
    public String url() {
        return "http://127.0.0.1:" + port() + config.baseUrl().getRawPath();
    }

    /** How many open pages are waiting for the next build at this moment (their long-polls held open). */
    int pagesWaitingForABuild() {
        return state.waiting();
    }

    /** Blocks until the JVM is stopped (Ctrl-C). */
    public void awaitTermination() throws InterruptedException {
        watchThread.join();
    }

    @Override
    public void close() {
        server.close();
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        // when link problems are only warnings, the check cannot change what is served: pages are
        // announced (and reload) as soon as they are written, and the check runs after that
        boolean checkAfter = config.linkCheck() == SiteConfig.LinkCheck.WARN;
        SiteConfig buildConfig = checkAfter ? withoutCheck(config) : config;
        try {
            BuildResult result = builds.build(buildConfig, reporter);
            reporter.info("rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + result.summary());
            state.succeeded();
        } catch (BuildFailedException e) {
            reporter.info("the build failed; still serving the last good build");
            state.failed(e.diagnostics(), config.projectDir());
            return;
        } catch (RuntimeException e) {
            reporter.info("the build failed: " + e);
            state.failed(List.of(Diagnostic.error(null, 0, String.valueOf(e.getMessage()))), config.projectDir());
            return;
        }
        if (checkAfter) {
            long checkStart = System.nanoTime();
            try {
                List<Diagnostic> findings = Vestnik.check(config, reporter);
                reporter.debug("check (after serving): " + (System.nanoTime() - checkStart) / 1_000_000 + " ms, "
                        + findings.size() + " findings");
            } catch (BuildFailedException | RuntimeException e) {
                reporter.info("the link check failed: " + e.getMessage());
            }
        }
    }

    private static SiteConfig withoutCheck(SiteConfig c) {
        return c.toBuilder().linkCheck(SiteConfig.LinkCheck.OFF).build();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    rebuild();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // the session was closed
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                registerTree(dir.resolve(name));
            }
        }
        key.reset();
        return true;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }
}
