package by.vestnik;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The base URL every published address starts with: absolute http or https, no user info, query
 * or fragment, a path ending in '/'. What is written is what is published, so a path with dot or
 * empty segments is refused with its normal form suggested rather than silently changed; an
 * internationalised host ({@code мпт.бел}) is published in its ASCII form ({@code xn--…}), the
 * only one every reader, crawler and feed validator accepts.
 */
final class BaseUrl {
    private static final String EXAMPLE = "for example https://example.gov.by/press/";

    private BaseUrl() {
    }

    static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required, " + EXAMPLE);
        }
        String written = text.strip();
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl '" + written + "' is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("baseUrl '" + written + "' must be an absolute http or https URL, " + EXAMPLE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl '" + written + "' must not have a query or fragment");
        }
        String authority = uri.getRawAuthority();
        if (authority.contains("@")) {
            throw new IllegalArgumentException("baseUrl '" + written + "' holds user information ('"
                    + authority.substring(0, authority.lastIndexOf('@') + 1) + "'), which would appear in every "
                    + "published link; write it without: " + scheme + "://" + authority.substring(authority.lastIndexOf('@') + 1) + "/");
        }
        String host = asciiHost(written, uri, authority);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String normal = normalPath(path);
        URI result;
        try {
            result = new URI(scheme + "://" + host + port(uri, authority) + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl '" + written + "' is not a URL: " + e.getMessage());
        }
        if (!normal.equals(path)) {
            throw new IllegalArgumentException("baseUrl '" + written + "' has '.', '..' or empty segments in its path; "
                    + "write " + result.resolve(normal).toASCIIString());
        }
        return URI.create(result.toASCIIString());
    }

    /** The host in lower case and, when it has letters outside ASCII, in its IDNA ASCII form. */
    private static String asciiHost(String written, URI uri, String authority) {
        if (uri.getHost() != null) {
            return uri.getHost().toLowerCase(Locale.ROOT);
        }
        // java.net.URI takes a host with letters outside ASCII as a "registry" authority, without host
        String host = authority.replaceFirst(":\\d*$", "");
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (!ascii.isEmpty() && new URI("http://" + ascii + "/").getHost() != null) {
                return ascii;
            }
        } catch (IllegalArgumentException | URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("baseUrl '" + written + "' has '" + host
                + "' as its host, which is not a valid host name, " + EXAMPLE);
    }

    private static String port(URI uri, String authority) {
        if (uri.getHost() != null) {
            return uri.getPort() < 0 ? "" : ":" + uri.getPort();
        }
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(":\\d+$").matcher(authority);
        return port.find() ? port.group() : "";
    }

    /** The path without "." and ".." segments and with no empty segment ('//'). */
    private static String normalPath(String path) {
        String collapsed = path.replaceAll("/{2,}", "/");
        String normal = URI.create("http://h" + collapsed).normalize().getRawPath();
        // ".." above the root stays in java.net.URI's normal form: drop it, as browsers do
        while (normal.startsWith("/../")) {
            normal = normal.substring(3);
        }
        return normal.replaceAll("/{2,}", "/");
    }
}
