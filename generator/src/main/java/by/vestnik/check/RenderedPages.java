package by.vestnik.check;

import by.vestnik.render.PageSink;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of the HTML pages of a build, taken in the render threads from the text as the
 * renderer writes it, so that the check after rendering neither reads every page back from the
 * staging directory nor decodes it again. Files copied as they are (a story's attachments) are not
 * seen here: the check reads those, as it reads every page of a site already on disk.
 */
public final class RenderedPages {
    private final SiteLinks links;
    private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    private final SharedValues shared = new SharedValues();
    /** The facts of the pages the last build published, for the pages this one keeps as they are. */
    private final Map<String, PageFacts> published;

    public RenderedPages(URI baseUrl) {
        this(baseUrl, by.vestnik.graph.BuildMemo.empty());
    }

    /** With the facts the last build left in its memo. */
    public RenderedPages(URI baseUrl, by.vestnik.graph.BuildMemo last) {
        this.links = new SiteLinks(baseUrl);
        this.published = new ConcurrentHashMap<>();
        last.whole("facts").ifPresent(in -> {
            try {
                while (in.more()) {
                    PageFacts page = PageFacts.readFrom(in, shared);
                    published.put(page.path(), page);
                }
            } catch (RuntimeException e) {
                published.clear(); // unreadable: no page is kept, every page renders
            }
        });
    }

    /** Leaves the facts of this build's pages for the next, which may keep them. */
    public void writeTo(by.vestnik.graph.BuildMemo.Next next) throws java.io.IOException {
        try (var out = next.whole("facts")) {
            for (String path : by.vestnik.SortedKeys.of(facts)) {
                out.write(facts.get(path)::writeTo);
            }
        }
    }

    /** Writes through to {@code sink}, and takes the facts of every HTML page written. */
    public PageSink around(PageSink sink) {
        return new PageSink() {
            @Override
            public void write(String path, byte[] content) {
                sink.write(path, content);
                if (isPage(path)) {
                    take(path, new String(content, StandardCharsets.UTF_8));
                }
            }

            @Override
            public void writeText(String path, String text) {
                sink.writeText(path, text);
                if (isPage(path)) {
                    take(path, text);
                }
            }

            @Override
            public void copy(String path, Path source) {
                sink.copy(path, source);
            }

            @Override
            public boolean keep(String path, by.vestnik.load.FileStamps.Stamp stamp) {
                if (!isPage(path)) {
                    return sink.keep(path, stamp); // no facts to carry over
                }
                PageFacts known = published.get(path);
                if (known == null || !sink.keep(path, stamp)) {
                    return false;
                }
                published.remove(path);
                facts.put(path, known);
                return true;
            }

            @Override
            public boolean has(String path) {
                return sink.has(path);
            }
        };
    }

    static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    private void take(String path, String html) {
        published.remove(path);
        facts.put(path, PageFacts.of(path, html, links, shared));
    }

    Optional<PageFacts> of(String path) {
        return Optional.ofNullable(facts.get(path));
    }

    /** One instance of equal values across the pages of the build. */
    SharedValues shared() {
        return shared;
    }
}
