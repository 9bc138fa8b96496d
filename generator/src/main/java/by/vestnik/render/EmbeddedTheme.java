package by.vestnik.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme embedded in the plugin, named as a project's {@code templates/} names its overrides:
 * {@code article.ftlh}, {@code static/style.css}, {@code messages/messages_en.properties}. Listed
 * from the jar (or the class directory) itself, so that a file added to the theme is listed without
 * an index to keep in step.
 */
public final class EmbeddedTheme {
    private static final String ROOT = "vestnik/";
    /**
     * Where each kind lives in the jar (as TemplateEngine, ThemeAssets and Messages read them),
     * and the prefix of its name under {@code templates/}: templates are at its top, flat.
     */
    private record Folder(String prefix, String resources) {
    }

    private static final List<Folder> FOLDERS = List.of(
            new Folder("", ROOT + "templates/"),
            new Folder("static/", ROOT + "static/"),
            new Folder("messages/", ROOT + "messages/"));
    /** Files in those folders that are the plugin's bookkeeping, not part of the theme. */
    private static final List<String> NOT_THEME = List.of("static/files.txt");

    private EmbeddedTheme() {
    }

    /** Every embedded file, by its name under {@code templates/}, sorted. */
    public static List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (String resource : resources()) {
            for (Folder folder : FOLDERS) {
                if (resource.startsWith(folder.resources()) && !resource.endsWith("/")) {
                    String inFolder = resource.substring(folder.resources().length());
                    // a template in a sub-folder keeps it; static files may be in folders too
                    names.add(folder.prefix() + inFolder);
                }
            }
        }
        names.removeAll(NOT_THEME);
        return List.copyOf(names);
    }

    /** The bytes of an embedded file named as in {@link #names()}, if there is one. */
    public static Optional<byte[]> read(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        String resource = FOLDERS.stream()
                .filter(f -> !f.prefix().isEmpty() && name.startsWith(f.prefix()))
                .map(f -> f.resources() + name.substring(f.prefix().length()))
                .findFirst()
                .orElse(FOLDERS.get(0).resources() + name);
        try (InputStream in = EmbeddedTheme.class.getResourceAsStream("/" + resource)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded " + resource, e);
        }
    }

    /** Every resource path under {@code vestnik/}, from wherever this class was loaded. */
    private static List<String> resources() {
        URL anchor = EmbeddedTheme.class.getResource("/" + ROOT);
        if (anchor == null) {
            anchor = EmbeddedTheme.class.getResource("/" + ROOT + "messages/messages_en.properties");
        }
        if (anchor == null) {
            throw new IllegalStateException("the plugin has no embedded theme under /" + ROOT);
        }
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    List<String> found = new java.util.ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(ROOT)) {
                            found.add(entry);
                        }
                    }
                    return found;
                }
            }
            Path dir = Path.of(anchor.toURI());
            while (!dir.getFileName().toString().equals(ROOT.substring(0, ROOT.length() - 1))) {
                dir = dir.getParent();
            }
            Path classes = dir.getParent();
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile)
                        .map(p -> classes.relativize(p).toString().replace('\\', '/'))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the embedded theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the embedded theme at " + anchor, e);
        }
    }
}
