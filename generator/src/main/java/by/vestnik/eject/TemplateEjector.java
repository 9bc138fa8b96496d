package by.vestnik.eject;

import by.vestnik.diag.Diagnostic;
import by.vestnik.render.EmbeddedTheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code vestnik:eject}: copies embedded theme files into the project's {@code templates/}, where
 * they override the embedded ones, as the start of a project's own version. Never overwrites:
 * when a requested file is there already, or a name is unknown, nothing at all is copied and each
 * problem is a diagnostic, so a second run cannot undo anyone's edits.
 */
public final class TemplateEjector {
    private final Path templatesDir;

    public TemplateEjector(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /** What an ejection did: the files written, or the problems that stopped it (then none written). */
    public record Result(List<Path> written, List<Diagnostic> problems) {
    }

    /**
     * Copies the named files: names as in {@link EmbeddedTheme#names()}, or a folder of them
     * ({@code messages}, {@code static}), or {@code all}.
     */
    public Result eject(List<String> requested) throws IOException {
        List<String> available = EmbeddedTheme.names();
        Set<String> chosen = new LinkedHashSet<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String raw : requested) {
            String name = raw.strip().replace('\\', '/').replaceFirst("^templates/", "");
            List<String> matching = matching(name, available);
            if (matching.isEmpty()) {
                problems.add(Diagnostic.error(null, 0, "'" + raw.strip() + "' is not an embedded theme file; "
                        + "name one of: " + String.join(", ", available) + " (or messages, static, all)"));
            }
            chosen.addAll(matching);
        }
        for (String name : chosen) {
            Path target = templatesDir.resolve(name);
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Diagnostic.error(target, 0, "exists already, not overwritten: it is the project's own "
                        + "version (remove or rename it to start again from the embedded " + name + ")"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Path> written = new ArrayList<>();
        for (String name : chosen) {
            Path target = templatesDir.resolve(name);
            Files.createDirectories(target.getParent());
            // CREATE_NEW: a file that appeared since the check above is still not overwritten
            Files.write(target, EmbeddedTheme.read(name).orElseThrow(), StandardOpenOption.CREATE_NEW);
            written.add(target);
        }
        return new Result(written, List.of());
    }

    private static List<String> matching(String name, List<String> available) {
        if (name.equals("all")) {
            return available;
        }
        if (available.contains(name)) {
            return List.of(name);
        }
        String folder = name.endsWith("/") ? name : name + "/";
        return available.stream().filter(n -> n.startsWith(folder)).toList();
    }
}
