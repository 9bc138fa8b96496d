package by.vestnik.load;

import by.vestnik.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Checks the project's {@code templates/} before anything renders, so that each problem is a
 * diagnostic naming the file: FreeMarker would refuse a link out of the directory with a
 * {@code SecurityException}, wait forever on a named pipe, and read bytes that are not UTF-8 as
 * replacement characters without a word.
 */
public final class TemplateFiles {
    /** Files read as text: templates and interface strings. Theme files are copied as bytes. */
    private static final List<String> TEXT = List.of(".ftl", ".ftlh", ".ftlx", ".properties");

    private TemplateFiles() {
    }

    public static void check(Path templatesDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(templatesDir)) {
            return;
        }
        Path realRoot;
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(templatesDir)) {
            realRoot = templatesDir.toRealPath();
            entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(templatesDir, 0, "cannot list the templates directory: " + message(e));
            return;
        }
        for (Path file : entries) {
            checkFile(file, realRoot, diagnostics);
        }
    }

    private static void checkFile(Path file, Path realRoot, Diagnostics diagnostics) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            diagnostics.error(file, 0, "is a symbolic link to nothing (" + message(e) + "); remove it or copy the file here");
            return;
        }
        if (!real.startsWith(realRoot)) {
            diagnostics.error(file, 0, "is a symbolic link to " + real + ", outside the templates directory; "
                    + "copy the file into the templates directory instead");
            return;
        }
        if (Files.isDirectory(real)) {
            return;
        }
        if (!Files.isRegularFile(real)) {
            diagnostics.error(file, 0, "is not a regular file (a named pipe or a device?); a template must be a file");
            return;
        }
        boolean text = TEXT.stream().anyMatch(file.getFileName().toString()::endsWith);
        try {
            if (text) {
                int bad = ContentText.firstBadLine(Files.readAllBytes(real));
                if (bad > 0) {
                    diagnostics.error(file, bad, "the file is not valid UTF-8; save it as UTF-8");
                }
            } else {
                Files.newInputStream(real).close();
            }
        } catch (IOException e) {
            diagnostics.error(file, 0, "cannot read the file: " + message(e));
        }
    }

    private static String message(IOException e) {
        return Objects.toString(e.getMessage(), e.toString());
    }
}
