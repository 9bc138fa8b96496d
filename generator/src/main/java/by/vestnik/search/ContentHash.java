package by.vestnik.search;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names files by what they hold, so that an unchanged file keeps its name and caches stay valid. */
public final class ContentHash {
    private ContentHash() {
    }

    /** The SHA-256 of the bytes in hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A short name: twelve hex digits of the SHA-256 (a collision among a site's files is out of reach). */
    public static String name(byte[] content) {
        return sha256(content).substring(0, 12);
    }
}
