package by.vestnik.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An I/O error at any step of publishing, injected through the {@link Disk} seam: until the swap
 * the build fails and the output is the old site, file for file; after it (tidying) the build
 * succeeds with the new site; either way the next build publishes the new one.
 */
class PublishFaultTest {
    static final int FILES = 300;
    static final Map<String, byte[]> A = TwoSites.version('A', FILES);
    static final Map<String, byte[]> B = TwoSites.version('B', FILES);

    @TempDir
    Path tmp;
    Path output;

    @BeforeEach
    void oldSite() throws IOException {
        output = tmp.resolve("site-output");
        Files.createDirectories(output);
        TwoSites.plantForeign(output);
        TwoSites.publish(output, A, Disk.system());
        assertEquals(TwoSites.expected(A), TwoSites.snapshot(output));
    }

    @Test
    void anIoErrorAtAnyStepLeavesTheOldSiteAndTheNextBuildPublishesTheNewOne() {
        // the disk is the real one, less the waits of fsync (the steps are still there to fail)
        Disk disk = new TwoSites.NoSyncDisk(Long.MAX_VALUE, n -> { }, true);
        // each failing publish of B starts where the loop leaves off: A published, the tree of a
        // publish of B beside it (the next staging tree); the count is taken from that state
        TwoSites.publish(output, B, disk);
        TwoSites.publish(output, A, disk);
        TwoSites.CountingDisk counter = new TwoSites.NoSyncDisk(Long.MAX_VALUE, n -> { }, true);
        TwoSites.publish(output, B, counter);
        long operations = counter.operations.get();
        TwoSites.publish(output, A, disk);

        long seed = Long.getLong("vestnik.fault.seed", System.nanoTime());
        System.out.println("PublishFaultTest: " + operations + " disk operations per publish, seed " + seed
                + " (-Dvestnik.fault.seed=" + seed + " repeats this run)");
        Random random = new Random(seed);
        TreeSet<Long> steps = new TreeSet<>();
        for (long last = Math.max(0, operations - 12); last < operations; last++) {
            steps.add(last); // the sync of the manifest, the swap and the tidying after it, every one
        }
        while (steps.size() < 40) {
            steps.add((long) random.nextInt((int) operations));
        }
        int failed = 0;
        for (long step : steps) {
            TwoSites.CountingDisk failing = new TwoSites.NoSyncDisk(step, n -> {
                throw new IOException("injected I/O error at disk operation " + n);
            }, true);
            boolean published;
            try {
                TwoSites.publish(output, B, failing);
                published = true;
            } catch (UncheckedIOException e) {
                assertTrue(e.getMessage().contains("injected I/O error"), e.getMessage());
                published = false;
                failed++;
            }
            assertEquals(TwoSites.expected(published ? B : A), TwoSites.snapshot(output),
                    "after an I/O error at operation " + step + " of " + operations + ", the " + (published ? "new" : "old")
                            + " site exactly");
            TwoSites.publish(output, B, disk);
            assertEquals(TwoSites.expected(B), TwoSites.snapshot(output), "the next build publishes the new site");
            assertEquals(List.of(".site-output.manifest", ".site-output.previous", ".site-output.previous.listing", "site-output"), beside(),
                    "nothing else is left beside the output");
            TwoSites.publish(output, A, disk);
        }
        assertTrue(failed > 30, "most steps come before the swap: " + failed + " of " + steps.size());
    }

    @Test
    void withoutAnAtomicExchangeTheSiteIsReplacedByTwoRenames() {
        Disk renamesOnly = new TwoSites.CountingDisk(Long.MAX_VALUE, n -> { }, false);
        TwoSites.publish(output, B, renamesOnly);
        assertEquals(TwoSites.expected(B), TwoSites.snapshot(output));
        TwoSites.publish(output, A, renamesOnly);
        assertEquals(TwoSites.expected(A), TwoSites.snapshot(output));
    }

    @Test
    void unchangedFilesKeepTheirInodeAndTime() throws IOException {
        Path same = output.resolve("p0/0.html");
        Path foreign = output.resolve("favicon.ico");
        Object inode = Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Object foreignInode = Files.readAttributes(foreign, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Files.setLastModifiedTime(same, java.nio.file.attribute.FileTime.fromMillis(946_684_800_000L));
        StagedOutput.Stats stats = TwoSites.publish(output, B, Disk.system());
        assertEquals(inode, Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(946_684_800_000L, Files.getLastModifiedTime(same).toMillis());
        assertEquals(foreignInode, Files.readAttributes(foreign, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(FILES / 10 + FILES / 20, stats.written(), "the rewritten and the new files only");
        assertEquals(FILES / 20, stats.removed());
        assertEquals(TwoSites.FOREIGN.size(), stats.kept());
        assertFalse(Files.exists(output.resolve("p0/7.html")), "a file the last build published and this one does not");
    }

    private List<String> beside() {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
