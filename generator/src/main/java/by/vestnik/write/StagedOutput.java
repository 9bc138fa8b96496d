package by.vestnik.write;

import by.vestnik.render.PageSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build without touching the output directory until {@link #commit()}: each produced
 * file is compared with the one already published; only new or changed files are written, into a
 * staging directory beside the output. Commit moves them into place and removes files the build
 * no longer produces; unchanged files keep their bytes and modification times. A build that fails
 * calls {@link #abort()} and the previous site stays exactly as it was.
 */
public final class StagedOutput implements PageSink {
    private final Path outputDir;
    private final Path stagingDir;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    /** What a commit did. */
    public record Stats(int written, int unchanged, int removed) {
    }

    public StagedOutput(Path outputDir) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.stagingDir = this.outputDir.resolveSibling("." + this.outputDir.getFileName() + ".staging");
        deleteTree(stagingDir);
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = claim(path);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Path staged = staged(path);
            Files.write(staged, content);
            changed.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        Path target = claim(path);
        try {
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                return;
            }
            Files.copy(source, staged(path), StandardCopyOption.REPLACE_EXISTING);
            changed.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }

    @Override
    public boolean has(String path) {
        return produced.contains(path);
    }

    /** The bytes this build produced at the path: staged when changed, else the published file. */
    public byte[] read(String path) {
        if (!produced.contains(path)) {
            throw new IllegalArgumentException("the build did not produce " + path);
        }
        try {
            return Files.readAllBytes((changed.contains(path) ? stagingDir : outputDir).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The paths produced so far, whether changed or not. */
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    /** Publishes the changed files and removes the ones no longer produced. */
    public Stats commit() {
        try {
            if (isEmptyOrAbsent(outputDir) && Files.isDirectory(stagingDir)) {
                // nothing to keep: the staged tree becomes the output in one rename
                Files.deleteIfExists(outputDir);
                Files.move(stagingDir, outputDir, StandardCopyOption.ATOMIC_MOVE);
                return new Stats(changed.size(), produced.size() - changed.size(), 0);
            }
            Files.createDirectories(outputDir);
            List<String> toMove = new ArrayList<>(changed);
            toMove.sort(Comparator.naturalOrder());
            for (String path : toMove) {
                Path target = outputDir.resolve(path);
                if (Files.isDirectory(target)) {
                    deleteTree(target);
                }
                Files.createDirectories(target.getParent());
                move(stagingDir.resolve(path), target);
            }
            int removed = removeObsolete();
            deleteTree(stagingDir);
            return new Stats(changed.size(), produced.size() - changed.size(), removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + outputDir, e);
        }
    }

    private static boolean isEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Forgets the build; the output directory was never touched. */
    public void abort() {
        deleteTree(stagingDir);
    }

    private Path claim(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")
                || Arrays.asList(path.split("/")).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("not a safe output path: '" + path + "'");
        }
        if (!produced.add(path)) {
            throw new IllegalStateException("two outputs of the build claim /" + path);
        }
        return outputDir.resolve(path);
    }

    private Path staged(String path) throws IOException {
        Path staged = stagingDir.resolve(path);
        Files.createDirectories(staged.getParent());
        return staged;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes files the build did not produce, then directories left empty. Dot-files at the top stay. */
    private int removeObsolete() throws IOException {
        List<Path> obsolete;
        try (Stream<Path> walk = Files.walk(outputDir)) {
            obsolete = walk.filter(p -> !p.equals(outputDir))
                    .filter(p -> !outputDir.relativize(p).getName(0).toString().startsWith("."))
                    .filter(p -> !Files.isDirectory(p))
                    .filter(p -> !produced.contains(outputDir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        }
        for (Path file : obsolete) {
            Files.delete(file);
        }
        try (Stream<Path> walk = Files.walk(outputDir)) {
            List<Path> dirs = walk.filter(Files::isDirectory).filter(p -> !p.equals(outputDir))
                    .sorted(Comparator.reverseOrder()).toList();
            for (Path dir : dirs) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
        return obsolete.size();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
