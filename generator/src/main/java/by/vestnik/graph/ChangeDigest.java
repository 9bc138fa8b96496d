package by.vestnik.graph;

import java.util.Arrays;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The build memo's digest of what a page or body was made from: 128 bits of MurmurHash3, as hex.
 * It tells a change from no change (two different inputs share a digest with odds of 2^-128),
 * it is no defence against someone crafting collisions, which the memo does not need: whoever
 * could craft one writes the content itself. Several times faster than SHA-256 where the JIT has
 * no SHA intrinsic (C1, as the build runs), and a build digests every page.
 */
public final class ChangeDigest {
    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    private byte[] bytes = new byte[8192];
    private int size;
    /** The characters of the text being added: copied in bulk, as charAt costs a bounds check per call under C1. */
    private char[] chars = new char[1024];

    public ChangeDigest text(String text) {
        int length = text.length();
        number(length);
        ensure(2 * length);
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            out[at] = (byte) (c >>> 8);
            out[at + 1] = (byte) c;
            at += 2;
        }
        size = at;
        return this;
    }

    public ChangeDigest number(int n) {
        ensure(4);
        bytes[size++] = (byte) (n >>> 24);
        bytes[size++] = (byte) (n >>> 16);
        bytes[size++] = (byte) (n >>> 8);
        bytes[size++] = (byte) n;
        return this;
    }

    public ChangeDigest tag(char tag) {
        ensure(1);
        bytes[size++] = (byte) tag;
        return this;
    }

    /** The digest of everything given so far, as 32 hex digits. */
    public String finish() {
        long[] hash = MurmurHash3.hash128x64(bytes, 0, size, 0x5ee5_7a1d);
        return HEX.toHexDigits(hash[0]) + HEX.toHexDigits(hash[1]);
    }

    /** The digest of one text. */
    public static String of(String text) {
        return new ChangeDigest().text(text).finish();
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
