package by.vestnik;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Progress of a long build in the log: a stage still running after a few seconds says how far it
 * got, every few seconds, at INFO ("render: 12,000 of 30,000 articles, 14,210 pages"). A build of
 * a few seconds logs nothing of it.
 */
final class StageProgress implements AutoCloseable {
    private static final long FIRST_AFTER_MILLIS = 3_000;
    private static final long EVERY_MILLIS = 5_000;

    private final Reporter reporter;
    /** The ticks' thread, once made: joined on close (a terminated executor's thread may still be finishing). */
    private final java.util.concurrent.atomic.AtomicReference<Thread> thread = new java.util.concurrent.atomic.AtomicReference<>();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread made = new Thread(work, "vestnik-progress");
        made.setDaemon(true);
        thread.set(made);
        return made;
    });

    StageProgress(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Runs one stage; while it runs, {@code status} is logged now and then. */
    <T> T run(String stage, Supplier<String> status, Supplier<T> work) {
        long start = System.nanoTime();
        ScheduledFuture<?> tick = ticks.scheduleAtFixedRate(() -> reporter.info(stage + ": " + status.get()),
                FIRST_AFTER_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            tick.cancel(false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis >= FIRST_AFTER_MILLIS) {
                reporter.info(stage + ": done in " + String.format(java.util.Locale.ROOT, "%,d", millis) + " ms");
            } else {
                reporter.debug(stage + ": " + millis + " ms");
            }
        }
    }

    /** Stops the ticks; their thread is gone when this returns (a preview server checks that nothing is left running). */
    @Override
    public void close() {
        ticks.shutdownNow();
        try {
            Thread made = thread.get();
            if (made != null) {
                made.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
