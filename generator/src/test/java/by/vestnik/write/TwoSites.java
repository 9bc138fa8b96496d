package by.vestnik.write;

import by.vestnik.Reporter;
import by.vestnik.diag.Diagnostic;
import by.vestnik.load.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Two versions of a site of the same size for the publishing tests: B rewrites every tenth file
 * of A, drops every twentieth and adds as many new ones; the rest are the same bytes. Files
 * Vestnik never wrote are planted in the output once and must be in every state of it.
 */
final class TwoSites {
    static final Map<String, String> FOREIGN = Map.of("law/index.html", "<p>the law section, not Vestnik's</p>",
            "favicon.ico", "icon bytes", ".htaccess", "DirectoryIndex index.html");

    private TwoSites() {
    }

    static Map<String, byte[]> version(char version, int files) {
        Map<String, byte[]> site = new TreeMap<>();
        for (int i = 0; i < files; i++) {
            boolean dropped = version == 'B' && i % 20 == 7;
            if (!dropped) {
                boolean rewritten = version == 'B' && i % 10 == 3;
                site.put("p" + i / 100 + "/" + i + ".html", page(i, rewritten ? "B" : "A"));
            }
            if (version == 'B' && i % 20 == 7) {
                site.put("q" + i / 100 + "/" + i + ".html", page(i, "B new"));
            }
        }
        return site;
    }

    private static byte[] page(int i, String version) {
        return ("<!DOCTYPE html><title>" + i + "</title><p>page " + i + " of version " + version + "</p>"
                + "<p>" + "text ".repeat(30) + "</p>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Publishes a version through the given disk, as a build does: write every file, prepare, commit. */
    static StagedOutput.Stats publish(Path output, Map<String, byte[]> site, Disk disk) {
        StagedOutput staged = StagedOutput.open(output, disk, QUIET);
        try {
            site.forEach(staged::write);
            StagedOutput.Plan plan = staged.prepare();
            if (!plan.conflicts().isEmpty()) {
                throw new IllegalStateException("conflicts: " + plan.conflicts());
            }
        } catch (RuntimeException e) {
            staged.abort();
            throw e;
        }
        return staged.commit(1);
    }

    static void plantForeign(Path output) throws IOException {
        for (Map.Entry<String, String> file : FOREIGN.entrySet()) {
            Path path = output.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /**
     * The same, without waiting for the disk in {@code sync}: for tests of {@code kill -9}, which
     * loses nothing the kernel already has (a power cut would; the syncs are still counted as steps).
     */
    static class NoSyncDisk extends CountingDisk {
        NoSyncDisk(long limit, Action atLimit, boolean exchanges) {
            super(limit, atLimit, exchanges);
        }

        @Override
        public void sync(Path path) throws IOException {
            step();
        }
    }

    /** What a reader of the output would get: every file (not following links) with its checksum. */
    static Map<String, Long> snapshot(Path output) {
        Map<String, Long> files = new TreeMap<>();
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(p).toString().replace('\\', '/'), ContentHash.of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The snapshot a reader must see when the site is published with the foreign files kept. */
    static Map<String, Long> expected(Map<String, byte[]> site) {
        Map<String, Long> files = new TreeMap<>();
        site.forEach((path, bytes) -> files.put(path, ContentHash.of(bytes)));
        FOREIGN.forEach((path, text) -> files.put(path, ContentHash.of(text.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    static final Reporter QUIET = new Reporter() {
        @Override
        public void diagnostic(Diagnostic diagnostic) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };

    /**
     * The real disk, with every operation counted; from operation {@code limit} on, {@code atLimit}
     * runs first. Without {@code exchanges}, like a file system that cannot swap directories.
     */
    static class CountingDisk implements Disk {
        interface Action {
            void run(long operation) throws IOException;
        }

        final AtomicLong operations = new AtomicLong();
        private final long limit;
        private final Action atLimit;
        private final boolean exchanges;
        private final Disk disk = Disk.system();

        CountingDisk(long limit, Action atLimit, boolean exchanges) {
            this.limit = limit;
            this.atLimit = atLimit;
            this.exchanges = exchanges;
        }

        void step() throws IOException {
            long n = operations.getAndIncrement();
            if (n >= limit) {
                atLimit.run(n);
            }
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            step();
            disk.write(file, content);
        }

        @Override
        public void copy(Path source, Path target) throws IOException {
            step();
            disk.copy(source, target);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            step();
            disk.link(link, existing);
        }

        @Override
        public void createDirectories(Path dir) throws IOException {
            step();
            disk.createDirectories(dir);
        }

        @Override
        public void sync(Path path) throws IOException {
            step();
            disk.sync(path);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            step();
            disk.rename(from, to);
        }

        @Override
        public void exchange(Path a, Path b) throws IOException {
            step();
            if (!exchanges) {
                throw new UnsupportedOperationException("this disk cannot exchange directories");
            }
            disk.exchange(a, b);
        }

        @Override
        public void delete(Path path) throws IOException {
            step();
            disk.delete(path);
        }
    }
}
