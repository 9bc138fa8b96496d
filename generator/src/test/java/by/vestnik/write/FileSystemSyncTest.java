package by.vestnik.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-call sync of a file system, on Linux, and what a path it cannot open gives. */
class FileSystemSyncTest {
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    @TempDir
    Path tmp;

    @Test
    void linuxSyncsTheFileSystemOfADirectoryInOneCall() throws IOException {
        Files.writeString(tmp.resolve("page.html"), "<p>new</p>");
        assertEquals(LINUX, FileSystemSync.sync(tmp), "syncfs is there exactly on Linux");
        assertEquals(LINUX, Disk.system().syncFileSystem(tmp));
    }

    @Test
    void aPathThatCannotBeOpenedIsAnIoErrorNamingIt() {
        if (!LINUX) {
            return;
        }
        Path missing = tmp.resolve("gone");
        IOException e = assertThrows(IOException.class, () -> FileSystemSync.sync(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("errno 2"), e.getMessage());
    }
}
