package by.vestnik.images;

import by.vestnik.Sha256;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns each photo a build uses into its published copies, once per build whatever the number
 * of language versions that show it, and once across builds thanks to the {@link DerivativeCache}.
 * Thread-safe. Decoding is the memory-hungry step: at most {@link #concurrentDecodes} photos are
 * decoded at a time, as many as the heap holds (see the README's note on {@code -Xmx}).
 */
public final class ImageProcessor {
    /** What one decode may hold at its peak: a subsampled photo, its sRGB copy and the first halving. */
    private static final long BYTES_PER_DECODE = 100L << 20;
    /** What the rest of a build keeps in the heap. */
    private static final long BYTES_FOR_THE_REST = 96L << 20;
    /** Changes whenever the copies come out differently for the same photo and options. */
    private static final String RECIPE = "v3 q" + ImageEncoder.JPEG_QUALITY + " crops " + java.util.Arrays.toString(Crop.values())
            + (WebPEncoder.AVAILABLE ? " webp q" + WebPEncoder.QUALITY : " no webp");
    private static final String URL_DIR = "media/";

    private final ImageOptions options;
    private final DerivativeCache cache;
    private final Semaphore decoding;
    private final Map<Path, FutureTask<PublishedImage>> results = new ConcurrentHashMap<>();
    /**
     * One lock per cache key: two files with the same bytes (a photo copied into another story)
     * have one key, and two threads deriving and storing it at once replaced each other's entry
     * under the other's feet (IncrementalEqualsFullTest caught a build failing so).
     */
    private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();
    private final AtomicInteger decodes = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();

    /** @param defaultCacheDir where the cache goes when the options name none */
    public ImageProcessor(ImageOptions options, Path defaultCacheDir, int parallelism) {
        this.options = options;
        this.cache = new DerivativeCache(options.cacheDir() != null ? options.cacheDir() : defaultCacheDir);
        this.decoding = new Semaphore(concurrentDecodes(Runtime.getRuntime().maxMemory(), parallelism));
    }

    static int concurrentDecodes(long maxHeap, int parallelism) {
        long fits = (maxHeap - BYTES_FOR_THE_REST) / BYTES_PER_DECODE;
        return (int) Math.max(1, Math.min(parallelism, fits));
    }

    public ImageOptions options() {
        return options;
    }

    /** How many photos this build decoded, and how many it took from the cache instead. */
    public int decodes() {
        return decodes.get();
    }

    public int cacheHits() {
        return cacheHits.get();
    }

    /** The photos this build published, by their file in the content. */
    public Set<Path> used() {
        return Set.copyOf(results.keySet());
    }

    /** The published copies of a photo, made or taken from the cache; the same object for every caller. */
    public PublishedImage publish(Path source) throws ImageProblem {
        Path file = source.toAbsolutePath().normalize();
        FutureTask<PublishedImage> task = new FutureTask<>(() -> make(file));
        FutureTask<PublishedImage> existing = results.putIfAbsent(file, task);
        if (existing == null) {
            task.run();
        } else {
            task = existing;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while an image was processed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private PublishedImage make(Path file) throws ImageProblem {
        ImageHeader header = ImageHeader.read(file, options);
        String key = key(file);
        DerivativeCache.Entry entry;
        synchronized (keyLocks.computeIfAbsent(key, k -> new Object())) {
            entry = cache.load(key).orElse(null);
            if (entry != null) {
                cacheHits.incrementAndGet();
            } else {
                entry = derive(file, header, key);
            }
        }
        return published(file, key, entry);
    }

    private DerivativeCache.Entry derive(Path file, ImageHeader header, String key) throws ImageProblem {
        decoding.acquireUninterruptibly();
        try {
            decodes.incrementAndGet();
            int widest = Math.max(Math.min(options.largestWidth(), header.shownWidth()), Crop.WIDTH);
            BufferedImage picture = ImageDecoder.decode(file, header, widest);
            String extension = header.format().copyExtension(picture.getColorModel().hasAlpha());
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<DerivativeCache.Copy> sizes = new ArrayList<>();
            List<DerivativeCache.Copy> webp = new ArrayList<>();
            BufferedImage previous = picture;
            List<Integer> widths = widths(header.shownWidth());
            for (int i = widths.size() - 1; i >= 0; i--) {
                // each copy from the next wider one: the same quality for a fraction of the work
                BufferedImage copy = Scaler.toWidth(previous, widths.get(i));
                String name = "w" + copy.getWidth() + "." + extension;
                files.put(name, ImageEncoder.encode(copy, extension));
                sizes.add(0, new DerivativeCache.Copy(name, copy.getWidth(), copy.getHeight()));
                if (WebPEncoder.AVAILABLE && extension.equals("jpg")) {
                    String webpName = "w" + copy.getWidth() + ".webp";
                    files.put(webpName, WebPEncoder.encode(copy));
                    webp.add(0, new DerivativeCache.Copy(webpName, copy.getWidth(), copy.getHeight()));
                }
                previous = copy;
            }
            Map<Crop, DerivativeCache.Copy> crops = new EnumMap<>(Crop.class);
            for (Crop crop : Crop.values()) {
                BufferedImage cropped = Scaler.crop(picture, crop.ratioW, crop.ratioH, Crop.WIDTH);
                String name = cropped.getWidth() + "x" + cropped.getHeight() + "." + extension;
                files.put(name, ImageEncoder.encode(cropped, extension));
                crops.put(crop, new DerivativeCache.Copy(name, cropped.getWidth(), cropped.getHeight()));
            }
            // the size as seen at full resolution (the decoded pixels may be subsampled)
            return cache.store(key, new DerivativeCache.Entry(header.shownWidth(), header.shownHeight(), sizes, webp, crops),
                    files);
        } finally {
            decoding.release();
        }
    }

    /** The theme's widths below the photo's own, plus the photo's width where it is narrower than the widest. */
    List<Integer> widths(int shownWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int width : options.widths()) {
            if (width < shownWidth) {
                widths.add(width);
            }
        }
        if (shownWidth <= options.largestWidth() || widths.isEmpty()) {
            widths.add(Math.min(shownWidth, options.largestWidth()));
        }
        return widths;
    }

    private PublishedImage published(Path file, String key, DerivativeCache.Entry entry) {
        String base = URL_DIR + key.substring(0, 20) + "/" + stem(file.getFileName().toString()) + "-";
        // a copy's cache file is w480.jpg; it is published as <name>-480.jpg, a crop as <name>-1200x630.jpg
        List<Variant> sizes = entry.sizes().stream().map(c -> variant(base + c.file().substring(1), key, c)).toList();
        List<Variant> webp = entry.webp().stream().map(c -> variant(base + c.file().substring(1), key, c)).toList();
        Map<Crop, Variant> crops = new EnumMap<>(Crop.class);
        entry.crops().forEach((crop, c) -> crops.put(crop, variant(base + c.file(), key, c)));
        return new PublishedImage(file, entry.width(), entry.height(), sizes, webp, crops);
    }

    private Variant variant(String path, String key, DerivativeCache.Copy copy) {
        return new Variant(path, copy.width(), copy.height(), cache.file(key, copy.file()));
    }

    /** A file name part safe in any URL: the photo's name without extension, other characters as '-'. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "image" : stem;
    }

    /** SHA-256 of the photo's bytes and of the recipe and widths that shape its copies. */
    private String key(Path file) {
        try {
            MessageDigest digest = Sha256.digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            digest.update((RECIPE + " widths " + options.widths()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
