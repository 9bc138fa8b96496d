package by.vestnik.render;

import by.vestnik.diag.Diagnostics;
import by.vestnik.images.ImageProblem;
import by.vestnik.images.ImageProcessor;
import by.vestnik.images.PublishedImage;
import by.vestnik.images.Variant;
import by.vestnik.model.Article;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The photos of one build as rendering sees them: each made once (by the {@link ImageProcessor}),
 * each problem reported once however many versions show the photo, and each copy a page uses
 * published once, after the article pages, whatever the number of pages that use it.
 */
final class Photos implements ContentLinks.PhotoLinks {
    private final ImageProcessor processor;
    private final Diagnostics diagnostics;
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();
    private final Map<String, Path> used = new ConcurrentHashMap<>();

    Photos(ImageProcessor processor, Diagnostics diagnostics) {
        this.processor = processor;
        this.diagnostics = diagnostics;
    }

    ImageProcessor processor() {
        return processor;
    }

    /** The photo's copies, or empty after reporting (once) why it cannot be published. */
    Optional<PublishedImage> of(Path file) {
        try {
            return Optional.of(processor.publish(file));
        } catch (ImageProblem problem) {
            if (reported.add(file)) {
                diagnostics.error(file, 0, problem.getMessage());
            }
            return Optional.empty();
        }
    }

    /** Marks copies as shown by a page: they are published with the site. */
    void use(Iterable<Variant> variants) {
        variants.forEach(v -> used.put(v.path(), v.cached()));
    }

    @Override
    public Optional<String> largestCopy(Article linking, Path photo) {
        return of(photo).map(image -> {
            use(java.util.List.of(image.largest()));
            return image.largest().path();
        });
    }

    /** Publishes every copy a page used, in path order. */
    void writeTo(PageSink sink) {
        new TreeMap<>(used).forEach(sink::copy);
    }
}
