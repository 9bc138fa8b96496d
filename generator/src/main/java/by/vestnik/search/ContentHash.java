package by.vestnik.search;

import by.vestnik.Sha256;

/** Names files by what they hold, so that an unchanged file keeps its name and caches stay valid. */
final class ContentHash {
    private ContentHash() {
    }

    /** A short name: twelve hex digits of the SHA-256 (a collision among a site's files is out of reach). */
    static String name(byte[] content) {
        return Sha256.hex(content).substring(0, 12);
    }
}
