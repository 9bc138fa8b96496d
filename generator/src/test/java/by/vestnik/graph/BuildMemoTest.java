package by.vestnik.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memo reads back what was written, under its key only, and a damaged section reads as none. */
class BuildMemoTest {
    @TempDir
    Path tmp;

    /** The index keeps no keys, only their hashes: every entry is still found by its key, and only by it. */
    @Test
    void entriesAreFoundByTheirKeyAmongThousands() throws Exception {
        Path memo = tmp.resolve(".site-output.vestnik-memo");
        BuildMemo.Next next = new BuildMemo.Next(memo);
        try (BuildMemo.Writer entries = next.entries("entries")) {
            for (int i = 0; i < 5_000; i++) { // past the index's first size, and its growth
                int n = i;
                entries.entry("ru/news/" + n + "/index.html", out -> out.integer(n).string("страница " + n));
            }
            entries.entry("ru/news/7/index.html", out -> out.integer(-7).string("written again")); // the last one counts
        }
        next.commit(memo, "key 1");
        BuildMemo.Entries entries = BuildMemo.read(memo, "key 1").entries("entries");
        for (int i = 0; i < 5_000; i++) {
            MemoInput in = entries.get("ru/news/" + i + "/index.html").orElseThrow();
            if (i == 7) {
                assertEquals(-7, in.integer());
                continue;
            }
            assertEquals(i, in.integer());
            assertEquals("страница " + i, in.string());
        }
        assertTrue(entries.get("ru/news/5000/index.html").isEmpty());
        assertTrue(entries.get("ru/news/1/index.htm").isEmpty());
    }

    /** Keys whose hashes are equal share a chain of the table: each is told apart by the key written at its place. */
    @Test
    void anIndexKeepsEveryEntryOfAHash() {
        EntryIndex index = new EntryIndex(4);
        for (int i = 0; i < 100; i++) {
            index.add(i % 3 == 0 ? 42 : i, 1000 + i, 10 + i);
        }
        long[][] shared = index.candidates(42);
        assertEquals(34, shared.length);
        for (int k = 0; k < shared.length; k++) {
            assertEquals(1000 + 3 * k, shared[k][0], "in the order added");
            assertEquals(10 + 3 * k, shared[k][1]);
        }
        assertEquals(1, index.candidates(5).length);
        assertEquals(0, index.candidates(1_000).length);
        assertEquals(0, EntryIndex.EMPTY.candidates(42).length);
    }

    @Test
    void sectionsReadBackWhatWasWritten() throws Exception {
        Random random = new Random(12);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            values.add(switch (random.nextInt(4)) {
                case 0 -> random.nextInt();
                case 1 -> random.nextInt(300) - 5;
                case 2 -> "слово " + random.nextInt(50); // strings met again are written as numbers
                default -> random.nextBoolean() ? null : "x".repeat(random.nextInt(70_000));
            });
        }
        Path memo = tmp.resolve(".site-output.vestnik-memo");
        BuildMemo.Next next = new BuildMemo.Next(memo);
        try (BuildMemo.Writer whole = next.whole("values"); BuildMemo.Writer entries = next.entries("entries")) {
            values.forEach(value -> whole.write(out -> {
                if (value instanceof Integer n) {
                    out.bool(true).integer(n);
                } else {
                    out.bool(false).string((String) value);
                }
            }));
            entries.entry("ru/a.html", out -> out.longValue(Long.MIN_VALUE).strings(List.of("a", "б", "a")));
            entries.entry("ru/b.html", out -> out.string("второй"));
        }
        next.commit(memo, "key 1");

