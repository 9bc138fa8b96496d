package by.vestnik.maven;

import java.util.Properties;
import org.apache.maven.plugin.logging.Log;

/**
 * A parameter renamed to the {@code vestnik.} prefix still answers to its old property, with a
 * warning, so that scripts written for the old name keep working until they are updated.
 */
final class DeprecatedProperty {
    private DeprecatedProperty() {
    }

    /** The parameter's value; else the old property's, with a warning that names the new one. */
    static String value(String current, String property, String oldProperty, Properties userProperties, Log log) {
        String old = userProperties == null ? null : userProperties.getProperty(oldProperty);
        if (old == null) {
            return current;
        }
        if (current != null) {
            log.warn("vestnik: -D" + oldProperty + " is deprecated and ignored here, since -D" + property
                    + " is given");
            return current;
        }
        log.warn("vestnik: -D" + oldProperty + " is deprecated: use -D" + property + "=" + old);
        return old;
    }
}
