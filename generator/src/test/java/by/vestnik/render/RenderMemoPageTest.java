package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.graph.ChangeDigest;
import by.vestnik.load.FileStamps;
import org.junit.jupiter.api.Test;

/** A remembered page keeps its digest as two numbers where it can, and still matches only that digest. */
class RenderMemoPageTest {
    private static final FileStamps.Stamp STAMP = new FileStamps.Stamp(1234, 5_000_000_001L, 6_000_000_002L, 77);

    @Test
    void aDigestKeptAsNumbersMatchesItselfOnly() {
        String digest = ChangeDigest.of("page one");
        RenderMemo.Page page = RenderMemo.Page.of(digest, STAMP);
        assertEquals(null, page.otherDigest(), "32 hex digits are kept as numbers");
        assertTrue(page.hasDigest(digest));
        assertFalse(page.hasDigest(ChangeDigest.of("page two")));
        assertFalse(page.hasDigest(digest.toUpperCase()));
        assertFalse(page.hasDigest(digest.substring(1)));
        assertTrue(page.stamp().sameFile(STAMP));
    }

    @Test
    void anyOtherDigestIsKeptAsItIs() {
        RenderMemo.Page page = RenderMemo.Page.of("sha-256:abc", STAMP);
        assertTrue(page.hasDigest("sha-256:abc"));
        assertFalse(page.hasDigest(ChangeDigest.of("sha-256:abc")));
        RenderMemo.Page zero = RenderMemo.Page.of("0".repeat(32), STAMP);
        assertTrue(zero.hasDigest("0".repeat(32)));
        assertFalse(zero.hasDigest("sha-256:abc"));
    }
}
