package by.vestnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;
import org.junit.jupiter.api.Test;

/** The hand-written JSON-LD escaping gives exactly what the Commons Text chain it replaced gave. */
class ScriptJsonTest {
    /** The escaping as it was written before: JSON, plus '<', '>', '&' and the line separators. */
    private static final CharSequenceTranslator CHAIN = new AggregateTranslator(
            new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\", "<", "\\u003C", ">", "\\u003E",
                    "&", "\\u0026", "\u2028", "\\u2028", "\u2029", "\\u2029")),
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.below(0x20));

    @Test
    void namedCases() {
        assertEquals("\"Міністэрства сувязі\"", ScriptJson.quoted("Міністэрства сувязі"));
        assertEquals("\"\\u003C/script\\u003E \\u0026 \\\"q\\\" \\\\ \\n\\t\\r\\b\\f \\u0001\\u001F \\u2028\\u2029\"",
                ScriptJson.quoted("</script> & \"q\" \\ \n\t\r\b\f \u0001\u001F \u2028\u2029"));
        assertEquals("\"\"", ScriptJson.quoted(""));
        assertEquals("\"😀 é\"", ScriptJson.quoted("😀 é"));
    }

    @Test
    void sameAsTheTranslatorChainOnRandomText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "aZ09 \"\\<>&/'\n\t\r\b\f\u0000\u0001\u001f\u007f\u2028\u2029\u2027\u202aЖжё€\ud83d\ude00\ud800\udfff";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            assertEquals("\"" + CHAIN.translate(value) + "\"", ScriptJson.quoted(value), "seed " + seed + ", text " + value);
        }
    }
}
