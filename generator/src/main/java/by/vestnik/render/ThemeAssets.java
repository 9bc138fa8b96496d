package by.vestnik.render;

import by.vestnik.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files (CSS, fonts, scripts): the plugin's embedded set, overridden or extended
 * file by file by the project's {@code templates/static/}. Each is published under a name that
 * carries a hash of its content ({@code assets/style.1a2b3c4d5e.css}), so browsers may cache it
 * forever and still see every change.
 */
public final class ThemeAssets {
    private static final String EMBEDDED = "/vestnik/static/";

    /** A theme file: its name in templates, its content, and its published path. */
    public record Asset(String name, byte[] content, String path) {
    }

    private final Map<String, Asset> byName = new TreeMap<>();

    public ThemeAssets(Path templatesDir) {
        Map<String, byte[]> files = new TreeMap<>();
        embeddedNames().forEach(name -> files.put(name, embedded(name)));
        Path own = templatesDir.resolve("static");
        if (Files.isDirectory(own)) {
            try (Stream<Path> walk = Files.walk(own)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(own.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + own, e);
            }
        }
        files.forEach((name, content) -> byName.put(name, new Asset(name, content, hashedPath(name, content))));
    }

    public List<Asset> all() {
        return List.copyOf(byName.values());
    }

    /** Published path by theme file name, for templates: {@code assets["style.css"]}. */
    public Map<String, String> paths() {
        Map<String, String> paths = new TreeMap<>();
        byName.forEach((name, asset) -> paths.put(name, asset.path()));
        return paths;
    }

    private static String hashedPath(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String hash = Sha256.hex(content).substring(0, 10);
        return dot <= name.lastIndexOf('/')
                ? "assets/" + name + "." + hash
                : "assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static List<String> embeddedNames() {
        return new String(embedded("files.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static byte[] embedded(String name) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(EMBEDDED + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + EMBEDDED + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EMBEDDED + name, e);
        }
    }
}
