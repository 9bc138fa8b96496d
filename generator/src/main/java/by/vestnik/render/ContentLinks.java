package by.vestnik.render;

import by.vestnik.diag.Diagnostics;
import by.vestnik.images.ImageFormat;
import by.vestnik.load.Shown;
import by.vestnik.model.Article;
import by.vestnik.model.Site;
import by.vestnik.model.Story;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where a link written in an article points once published. External links stay; a link to
 * another story's Markdown file becomes that page's URL; a story's own files stay relative (they
 * are copied next to the page), except photos, which are published as sized copies: a link to one
 * leads to its largest copy. In feeds every URL is made absolute, since readers show the HTML
 * away from the site. A link to nothing is an error naming the article and line.
 */
final class ContentLinks {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Site site;
    private final Diagnostics diagnostics;
    /** The files of story folders that articles link to: these, and only these, are published. */
    private final Set<Path> referenced = ConcurrentHashMap.newKeySet();
    private final PhotoLinks photoLinks;

    /** Where a link to a photo leads when originals are not published: its largest copy. */
    interface PhotoLinks {
        /** The site path of the photo's largest copy, published by this call; empty when it cannot be. */
        Optional<String> largestCopy(Article linking, Path photo);
    }

    ContentLinks(Site site, Diagnostics diagnostics) {
        this(site, diagnostics, null);
    }

    /** @param photoLinks null when photos are published as they are */
    ContentLinks(Site site, Diagnostics diagnostics, PhotoLinks photoLinks) {
        this.site = site;
        this.diagnostics = diagnostics;
        this.photoLinks = photoLinks;
    }

    /** Links as they appear on the article's own page; problems are reported here, once. */
    MarkdownRenderer.LinkRewriter forPage(Article article) {
        return new MarkdownRenderer.LinkRewriter() {
            @Override
            public String rewrite(String destination, int line) {
                return resolve(article, destination, line, false, true);
            }

            @Override
            public String rewriteImage(String destination, int line) {
                checkImageSource(article, destination, line);
                return resolve(article, destination, line, false, true);
            }

            @Override
            public void rawImage(String source, int line) {
                checkImageSource(article, org.apache.commons.text.StringEscapeUtils.unescapeHtml4(source), line);
            }
        };
    }

    private static final Pattern URL_ATTRIBUTE = Pattern.compile(" (?:src|href)=\"([^\"]*)\"");

    /**
     * Notes the story's own files that the article's HTML uses where no Markdown link led to them:
     * raw HTML such as {@code <img src="photo.jpg">}.
     */
    void noteFilesIn(Article article, String html) {
        noteFiles(article, fileUrls(html));
    }

