package by.vestnik.serve;

import by.vestnik.Reporter;
import by.vestnik.SiteConfig;
import by.vestnik.diag.Diagnostic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * bench/serve/latency.sh: edit-to-served latency of a preview session on the ministry's site.
 * Copies content/ and templates/ to a temporary project, starts a session on a free port, edits
 * one article 10 times and measures, for each, the time from the end of the file write until
 * the page served over HTTP carries the new text (polled every millisecond or so). Then, when
 * wrk is installed, a 10-second load on the home page of one language.
 *
 * <p>Arguments: {@code <repository root> [linkCheck: warn|off|fail] [edits]}.
 */
public final class LatencyBench {
    private LatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        SiteConfig.LinkCheck linkCheck = SiteConfig.LinkCheck.valueOf(
                (args.length > 1 ? args[1] : "warn").toUpperCase(Locale.ROOT));
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path project = Files.createTempDirectory("vestnik-latency");
        ServeFixture.copyTree(root.resolve("content"), project.resolve("content"));
        ServeFixture.copyTree(root.resolve("templates"), project.resolve("templates"));
        Path article = project.resolve("content/news/2025-04-09-sco-expert-group/ru.md");
        String page = "ru/news/2025/sco-expert-group/";
        String original = Files.readString(article);

        SiteConfig config = SiteConfig.builder()
                .projectDir(project)
                .contentDir(project.resolve("content"))
                .templatesDir(project.resolve("templates"))
                .outputDir(project.resolve("target/vestnik-preview"))
                .baseUrl("https://mpt.gov.by/press/")
                .languages(List.of("ru", "be", "en"))
                .timeZone(ZoneId.of("Europe/Minsk"))
                .linkCheck(linkCheck)
                .build();
        StageLog log = new StageLog();
        long firstStart = System.nanoTime();
        try (PreviewSession session = PreviewSession.start(config, log, "127.0.0.1", 0)) {
            System.out.printf("first build and start: %d ms (%s)%n", (System.nanoTime() - firstStart) / 1_000_000, log.take());
            System.out.println("serving " + session.url() + "  linkCheck=" + linkCheck + "  threads=" + config.parallelism());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(session.url() + page)).build();
            String before = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            if (!before.contains("<html")) {
                throw new IllegalStateException("no page at " + page);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(500); // let the previous build's writes and events settle
                log.take();
                String marker = "BENCH-EDIT-" + i + "-" + System.nanoTime();
                String text = original.replaceFirst("(?s)(\\n---\\n+)", "$1" + marker + "\n\n");
                Files.writeString(article, text, StandardCharsets.UTF_8);
                long written = System.nanoTime();
                int polls = 0;
                while (true) {
                    polls++;
                    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains(marker)) {
                        break;
                    }
                    if (System.nanoTime() - written > Duration.ofSeconds(120).toNanos()) {
                        throw new IllegalStateException("edit " + i + " not served within 120 s");
                    }
                    Thread.sleep(1);
                }
                double ms = (System.nanoTime() - written) / 1e6;
                millis.add(ms);
                Thread.sleep(50); // the build is announced just after its files are written
                System.out.printf("edit %2d: %8.1f ms  (%d polls; %s)%n", i, ms, polls, log.take());
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("median %.1f ms; min %.1f; max %.1f; all %s%n", median, sorted.get(0),
                    sorted.get(sorted.size() - 1), Arrays.toString(millis.stream().map(m -> Math.round(m)).toArray()));

            if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
                String url = session.url() + "ru/";
                List<String> wrk = List.of("wrk", "-t2", "-c16", "-d10s", "--latency", url);
                System.out.println("$ " + String.join(" ", wrk));
                Process process = new ProcessBuilder(wrk).inheritIO().start();
                System.out.println("wrk exit " + process.waitFor());
            } else {
                System.out.println("wrk not installed (apt-get install -y wrk): no load run");
            }
        }
    }

    /** Keeps the engine's per-stage timings (debug) and build lines (info) between two takes. */
    private static final class StageLog implements Reporter {
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void diagnostic(Diagnostic diagnostic) {
            if (diagnostic.isError()) {
                lines.add(diagnostic.format(null));
            }
        }

        @Override
        public synchronized void info(String message) {
            lines.add(message.replaceFirst(":.*", ""));
        }

        @Override
        public synchronized void debug(String message) {
            lines.add(message);
        }

        synchronized String take() {
            String text = String.join(", ", lines);
            lines.clear();
            return text;
        }
    }
}
