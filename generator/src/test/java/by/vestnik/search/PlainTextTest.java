package by.vestnik.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The index reads an article's text from its rendered HTML. */
class PlainTextTest {
    @Test
    void tagsGoBlocksEndInASpaceEntitiesAreDecoded() {
        assertEquals("Заголовок Первый абзац с жирным словом. Второй & <третий> “x” @ ©",
                PlainText.of("<h2 id=\"a\">Заголовок</h2>\n<p>Первый абзац с <strong>жир</strong>ным   словом.</p>"
                        + "<p>Второй &amp; &lt;третий&gt; &#x201C;x&#8221; &#64; &#169;</p>"));
        assertEquals("a b", PlainText.of("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("line one line two", PlainText.of("<p>line one<br>line two</p>"));
        assertEquals("x\u00a0y &unknown; &#xFFFFFFFF;", PlainText.of("x&nbsp;y &unknown; &#xFFFFFFFF;"));
        assertEquals("", PlainText.of("<p> </p>"));
    }

    @Test
    void excerptsAreCutAtASpace() {
        assertEquals("one two…", PlainText.excerpt("one two three", 9));
        assertEquals("short", PlainText.excerpt("short", 9));
    }
}
