package by.vestnik.eject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.diag.Diagnostic;
import by.vestnik.render.EmbeddedTheme;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vestnik:eject}: what it copies where, and that it never overwrites. */
class TemplateEjectorTest {
    @TempDir
    Path templates;

    @Test
    void theEmbeddedThemeIsListedByOverrideNames() {
        List<String> names = EmbeddedTheme.names();
        assertTrue(names.containsAll(List.of("layout.ftlh", "article.ftlh", "rss.ftlx", "static/style.css",
                "messages/messages_en.properties", "messages/messages_ru.properties")), names.toString());
        assertFalse(names.contains("static/files.txt"), "the asset index is bookkeeping, not a theme file");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("serve/") || n.startsWith("templates/")), names.toString());
    }

    @Test
    void copiesTheNamedFilesAndGroupsByteForByte() throws Exception {
        var result = new TemplateEjector(templates).eject(List.of("article.ftlh", " static/style.css", "messages"));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(templates.resolve("article.ftlh"), templates.resolve("static/style.css"),
                templates.resolve("messages/messages_be.properties"), templates.resolve("messages/messages_en.properties"),
                templates.resolve("messages/messages_ru.properties")), result.written());
        assertArrayEquals(resource("/vestnik/templates/article.ftlh"), Files.readAllBytes(templates.resolve("article.ftlh")));
        assertArrayEquals(resource("/vestnik/static/style.css"), Files.readAllBytes(templates.resolve("static/style.css")));
        assertArrayEquals(resource("/vestnik/messages/messages_ru.properties"),
                Files.readAllBytes(templates.resolve("messages/messages_ru.properties")));
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndThenNothingIsCopied() throws Exception {
        Path own = templates.resolve("layout.ftlh");
        Files.writeString(own, "<#-- the project's own layout -->");
        var result = new TemplateEjector(templates).eject(List.of("article.ftlh", "layout.ftlh"));
        assertEquals(List.of(), result.written());
        assertEquals(1, result.problems().size(), result.problems().toString());
        Diagnostic problem = result.problems().get(0);
        assertEquals(own, problem.file());
        assertTrue(problem.isError() && problem.message().startsWith("exists already, not overwritten"), problem.message());
        assertEquals("<#-- the project's own layout -->", Files.readString(own));
        assertFalse(Files.exists(templates.resolve("article.ftlh")), "article.ftlh was copied although the request failed");
    }

    @Test
    void anUnknownNameIsAnErrorThatListsTheEmbeddedFiles() throws Exception {
        var result = new TemplateEjector(templates).eject(List.of("artcle.ftlh"));
        assertEquals(List.of(), result.written());
        assertEquals(1, result.problems().size());
        String message = result.problems().get(0).message();
        assertTrue(message.startsWith("'artcle.ftlh' is not an embedded theme file") && message.contains("article.ftlh"), message);
        try (var files = Files.list(templates)) {
            assertEquals(0, files.count());
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = TemplateEjectorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
