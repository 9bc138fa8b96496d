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

/** The memo reads back what was written, under its key only, and a damaged memo reads as none. */
class BuildMemoTest {
    @TempDir
    Path tmp;

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
        BuildMemo.Next next = new BuildMemo.Next();
        next.section("values", out -> values.forEach(value -> {
            if (value instanceof Integer n) {
                out.bool(true).integer(n);
            } else {
                out.bool(false).string((String) value);
            }
        }));
        next.section("other", out -> out.longValue(Long.MIN_VALUE).strings(List.of("a", "б", "a")));
        Path file = tmp.resolve(".site-output.vestnik-memo");
        next.write(file, "key 1");

        BuildMemo memo = BuildMemo.read(file, "key 1");
        MemoInput in = memo.take("values").orElseThrow();
        List<Object> read = new ArrayList<>();
        while (in.more()) {
            read.add(in.bool() ? (Object) in.integer() : in.string());
        }
        assertEquals(values, read);
        MemoInput other = memo.take("other").orElseThrow();
        assertEquals(Long.MIN_VALUE, other.longValue());
        assertEquals(List.of("a", "б", "a"), other.strings());
        assertFalse(other.more());
        assertTrue(memo.take("values").isEmpty(), "a section is handed out once");
    }

    @Test
    void anotherKeyOrADamagedFileReadsAsNoMemo() throws Exception {
        BuildMemo.Next next = new BuildMemo.Next();
        next.section("s", out -> out.string("value"));
        Path file = tmp.resolve("memo");
        next.write(file, "templates A");

        assertTrue(BuildMemo.read(file, "templates B").take("s").isEmpty());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertTrue(BuildMemo.read(file, "templates A").take("s").isEmpty());
        assertTrue(BuildMemo.read(tmp.resolve("missing"), "templates A").take("s").isEmpty());
    }
}
