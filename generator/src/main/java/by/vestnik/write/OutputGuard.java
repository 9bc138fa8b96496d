package by.vestnik.write;

import by.vestnik.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output directories where replacing the contents would destroy something that is not
 * generated output: the project itself, its content or templates, a filesystem root, a home
 * directory. Checked before anything is written.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /** The reason the output directory is refused, or empty when it is safe to write. */
    public static Optional<String> refusal(SiteConfig config) {
        Path out = real(config.outputDir());
        Path project = real(config.projectDir());
        Path content = real(config.contentDir());
        Path templates = real(config.templatesDir());
        Path home = real(Path.of(System.getProperty("user.home")));
        if (out.getParent() == null) {
            return Optional.of("is a filesystem root");
        }
        if (out.equals(home)) {
            return Optional.of("is a home directory");
        }
        if (project.startsWith(out)) {
            return Optional.of("is the project directory or one of its parents");
        }
        if (content.startsWith(out) || out.startsWith(content)) {
            return Optional.of("contains the content directory or lies inside it");
        }
        if (templates.startsWith(out) || out.startsWith(templates)) {
            return Optional.of("contains the templates directory or lies inside it");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("is a file, not a directory");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists, so that a link cannot hide a parent. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
