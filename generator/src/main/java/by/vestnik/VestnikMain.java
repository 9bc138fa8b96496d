package by.vestnik;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The engine from a plain command line, for benchmarks, scripts and a quick look without Maven:
 * {@code java -cp … by.vestnik.VestnikMain --project . --base-url https://example.gov.by/}.
 */
public final class VestnikMain {
    private VestnikMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        SiteConfig.Builder builder = SiteConfig.builder().project(Path.of("."));
        boolean verbose = false;
        boolean translations = false;
        int servePort = -1;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--verbose" -> verbose = true;
                    case "--drafts" -> builder.drafts(true);
                    case "--translations" -> translations = true;
                    case "--allow-mass-removal" -> builder.allowMassRemoval(true);
                    case "--no-search" -> builder.search(false);
                    case "--serve" -> servePort = Integer.parseInt(args[++i]);
                    case "--help" -> {
                        System.out.println(usage());
                        return 0;
                    }
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(option + " needs a value\n" + usage());
                        }
                        apply(builder, option, args[++i]);
                    }
                }
            }
            SiteConfig config = builder.build();
            Reporter reporter = Reporter.console(config.projectDir(), verbose);
            if (servePort >= 0) {
                try (var session = by.vestnik.serve.PreviewSession.start(config, reporter, "127.0.0.1", servePort)) {
                    reporter.info("serving " + session.url());
                    session.awaitTermination();
                }
                return 0;
            }
            if (translations) {
                var coverage = Vestnik.translations(config, reporter);
                coverage.lines().forEach(System.out::println);
                return config.requiredTranslations().stream().allMatch(l -> coverage.missing(l).isEmpty()) ? 0 : 1;
            }
            BuildResult result = Vestnik.build(config, reporter);
            reporter.info(result.summary());
            return 0;
        } catch (BuildFailedException e) {
            System.err.println("vestnik: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("vestnik: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("vestnik: cannot serve: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void apply(SiteConfig.Builder builder, String option, String value) {
        switch (option) {
            case "--project" -> builder.project(Path.of(value));
            case "--content" -> builder.contentDir(Path.of(value));
            case "--templates" -> builder.templatesDir(Path.of(value));
            case "--output" -> builder.outputDir(Path.of(value));
            case "--base-url" -> builder.baseUrl(value);
            case "--languages" -> builder.languages(Arrays.asList(value.split(",")));
            case "--time-zone" -> builder.timeZone(ZoneId.of(value));
            case "--now" -> builder.now(Instant.parse(value));
            case "--feed-size" -> builder.feedSize(Integer.parseInt(value));
            case "--page-size" -> builder.pageSize(Integer.parseInt(value));
            case "--threads" -> builder.threads(Integer.parseInt(value));
            case "--required-translations" -> builder.requiredTranslations(Arrays.asList(value.split(",")));
            case "--link-check" -> builder.linkCheck(SiteConfig.LinkCheck.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            case "--image-cache" -> builder.images(images -> images.withCacheDir(Path.of(value)));
            case "--image-widths" -> builder.images(images -> images.withWidths(
                    Arrays.stream(value.split(",")).map(w -> Integer.parseInt(w.trim())).toList()));
            default -> throw new IllegalArgumentException("unknown option " + option + "\n" + usage());
        }
    }

    private static String usage() {
        return String.join("\n", List.of(
                "usage: VestnikMain --base-url URL [--project DIR] [--content DIR] [--templates DIR] [--output DIR]",
                "                   [--languages ru,be,en] [--time-zone Europe/Minsk] [--now 2025-01-01T00:00:00Z]",
                "                   [--feed-size 20] [--page-size 10] [--threads 0] [--link-check fail|warn|off]",
                "                   [--image-cache DIR] [--image-widths 480,800,1200,1600]",
                "                   [--required-translations ru,be] [--drafts] [--allow-mass-removal] [--no-search] [--verbose] [--serve PORT]",
                "       VestnikMain --translations … lists the stories without a version in each language"));
    }
}
