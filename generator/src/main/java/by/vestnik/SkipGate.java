package by.vestnik;

import by.vestnik.load.InputFingerprint;
import by.vestnik.load.InputHashes;
import by.vestnik.write.BuildRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a build may stop before it loads anything: the inputs are the recorded ones (by
 * content, their checksums remembered by file identity), no story fell due since (and the clock
 * was not set back), and the output is as recorded. The output tree is walked while the inputs
 * are: on a large site the two walks are nearly all an unchanged rebuild costs, and the output
 * walk stops as soon as the inputs differ.
 */
final class SkipGate {
    private final Optional<BuildRecord> last;
    private final String inputs;
    private final boolean unchanged;
    private final InputHashes hashes;

    private SkipGate(Optional<BuildRecord> last, String inputs, boolean unchanged, InputHashes hashes) {
        this.last = last;
        this.inputs = inputs;
        this.unchanged = unchanged;
        this.hashes = hashes;
    }

    /** @param mustBuild true when something (a warning to show again) requires a build whatever the record says */
    static SkipGate evaluate(SiteConfig config, String settings, boolean mustBuild, ForkJoinPool pool) {
        // the record is read and the output checked against it while the inputs are fingerprinted
        CompletableFuture<Optional<BuildRecord>> record = CompletableFuture.supplyAsync(() -> BuildRecord.read(config.outputDir()));
        AtomicBoolean rebuilding = new AtomicBoolean();
        CompletableFuture<Boolean> outputAsRecorded = record.thenApply(found -> found
                .map(last -> last.describes(config.outputDir(), rebuilding::get)).orElse(false));
        InputHashes hashes = InputHashes.read(BuildRecord.inputHashes(config.outputDir()));
        String inputs = pool.submit(() -> InputFingerprint.of(settings, List.of(config.contentDir(), config.templatesDir()), hashes)).join();
        hashes.fingerprinted();
        Optional<BuildRecord> last = record.join();
        rebuilding.set(mustBuild || last.isEmpty() || !last.get().isCurrent(inputs, config.now()));
        boolean unchanged = !rebuilding.get() && outputAsRecorded.join();
        // only a skipped build reports from the record; a build lets it go (tens of MB at 3 x 10,000)
        return new SkipGate(unchanged ? last : Optional.empty(), inputs, unchanged, hashes);
    }

    /**
     * Keeps the input checksums for the next build; called once this one succeeded (a failed
     * build leaves nothing new beside the output).
     */
    void rememberInputs(SiteConfig config, Reporter reporter) {
        try {
            hashes.write(BuildRecord.inputHashes(config.outputDir()));
        } catch (java.io.IOException e) {
            reporter.debug("cannot remember the input checksums beside the output: " + e.getMessage());
        }
    }

    /** The loader has what it needed of the fingerprint: what the next build is to know is kept as text, the rest let go. */
    void loaded() {
        hashes.seal();
    }

    /** The content of each input file as fingerprinted, for the loader: see {@link InputHashes#content}. */
    java.util.Optional<InputHashes.Content> fingerprinted(java.nio.file.Path file) {
        return hashes.content(file);
    }

    /** True when the output is the site this build would make. */
    boolean unchanged() {
        return unchanged;
    }

    /** The digest of the inputs, for the record of this build. */
    String inputs() {
        return inputs;
    }

    /** What the skipped build reports: the last build's figures, nothing written. */
    BuildResult skipped(int languages, java.time.Duration elapsed) {
        BuildRecord record = last.orElseThrow();
        return new BuildResult(record.pages(), record.feeds(), languages, 0, record.fileCount() - record.kept(), 0,
                record.kept(), 0, elapsed);
    }
}
