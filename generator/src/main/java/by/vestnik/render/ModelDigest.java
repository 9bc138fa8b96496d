package by.vestnik.render;

import by.vestnik.graph.ChangeDigest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A digest of everything a template can read of its data model: strings, numbers, lists, maps
 * (in their iteration order, which a template sees too), optionals and records, component by
 * component. Two models with the same digest render to the same page with the same templates, so
 * a page whose digest is the one recorded need not be rendered again. The interface strings and
 * the message function are left out: they belong to the templates and configuration, which the
 * memo's own key covers. A value of any other kind (an object a template could call into) has no
 * digest: such a page is always rendered.
 */
final class ModelDigest {
    /** Keys of the data model whose values come from the templates' bundles, not from the content. */
    private static final Set<String> FROM_TEMPLATES = Set.of("msg", "fmt");

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** A value that no digest can stand for. */
    static final class NotDigestible extends RuntimeException {
        NotDigestible(Class<?> type) {
            super("no digest for a " + type.getName() + " in a page's data model", null, false, false);
        }
    }

    private final ChangeDigest digest = new ChangeDigest();

    private ModelDigest() {
    }

    /** The digest of the page {@code template} renders from {@code model}, or null when the model has a value of no digest. */
    static String of(String template, Map<String, Object> model) {
        ModelDigest hasher = new ModelDigest();
        try {
            hasher.digest.text(template);
            for (Map.Entry<String, Object> entry : model.entrySet()) {
                hasher.digest.text(entry.getKey());
                if (!FROM_TEMPLATES.contains(entry.getKey())) {
                    hasher.value(entry.getValue());
                }
            }
            return hasher.digest.finish();
        } catch (NotDigestible e) {
            return null;
        }
    }

    /** The digest of one value of a model, as it stands for the value inside a {@link DigestedList}. */
    static String ofValue(Object value) {
        ModelDigest hasher = new ModelDigest();
        hasher.value(value);
        return hasher.digest.finish();
    }

    private void value(Object value) {
        if (value instanceof DigestedList<?> list) {
            digest.tag('L');
            digest.number(list.size());
            for (int i = 0; i < list.size(); i++) {
                digest.text(list.digest(i));
            }
        } else if (value == null) {
            digest.tag('0');
        } else if (value instanceof String text) {
            digest.tag('s');
            digest.text(text);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            digest.tag('n');
            digest.text(value.getClass().getName());
            digest.text(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            digest.tag('m');
            digest.number(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(entry.getKey());
                value(entry.getValue());
            }
        } else if (value instanceof Collection<?> items) {
            digest.tag('l');
            digest.number(items.size());
            items.forEach(this::value);
        } else if (value instanceof Optional<?> optional) {
            digest.tag('o');
            value(optional.orElse(null));
        } else if (value.getClass().isRecord()) {
            digest.tag('r');
            digest.text(value.getClass().getName());
            for (Method accessor : COMPONENTS.get(value.getClass())) {
                try {
                    value(accessor.invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new NotDigestible(value.getClass());
                }
            }
        } else {
            throw new NotDigestible(value.getClass());
        }
    }
}