    /** The relative URLs of the HTML that may name one of the story's files (the part {@link #noteFiles} checks on disk). */
    static List<String> fileUrls(String html) {
        List<String> found = new java.util.ArrayList<>();
        var urls = URL_ATTRIBUTE.matcher(html);
        while (urls.find()) {
            String written = urls.group(1);
            String url = (written.indexOf('&') < 0 ? written : org.apache.commons.text.StringEscapeUtils.unescapeHtml4(written)).strip();
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || HAS_SCHEME.matcher(url).find()) {
                continue;
            }
            found.add(url);
        }
        return found;
    }

    /** Notes each of the URLs that names a file of the article's story folder. */
    void noteFiles(Article article, List<String> urls) {
        for (String url : urls) {
            int cut = indexOfAny(url, '#', '?');
            try {
                Path target = article.source().storyDir().resolve(decoded(cut < 0 ? url : url.substring(0, cut))).normalize();
                if (site.files().isFile(target)) {
                    referenced.add(target);
                }
            } catch (InvalidPathException e) {
                // not a file name: the check after rendering reports the link
            }
        }
    }

    /**
     * The feed HTML with the relative URLs that raw HTML wrote ({@code <img src="photo.jpg">})
     * made absolute against the article's page, as the Markdown links already are: a reader shows
     * the HTML away from the site.
     */
    String absoluteInFeed(Article article, String feedHtml) {
        String page = site.urls().absolute(article.path());
        return URL_ATTRIBUTE.matcher(feedHtml).replaceAll(match -> {
            String url = match.group(1);
            if (url.isEmpty() || HAS_SCHEME.matcher(url).find() || url.startsWith("//")) {
                return java.util.regex.Matcher.quoteReplacement(match.group());
            }
            String absolute = url.startsWith("/") ? site.urls().origin() + url : page + url;
            return java.util.regex.Matcher.quoteReplacement(match.group().replace("\"" + url + "\"", "\"" + absolute + "\""));
        });
    }

    /** Whether a link or image of some article leads to this file of a story folder. */
    boolean isReferenced(Path file) {
        return referenced.contains(file);
    }

    /**
     * An image from the writer's own computer ({@code file:}) or at an absolute path of the host
     * shows on no reader's screen, or only where the site happens to be served from.
     */
    private void checkImageSource(Article article, String destination, int line) {
        String written = destination.strip();
        String where = written.regionMatches(true, 0, "file:", 0, 5) ? "points to a file on the writer's own computer"
                : written.startsWith("/") && !written.startsWith("//") ? "is an absolute path on the web server"
                : null;
        if (where != null) {
            diagnostics.error(article.source().file(), line + article.source().bodyLine(), "image '"
                    + Shown.value(written) + "' " + where + "; copy the image into the story folder and write its "
                    + "file name, such as photo.jpg");
        }
    }

    /** Links as they appear in a feed: all absolute. */
    MarkdownRenderer.LinkRewriter forFeed(Article article) {
        return (destination, line) -> resolve(article, destination, line, true, false);
    }

    private String resolve(Article article, String destination, int line, boolean absolute, boolean report) {
        String trimmed = destination.strip();
        int fileLine = line + article.source().bodyLine();
        if (trimmed.isEmpty() || trimmed.equals("#")) {
            if (report) {
                diagnostics.warning(article.source().file(), fileLine,
                        "empty link ('" + trimmed + "'): link to a page or remove the link");
            }
            return absolute ? site.urls().absolute(article.path()) + trimmed : trimmed;
        }
        if (HAS_SCHEME.matcher(trimmed).find() || trimmed.startsWith("//")) {
            return trimmed;
        }
        if (trimmed.startsWith("#")) {
            return absolute ? site.urls().absolute(article.path()) + trimmed : trimmed;
        }
        if (trimmed.startsWith("/")) {
            return absolute ? site.urls().origin() + trimmed : trimmed;
        }
        int cut = indexOfAny(trimmed, '#', '?');
        String pathPart = cut < 0 ? trimmed : trimmed.substring(0, cut);
        String suffix = cut < 0 ? "" : trimmed.substring(cut);
        Path target;
        try {
            target = article.source().storyDir().resolve(decoded(pathPart)).normalize();
        } catch (InvalidPathException e) {
            if (report) {
                diagnostics.error(article.source().file(), fileLine, "link to '" + Shown.value(destination)
                        + "', which is not a possible file name");
            }
            return trimmed;
        }
        Optional<String> page = linkedPage(target, absolute);
        if (page.isPresent()) {
            return page.get() + suffix;
        }
        if (!site.files().isFile(target) || pathPart.endsWith(".md")) {
            if (report) {
                diagnostics.error(article.source().file(), fileLine, "link to '" + Shown.value(destination)
                        + "', which does not exist" + (pathPart.endsWith(".md") ? " or is not published" : ""));
            }
            return trimmed;
        }
        if (photoLinks == null || !ImageFormat.isPhotoName(target.getFileName().toString())) {
            // a photo linked to is published as its largest copy, under media/ (see otherFile)
            referenced.add(target);
        }
        return otherFile(article, target, trimmed, absolute);
    }

    /**
     * The file in a story folder that a relative link or image names, if there is one: the
     * photos a body shows. Anything else (an address, a missing file, a file outside every story
     * folder) is left to {@link #forPage}, which reports what is wrong with it.
     */
    Optional<Path> storyFile(Article article, String destination) {
        String trimmed = destination.strip();
        if (trimmed.isEmpty() || HAS_SCHEME.matcher(trimmed).find() || trimmed.startsWith("/") || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        int cut = indexOfAny(trimmed, '#', '?');
        String pathPart = cut < 0 ? trimmed : trimmed.substring(0, cut);
        try {
            Path target = article.source().storyDir().resolve(decoded(pathPart)).normalize();
            return site.files().isFile(target) && target.getParent() != null && site.storyAt(target.getParent()).isPresent()
                    ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The file name a link means: percent-escapes decoded, a '%' that starts none taken as it is. */
    private static String decoded(String pathPart) {
        try {
            return URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return pathPart;
        }
    }

    private Optional<String> linkedPage(Path target, boolean absolute) {
        return site.articleAt(target).map(linked -> absolute
                ? site.urls().absolute(linked.path())
                : site.urls().href(linked.path()));
    }

    /** An image or document in a story folder: it is published next to that story's pages. */
    private String otherFile(Article article, Path target, String written, boolean absolute) {
        Optional<Story> owner = site.storyAt(target.getParent());
        if (owner.isEmpty()) {
            return written;
        }
        if (photoLinks != null && ImageFormat.isPhotoName(target.getFileName().toString())) {
            Optional<String> copy = photoLinks.largestCopy(article, target);
            if (copy.isPresent()) {
                return absolute ? site.urls().absolute(copy.get()) : site.urls().href(copy.get());
            }
        }
        Article host = owner.get().version(article.language()).orElse(owner.get().versions().get(0));
        if (host.storyId().equals(article.storyId()) && !absolute) {
            return written;
        }
        String path = host.path() + encode(target.getFileName().toString());
        String url = absolute ? site.urls().absolute(path) : site.urls().href(path);
        int cut = indexOfAny(written, '#', '?');
        return cut < 0 ? url : url + written.substring(cut);
    }

    private static String encode(String fileName) {
        try {
            return new URI(null, null, fileName, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URL of " + fileName, e);
        }
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
