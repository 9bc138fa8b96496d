package by.vestnik.render;

import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * {@code fmt("archive.count", year.count)} in templates: a message of the page's language with its
 * arguments, through ICU MessageFormat, so that {@code {0, plural, one {# article} other {#
 * articles}}} takes the CLDR plural form ("1 статья", "3 статьи", "5 статей").
 */
final class MessageFunction implements TemplateMethodModelEx {
    private final Messages messages;
    private final String language;

    MessageFunction(Messages messages, String language) {
        this.messages = messages;
        this.language = language;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("fmt needs the message key, e.g. fmt(\"archive.count\", year.count)");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        }
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
        try {
            return messages.format(language, key, values);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
