package by.vestnik.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 9,000-file site is published over the previous one by a child JVM that is killed
 * ({@code Process.destroyForcibly}, SIGKILL on Unix) at 20 random moments: each is a random disk
 * operation of the publish (every third among its last dozen: the manifest, the swap, the tidying),
 * at which the child stops and says so, so that the kill lands exactly there and a seed repeats a run. Every time, the output is exactly the old site or exactly the new
 * one, and the next build finishes with the new one.
 */
class PublishCrashTest {
    static final int FILES = 9_000;
    static final int KILLS = 20;
    static final Map<Character, Map<String, byte[]>> SITES = Map.of('A', TwoSites.version('A', FILES),
            'B', TwoSites.version('B', FILES));

    /** Instead of a step: stop where the staging tree is renamed to the output. */
    static final long BETWEEN_RENAMES = -1;
    static final java.util.concurrent.atomic.AtomicLong CHILD_CPU_MILLIS = new java.util.concurrent.atomic.AtomicLong();
    static final Disk DISK = new TwoSites.NoSyncDisk(Long.MAX_VALUE, n -> { }, true);

    @TempDir
    Path tmp;

    @Test
    void killedAtAnyMomentTheOutputIsTheOldSiteOrTheNewOne() throws Exception {
        Path output = tmp.resolve("site-output");
        Map<Character, Long> operations = oldSites(output);
        char current = 'B';

        long seed = Long.getLong("vestnik.crash.seed", System.nanoTime());
        System.out.println("PublishCrashTest: " + operations + " disk operations per publish of A and of B, seed " + seed
                + " (-Dvestnik.crash.seed=" + seed + " repeats this run)");
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            char next = current == 'A' ? 'B' : 'A';
            long total = operations.get(next);
            // most moments anywhere in the publish (a few past its end: the child finishes); every
            // third one of its last six steps, in turn: the manifest's sync, the exchange, the tidying after it
            long step = kill % 3 == 2 ? total - 1 - (kill / 3) % 6 : (long) (random.nextDouble() * total * 1.03);
            boolean killed = publishInChild(output, next, step, true);
            Map<String, Long> seen = TwoSites.snapshot(output);
            boolean isOld = seen.equals(TwoSites.expected(SITES.get(current)));
            boolean isNew = seen.equals(TwoSites.expected(SITES.get(next)));
            String moment = "operation " + step + " of " + total;
            if (!isOld && !isNew) {
                fail("killed at " + moment + ": the output is neither the old site nor the new one (" + seen.size() + " files)");
            }
            outcomes.add((killed ? "killed at " : "finished before ") + moment + ": " + (isNew ? "new" : "old"));

            TwoSites.publish(output, SITES.get(next), DISK);
            assertEquals(TwoSites.expected(SITES.get(next)), TwoSites.snapshot(output),
                    "the build after the kill at " + moment + " finishes with the new site");
            current = next;
        }
        System.out.println("PublishCrashTest: " + String.join("; ", outcomes) + "; CPU time of the children "
                + CHILD_CPU_MILLIS.get() + " ms, of this JVM so far "
                + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L) + " ms");
        assertTrue(outcomes.stream().filter(o -> o.startsWith("killed")).count() >= KILLS / 2, outcomes.toString());
        assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("killed") && o.endsWith("new")),
                "some kills land after the exchange: " + outcomes);
    }

    /**
     * Where the file system cannot exchange directories, the output is absent between the two
     * renames of the swap (the README says so); a kill there leaves the new tree whole in
     * staging, and the next build puts it in place.
     */
    @Test
    void killedBetweenTheTwoRenamesTheNextBuildPutsTheNewSiteInPlace() throws Exception {
        Path output = tmp.resolve("site-output");
        Files.createDirectories(output);
        TwoSites.plantForeign(output);
        TwoSites.publish(output, SITES.get('A'), DISK);
        assertTrue(publishInChild(output, 'B', BETWEEN_RENAMES, false));
        assertTrue(TwoSites.snapshot(output).isEmpty(), "killed between the renames: no output");
        assertEquals(TwoSites.expected(SITES.get('B')), TwoSites.snapshot(tmp.resolve(".site-output.staging")),
                "the new site is whole beside it");
        TwoSites.publish(output, SITES.get('A'), DISK);
        assertEquals(TwoSites.expected(SITES.get('A')), TwoSites.snapshot(output));
    }

    /** Publishes A then B into a web root; returns how many disk operations each later publish takes. */
    private static Map<Character, Long> oldSites(Path output) throws IOException {
        Files.createDirectories(output);
        TwoSites.plantForeign(output);
        TwoSites.publish(output, SITES.get('A'), DISK);
        TwoSites.publish(output, SITES.get('B'), DISK);
        // counted where every later publish starts: with the tree the last one replaced still beside the output
        Map<Character, Long> operations = new java.util.TreeMap<>();
        for (char version : new char[] {'A', 'B'}) {
            TwoSites.CountingDisk counter = new TwoSites.NoSyncDisk(Long.MAX_VALUE, n -> { }, true);
            TwoSites.publish(output, SITES.get(version), counter);
            operations.put(version, counter.operations.get());
        }
        return operations;
    }

    /** Runs {@link Child} and kills it when it reaches the step; false when it finished first. */
    private static boolean publishInChild(Path output, char version, long step, boolean exchange) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), output.toString(),
                String.valueOf(version), String.valueOf(step), String.valueOf(exchange))
                .redirectErrorStream(true).start();
        CompletableFuture<String> said = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder all = new StringBuilder();
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.equals("STOPPED") || line.equals("PUBLISHED")) {
                        return line;
                    }
                    all.append(line).append('\n');
                }
                return "ended: " + all;
            } catch (IOException e) {
                return "unreadable: " + e;
            }
        });
        String line = said.get(120, TimeUnit.SECONDS);
        child.info().totalCpuDuration().ifPresent(cpu -> CHILD_CPU_MILLIS.addAndGet(cpu.toMillis()));
        child.destroyForcibly();
        child.waitFor(60, TimeUnit.SECONDS);
        if (!line.equals("STOPPED") && !line.equals("PUBLISHED")) {
            fail("the child publishing " + version + " failed: " + line);
        }
        return line.equals("STOPPED");
    }

    /** The publishing JVM: publishes a version, and stops dead at the given disk operation. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path output = Path.of(args[0]);
            long step = Long.parseLong(args[2]);
            boolean exchanges = Boolean.parseBoolean(args[3]);
            Disk disk = step == BETWEEN_RENAMES
                    ? new TwoSites.NoSyncDisk(Long.MAX_VALUE, n -> { }, exchanges) {
                        @Override
                        public void rename(Path from, Path to) throws IOException {
                            if (from.getFileName().toString().equals(".site-output.staging") && to.equals(output)) {
                                stop();
                            }
                            super.rename(from, to);
                        }
                    }
                    : new TwoSites.NoSyncDisk(step, n -> stop(), exchanges);
            TwoSites.publish(output, TwoSites.version(args[1].charAt(0), FILES), disk);
            System.out.println("PUBLISHED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }

        private static void stop() throws IOException {
            System.out.println("STOPPED");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
        }
    }
}
