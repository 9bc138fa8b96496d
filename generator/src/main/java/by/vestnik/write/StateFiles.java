package by.vestnik.write;

import by.vestnik.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The names publishing keeps beside the output directory, all {@code .<output name>.*} so that
 * one pattern ({@code .site-output.*}) covers them: the tree being built ({@code .staging}), the
 * tree replaced by the last build ({@code .previous}) and what it holds ({@code .previous.listing}), what the live tree holds
 * ({@code .manifest}), what the tree being swapped in holds ({@code .manifest.next}) and the record
 * of unchanged rebuilds ({@code .vestnik-record}), the checksums of its inputs ({@code .vestnik-inputs})
 * and the build memo ({@code .vestnik-memo/}). The lock that keeps two builds from publishing
 * into one output at once is a file in the system's temporary directory named by the output's
 * path: it is not state, and a failed build leaves nothing beside the output.
 */
public record StateFiles(Path output, Path staging, Path previous, Path previousListing, Path manifest, Path nextManifest,
                         Path lock) {

    public static StateFiles of(Path outputDir) {
        Path output = published(outputDir.toAbsolutePath().normalize());
        String prefix = "." + output.getFileName() + ".";
        return new StateFiles(output, output.resolveSibling(prefix + "staging"), output.resolveSibling(prefix + "previous"),
                output.resolveSibling(prefix + "previous.listing"), output.resolveSibling(prefix + "manifest"), output.resolveSibling(prefix + "manifest.next"),
                lockFile(output));
    }

    /**
     * The directory that is really published: where the output is a symbolic link (to a web root,
     * say), the directory it leads to, so that the swap replaces the site and not the link.
     */
    private static Path published(Path output) {
        if (Files.isSymbolicLink(output) && Files.isDirectory(output)) {
            try {
                return output.toRealPath();
            } catch (java.io.IOException e) {
                return output;
            }
        }
        return output;
    }

    /** {@code .<output name>.<name>} beside the output directory: where the state of builds other than publishing's is kept. */
    public static Path beside(Path outputDir, String name) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + "." + name);
    }

    private static Path lockFile(Path output) {
        String hash = Sha256.hex(output.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
        return Path.of(System.getProperty("java.io.tmpdir"), "vestnik-publish-" + hash + ".lock");
    }

    static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
