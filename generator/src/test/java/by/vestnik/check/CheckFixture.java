package by.vestnik.check;

import by.vestnik.diag.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Small sites held in memory, checked by one {@link SiteCheck}, the findings as "path: message". */
final class CheckFixture {
    static final URI BASE = URI.create("https://example.org/news/");
    static final Path OUT = Path.of("out");

    private final Map<String, String> files = new TreeMap<>();

    CheckFixture file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** An HTML page with this head and body content. */
    CheckFixture page(String path, String head, String body) {
        return file(path, "<!DOCTYPE html><html><head><title>t</title>" + head + "</head><body>" + body + "</body></html>");
    }

    /** The page's hreflang links, code to URL (relative ones are taken as written). */
    static String alternates(String canonical, String... codesAndUrls) {
        StringBuilder head = new StringBuilder("<link rel=\"canonical\" href=\"" + canonical + "\">");
        for (int i = 0; i < codesAndUrls.length; i += 2) {
            head.append("<link rel=\"alternate\" hreflang=\"").append(codesAndUrls[i]).append("\" href=\"")
                    .append(codesAndUrls[i + 1]).append("\">");
        }
        return head.toString();
    }

    List<String> findings(SiteCheck check) {
        SiteFiles site = new SiteFiles() {
            @Override
            public Set<String> paths() {
                return files.keySet();
            }

            @Override
            public byte[] read(String path) {
                return files.get(path).getBytes(StandardCharsets.UTF_8);
            }
        };
        return new SiteChecker(site, BASE, Map.of("ru/a/index.html", Path.of("content/a/ru.md")), Severity.ERROR, OUT)
                .check(List.of(check)).stream()
                .map(d -> OUT.relativize(d.file()).toString().replace('\\', '/') + ": " + d.message())
                .toList();
    }
}
