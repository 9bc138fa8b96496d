package by.vestnik.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.BuildFailedException;
import by.vestnik.BuildResult;
import by.vestnik.SiteConfig;
import by.vestnik.Vestnik;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output directory is the only place a build changes, and only after a build succeeded: a
 * failed build leaves it byte for byte and modification time for modification time; a directory
 * whose replacement would destroy something else is refused before anything is written; and
 * nothing beside the output is ever deleted.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void site() {
        project = tmp.resolve("project");
        TrustKit.twoStories(project);
        TrustKit.write(project.resolve("keep.txt"), "a file of the project beside the output");
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        TrustKit.ageAll(config.outputDir());
        Map<String, TrustKit.FileState> before = TrustKit.snapshot(config.outputDir());
        assertTrue(before.containsKey("ru/news/2025/second/index.html"));

        // one broken file, one changed file, one new story: nothing of it may reach the output
        TrustKit.write(project.resolve("content/news/2025-02-01-second/ru.md"), "---\ntitle: Вторая\ndate: 2025-02-31\n---\n\nX\n");
        TrustKit.write(project.resolve("content/news/2025-01-01-first/en.md"),
                TrustKit.article("First, edited", "2025-01-01", "", "Edited."));
        TrustKit.write(project.resolve("content/news/2025-03-01-third/ru.md"),
                TrustKit.article("Третья", "2025-03-01", "", "Новая."));
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> Vestnik.build(config, new TrustKit.Recorder()));
        assertEquals(1, failure.diagnostics().stream().filter(d -> d.isError()).count());

        assertEquals(before, TrustKit.snapshot(config.outputDir()), "bytes and mtimes of every output file");
        // the manifest (what the build published), the build record (it lets unchanged rebuilds
        // skip work) and the memo (what the next build need not render again) beside the output are
        // by design; so are the remembered input checksums, written only for inputs older than two
        // seconds, so present or not depending on this test's speed
        assertEquals(List.of(".site-output.manifest", ".site-output.vestnik-memo", ".site-output.vestnik-record", "content",
                        "keep.txt", "site-output"),
                besideTheOutput(project), "no staging directory is left");

        // a failure found late (by the check after rendering) leaves the output alone as well
        TrustKit.write(project.resolve("content/news/2025-02-01-second/ru.md"),
                TrustKit.article("Вторая", "2025-02-01", "", "Текст второй новости."));
        TrustKit.write(project.resolve("templates/article.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.document><h1>${article.title}</h1><a href=\"/ru/nowhere/\">x</a></@layout.document>\n");
        assertThrows(BuildFailedException.class, () -> Vestnik.build(config, new TrustKit.Recorder()));
        assertEquals(before, TrustKit.snapshot(config.outputDir()), "bytes and mtimes after a failed check");
        assertEquals(List.of(".site-output.manifest", ".site-output.vestnik-memo", ".site-output.vestnik-record", "content",
                "keep.txt", "site-output", "templates"), besideTheOutput(project));
    }

    @Test
    void aRebuildDeletesOnlyFilesItPublishedAndNoLongerProduces() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Vestnik.build(config, new TrustKit.Recorder());
        Path sibling = TrustKit.write(tmp.resolve("project/site-output-old/index.html"), "sentinel beside the output");
        Path stale = TrustKit.write(config.outputDir().resolve("ru/old/index.html"), "stale page");
        Path dotFile = TrustKit.write(config.outputDir().resolve(".htaccess"), "DirectoryIndex index.html");
        TrustKit.deleteTree(project.resolve("content/news/2025-02-01-second"));
        BuildResult result = Vestnik.build(config, new TrustKit.Recorder());
        assertTrue(result.removed() >= 1, result.summary());
        assertEquals(2, result.kept(), result.summary());
        assertTrue(Files.exists(stale), "a file Vestnik never published is not its to remove");
        assertFalse(Files.exists(config.outputDir().resolve("ru/news/2025/second/index.html")),
                "a page the last build published and this one does not is removed");
        assertTrue(Files.exists(sibling), "the sentinel beside the output stays");
        assertTrue(Files.exists(project.resolve("keep.txt")));
        assertTrue(Files.exists(dotFile), "dot-files at the top of the output stay");
    }

    @Test
    void theProjectDirectoryIsRefused() {
        refused(TrustKit.config(project).outputDir(project), "is the project directory or one of its parents");
    }

    @Test
    void aParentOfTheProjectIsRefused() {
        refused(TrustKit.config(project).outputDir(tmp), "is the project directory or one of its parents");
    }

    @Test
    void aDirectoryHoldingTheContentIsRefused() {
        TrustKit.write(project.resolve("src/content/news/2025-01-01-x/ru.md"), TrustKit.article("X", "2025-01-01", "", "x"));
        refused(TrustKit.config(project).contentDir(project.resolve("src/content")).outputDir(project.resolve("src")),
                "contains the content directory or lies inside it");
    }

    @Test
    void aDirectoryInsideTheContentIsRefused() {
        refused(TrustKit.config(project).outputDir(project.resolve("content/news")),
                "contains the content directory or lies inside it");
        refused(TrustKit.config(project).outputDir(project.resolve("content/site")),
                "contains the content directory or lies inside it");
    }

    @Test
    void theTemplatesDirectoryOrOneHoldingItIsRefused() {
        TrustKit.write(project.resolve("theme/templates/messages/messages_ru.properties"), "site.name=X\n");
        refused(TrustKit.config(project).templatesDir(project.resolve("theme/templates")).outputDir(project.resolve("theme")),
                "contains the templates directory or lies inside it");
        refused(TrustKit.config(project).templatesDir(project.resolve("theme/templates"))
                .outputDir(project.resolve("theme/templates/out")), "contains the templates directory or lies inside it");
    }

    @Test
    void aSymbolicLinkToTheProjectIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link-to-project"), project);
        refused(TrustKit.config(project).outputDir(link), "is the project directory or one of its parents");
    }

    @Test
    void theFilesystemRootIsRefused() throws Exception {
        List<String> rootBefore = list(Path.of("/"));
        refused(TrustKit.config(project).outputDir(Path.of("/")), "is a filesystem root");
        assertEquals(rootBefore, list(Path.of("/")), "nothing appeared in or vanished from /");
    }

    @Test
    void theHomeDirectoryIsRefused() throws Exception {
        String saved = System.getProperty("user.home");
        Path home = Files.createDirectories(tmp.resolve("home/someone"));
        TrustKit.write(home.resolve(".bashrc"), "export X=1\n");
        TrustKit.write(home.resolve("Documents/letter.txt"), "dear");
        try {
            System.setProperty("user.home", home.toString());
            refused(TrustKit.config(project).outputDir(home), "is a home directory");
        } finally {
            System.setProperty("user.home", saved);
        }
        assertEquals(List.of(".bashrc", "Documents"), list(home));
    }

    @Test
    void aFileIsRefusedAsOutput() {
        Path file = TrustKit.write(tmp.resolve("output.txt"), "not a directory");
        refused(TrustKit.config(project).outputDir(file), "is a file, not a directory");
    }

    /** The build refuses the output directory with the reason, and not a file anywhere changed. */
    private void refused(SiteConfig.Builder builder, String reason) {
        SiteConfig config = builder.build();
        Map<String, TrustKit.FileState> before = TrustKit.snapshot(tmp);
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Vestnik.build(config, new TrustKit.Recorder()));
        assertEquals("refusing to write the site into " + config.outputDir() + ": it " + reason
                + "; choose a directory of its own, such as site-output/", refusal.getMessage());
        assertEquals(before, TrustKit.snapshot(tmp), "nothing was written or deleted");
        assertFalse(Files.exists(config.outputDir().resolveSibling("." + config.outputDir().getFileName() + ".staging")));
    }

    /** What the project folder holds, less the remembered input checksums (see above). */
    private static List<String> besideTheOutput(Path project) throws java.io.IOException {
        return list(project).stream().filter(name -> !name.equals(".site-output.vestnik-inputs")).toList();
    }

    private static List<String> list(Path dir) throws java.io.IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Builds the site, edits a story and builds again: the tree replaced then is the next build's staging tree. */
    private Path builtTwice(SiteConfig config) throws Exception {
        Vestnik.build(config, new TrustKit.Recorder());
        TrustKit.write(project.resolve("content/news/2025-01-01-first/en.md"), TrustKit.article("First", "2025-01-01", "", "Once."));
        Vestnik.build(config, new TrustKit.Recorder());
        return config.outputDir().resolveSibling(".site-output.previous");
    }

    /**
     * The listing the last build left of the tree it replaced spares the next build a walk of
     * that tree, but not its judgement: a file or folder planted deep in it since is found (its
     * folder's stamp changed) and is not published.
     */
    @Test
    void whatWasPlantedInTheReusedTreeAfterItsListingIsNotPublished() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Path previous = builtTwice(config);
        assertTrue(Files.isRegularFile(previous.resolveSibling(".site-output.previous.listing")), "the replaced tree is listed");
        TrustKit.write(previous.resolve("en/news/2025/first/planted.html"), "published by no build");
        TrustKit.write(previous.resolve("ru/news/2025/planted/deeper/index.html"), "published by no build");

        TrustKit.write(project.resolve("content/news/2025-01-01-first/en.md"), TrustKit.article("First", "2025-01-01", "", "Twice."));
        Vestnik.build(config, new TrustKit.Recorder());

        assertTrue(Files.readString(config.outputDir().resolve("en/news/2025/first/index.html")).contains("Twice."));
        assertFalse(Files.exists(config.outputDir().resolve("en/news/2025/first/planted.html")), "a planted file");
        assertFalse(Files.exists(config.outputDir().resolve("ru/news/2025/planted")), "a planted folder");
    }

    /**
     * The tree the last build replaced is the next one's staging tree, and nothing in it is
     * trusted: a link planted where a folder goes is removed, not written through, an entry
     * linked to a live file is replaced, not written into, and a stale file is not published.
     */
    @Test
    void theReusedStagingTreeIsNeitherWrittenThroughNorIntoAndLeavesNothingStale() throws Exception {
        SiteConfig config = TrustKit.config(project).build();
        Path previous = builtTwice(config);
        assertTrue(Files.isDirectory(previous), "the replaced tree is kept for the next build");

        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        TrustKit.deleteTree(previous.resolve("ru/news/2025/second"));
        Files.createSymbolicLink(previous.resolve("ru/news/2025/second"), outside);
        Path live = config.outputDir().resolve("en/news/2025/first/index.html");
        Path stale = previous.resolve("en/news/2025/first/index.html");
        Files.deleteIfExists(stale);
        Files.createLink(stale, live); // as a kept page is: the live file under a second name
        String liveBefore = Files.readString(live);
        TrustKit.write(previous.resolve("ru/stale.html"), "published by no build");

        TrustKit.write(project.resolve("content/news/2025-01-01-first/en.md"), TrustKit.article("First", "2025-01-01", "", "Twice."));
        TrustKit.write(project.resolve("content/news/2025-02-01-second/ru.md"),
                TrustKit.article("Вторая", "2025-02-01", "", "Изменена."));
        Vestnik.build(config, new TrustKit.Recorder());

        try (Stream<Path> written = Files.list(outside)) {
            assertEquals(List.of(), written.toList(), "nothing was written through the link");
        }
        assertTrue(Files.readString(config.outputDir().resolve("en/news/2025/first/index.html")).contains("Twice."));
        assertTrue(Files.readString(config.outputDir().resolve("ru/news/2025/second/index.html")).contains("Изменена."));
        assertTrue(Files.isDirectory(config.outputDir().resolve("ru/news/2025/second"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(config.outputDir().resolve("ru/stale.html")), "a stale file of the reused tree is not published");
        assertEquals(liveBefore, Files.readString(previous.resolve("en/news/2025/first/index.html")),
                "the page the build replaced was not written into: the tree it is in now keeps its bytes");
    }
}
