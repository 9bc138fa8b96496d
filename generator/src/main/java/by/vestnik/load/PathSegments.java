package by.vestnik.load;

import java.util.regex.Pattern;

/** What may stand in a URL path written by the site: unreserved URL characters, no dot segments. */
public final class PathSegments {
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,199}");

    private PathSegments() {
    }

    public static boolean isSafeSegment(String segment) {
        return SAFE_SEGMENT.matcher(segment).matches() && !segment.endsWith(".");
    }

    /** A relative path of safe segments such as {@code node/10378}, no leading or trailing '/'. */
    public static boolean isSafePath(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!isSafeSegment(segment)) {
                return false;
            }
        }
        return true;
    }
}
