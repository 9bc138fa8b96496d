package by.vestnik.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files with the same bytes (a photo copied into several stories) share one cache entry, and
 * publishing them at once neither fails nor decodes the photo twice: two threads storing one
 * entry at once used to replace each other's files under the other's feet.
 */
class SharedPhotoTest {
    @TempDir
    Path tmp;

    @Test
    void copiesOfOnePhotoPublishedAtOnceShareOneEntry() throws Exception {
        byte[] photo = TestPhotos.jpeg(TestPhotos.picture(1600, 1000, 7));
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            copies.add(Files.write(Files.createDirectories(tmp.resolve("content/story-" + i)).resolve("photo.jpg"), photo));
        }
        ImageProcessor processor = new ImageProcessor(ImageOptions.defaults(), tmp.resolve("cache"), 8);
        ExecutorService pool = Executors.newFixedThreadPool(copies.size());
        try {
            List<Future<PublishedImage>> published = new ArrayList<>();
            for (Path copy : copies) {
                published.add(pool.submit((Callable<PublishedImage>) () -> processor.publish(copy)));
            }
            for (Future<PublishedImage> image : published) {
                image.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, processor.decodes(), "one photo, one decode");
        assertEquals(copies.size() - 1, processor.cacheHits());
        try (var entries = Files.list(tmp.resolve("cache"))) {
            List<Path> left = entries.toList();
            assertEquals(1, left.size(), "one entry and no temporary directory left: " + left);
            assertTrue(Files.isRegularFile(left.get(0).resolve("index.txt")));
        }
    }

    @Test
    void storingAnEntryThatIsThereKeepsIt() throws Exception {
        DerivativeCache cache = new DerivativeCache(tmp.resolve("cache"));
        DerivativeCache.Entry entry = new DerivativeCache.Entry(10, 10,
                List.of(new DerivativeCache.Copy("w10.jpg", 10, 10)), List.of(), java.util.Map.of());
        cache.store("k", entry, java.util.Map.of("w10.jpg", new byte[] {1, 2, 3}));
        Path first = cache.file("k", "w10.jpg");
        Object inode = Files.readAttributes(first, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        cache.store("k", entry, java.util.Map.of("w10.jpg", new byte[] {1, 2, 3}));
        assertEquals(inode, Files.readAttributes(first, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "a complete entry is not replaced: a build reading it meanwhile keeps its files");
        assertEquals(entry, cache.load("k").orElseThrow());
    }
}
