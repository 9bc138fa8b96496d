package by.vestnik.render;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A story's {@code source} that is one of its own {@code aliases}: the ministry's old address of
 * the same text, which now redirects to the page itself, so a link would lead back to it. Compared
 * by path only, because the old site answered under more than one host name (mpt.gov.by and its
 * Cyrillic domain).
 */
final class SourceAddress {
    private SourceAddress() {
    }

    static boolean isOneOf(String address, List<String> aliases) {
        String path = pathOf(address);
        return path != null && !path.isEmpty() && aliases.stream().map(SourceAddress::trimmed).anyMatch(path::equals);
    }

    /** The address as readers write it: host (in its own letters) and path, without the scheme. */
    static String shown(String address) {
        try {
            URI uri = new URI(address);
            String host = uri.getHost() == null ? "" : IDN.toUnicode(uri.getHost());
            return host + (uri.getPath() == null ? "" : uri.getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return address;
        }
    }

    private static String pathOf(String address) {
        try {
            String path = new URI(address).getPath();
            return path == null ? null : trimmed(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String trimmed(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
