package by.vestnik.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Maps a request path onto the served directory, refusing anything that could leave it. */
final class SafePaths {
    private SafePaths() {
    }

    /** The file for a raw (still percent-encoded) path below the site root, or empty when unsafe. */
    static Optional<Path> resolve(Path root, String rawRelative) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawRelative.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.startsWith("/") || decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.contains(":")) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        try {
            Path candidate = root.resolve(decoded).normalize();
            return candidate.startsWith(root) ? Optional.of(candidate) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** True when the file, symbolic links resolved, still lies inside the root. */
    static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