        BuildMemo read = BuildMemo.read(memo, "key 1");
        MemoInput in = read.whole("values").orElseThrow();
        List<Object> back = new ArrayList<>();
        while (in.more()) {
            back.add(in.bool() ? (Object) in.integer() : in.string());
        }
        assertEquals(values, back);
        BuildMemo.Entries entries = read.entries("entries");
        assertEquals("второй", entries.get("ru/b.html").orElseThrow().string());
        MemoInput a = entries.get("ru/a.html").orElseThrow();
        assertEquals(Long.MIN_VALUE, a.longValue());
        assertEquals(List.of("a", "б", "a"), a.strings());
        assertFalse(a.more());
        assertTrue(entries.get("ru/c.html").isEmpty());
    }

    @Test
    void anotherKeyOrADamagedSectionReadsAsNoMemo() throws Exception {
        Path memo = tmp.resolve("memo");
        BuildMemo.Next next = new BuildMemo.Next(memo);
        try (BuildMemo.Writer out = next.whole("s")) {
            out.write(values -> values.string("value"));
        }
        next.commit(memo, "templates A");

        assertTrue(BuildMemo.read(memo, "templates B").whole("s").isEmpty());
        assertTrue(BuildMemo.read(memo, "templates A").whole("s").isPresent());
        byte[] bytes = Files.readAllBytes(memo.resolve("s"));
        bytes[1] ^= 1;
        Files.write(memo.resolve("s"), bytes);
        assertTrue(BuildMemo.read(memo, "templates A").whole("s").isEmpty());
        assertTrue(BuildMemo.read(tmp.resolve("missing"), "templates A").whole("s").isEmpty());
    }

    @Test
    void anAbandonedMemoLeavesTheLastInPlace() throws Exception {
        Path memo = tmp.resolve("memo");
        BuildMemo.Next first = new BuildMemo.Next(memo);
        try (BuildMemo.Writer out = first.whole("s")) {
            out.write(values -> values.string("first"));
        }
        first.commit(memo, "k");
        BuildMemo.Next second = new BuildMemo.Next(memo);
        second.whole("s").write(values -> values.string("second"));
        second.abandon();

        assertEquals("first", BuildMemo.read(memo, "k").whole("s").orElseThrow().string());
        assertFalse(Files.exists(tmp.resolve("memo.next")));
    }

    @Test
    void aDamagedOrCutSectionOfEntriesReadsAsNone() throws Exception {
        Path memo = tmp.resolve("memo");
        BuildMemo.Next next = new BuildMemo.Next(memo);
        try (BuildMemo.Writer out = next.entries("e")) {
            for (int i = 0; i < 5000; i++) {
                int n = i;
                out.entry("page-" + i, values -> values.string("value " + n).integer(n));
            }
        }
        next.commit(memo, "k");
        BuildMemo.Entries read = BuildMemo.read(memo, "k").entries("e");
        assertEquals("value 4321", read.get("page-4321").orElseThrow().string());

        byte[] bytes = Files.readAllBytes(memo.resolve("e"));
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1; // past the first 64 KB read, so the checksum covers every chunk
        Files.write(memo.resolve("e"), flipped);
        assertTrue(BuildMemo.read(memo, "k").entries("e").isEmpty());
        Files.write(memo.resolve("e"), java.util.Arrays.copyOf(bytes, bytes.length - 20));
        assertTrue(BuildMemo.read(memo, "k").entries("e").isEmpty());
    }

    @Test
    void anEntryCarriedAsItIsReadsBackTheSame() throws Exception {
        Path memo = tmp.resolve("memo");
        BuildMemo.Next first = new BuildMemo.Next(memo);
        try (BuildMemo.Writer out = first.entries("e")) {
            out.entry("a", values -> values.string("kept").strings(java.util.List.of("x", "y")));
            out.entry("b", values -> values.string("dropped"));
        }
        first.commit(memo, "k");
        BuildMemo last = BuildMemo.read(memo, "k");
        BuildMemo.Next second = new BuildMemo.Next(memo);
        try (BuildMemo.Writer out = second.entries("e")) {
            assertTrue(out.carry("a", last.entries("e"), in -> true));
            assertFalse(out.carry("missing", last.entries("e"), in -> true));
        }
        last.close();
        second.commit(memo, "k");
        BuildMemo.Entries read = BuildMemo.read(memo, "k").entries("e");
        MemoInput a = read.get("a").orElseThrow();
        assertEquals("kept", a.string());
        assertEquals(java.util.List.of("x", "y"), a.strings());
        assertTrue(read.get("b").isEmpty());
    }
}
