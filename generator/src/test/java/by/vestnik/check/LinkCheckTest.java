package by.vestnik.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckTest {
    @Test
    void reportsEveryMissingTargetOnceForEachLinkNamingPageAndSource() {
        CheckFixture site = new CheckFixture()
                .file("style.css", "")
                .page("ru/index.html", "<link rel=\"stylesheet\" href=\"../style.css\"><script src=\"/news/ru/app.js\"></script>",
                        "<a href=\"a/\">ok</a> <a href=\"b/\">missing</a> <a href=\"b/\">again</a> <img src=\"a/photo.jpg\">")
                .page("ru/a/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=../gone/\">",
                        "<a href=\"https://example.org/news/ru/\">absolute, ours</a> <a href=\"https://example.org/news/ru/nope.html\">absolute, missing</a>"
                                + " <a href=\"https://other.example/x\">other host</a> <a href=\"/elsewhere/x\">other section</a>"
                                + " <a href=\"mailto:a@example.org\">mail</a> <a href=\"#top\">fragment only</a>");
        assertEquals(List.of(
                "ru/a/index.html: broken link to '../gone/' (no file ru/gone/index.html) (from content/a/ru.md)",
                "ru/a/index.html: broken link to 'https://example.org/news/ru/nope.html' (no file ru/nope.html) (from content/a/ru.md)",
                "ru/index.html: broken link to '/news/ru/app.js' (no file ru/app.js)",
                "ru/index.html: broken link to 'a/photo.jpg' (no file ru/a/photo.jpg)",
                "ru/index.html: broken link to 'b/' (no file ru/b/index.html)",
                "ru/index.html: broken link to 'b/' (no file ru/b/index.html)"), site.findings(new LinkCheck()));
    }

    @Test
    void aFolderWithoutItsSlashIsServedItsIndex() {
        CheckFixture site = new CheckFixture()
                .page("ru/index.html", "", "<a href=\"a\">folder</a>")
                .page("ru/a/index.html", "", "");
        assertEquals(List.of(), site.findings(new LinkCheck()));
    }
}
