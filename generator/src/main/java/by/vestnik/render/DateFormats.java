package by.vestnik.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as readers and machines need them: in the page's language for people ("9 апреля 2025 г."),
 * ISO 8601 for {@code <time datetime>}, RFC 822 with English names for feeds, whatever the JVM's
 * default locale.
 */
public final class DateFormats {
    private final Map<String, DateTimeFormatter> readable = new ConcurrentHashMap<>();
    private final Messages messages;

    public DateFormats(Messages messages) {
        this.messages = messages;
    }

    /** In the language's words; {@code date.pattern} in the messages overrides the CLDR long form. */
    public String readable(ZonedDateTime date, String language) {
        return readable.computeIfAbsent(language, this::formatterFor).format(date);
    }

    public static String iso(ZonedDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    public static String rfc822(ZonedDateTime date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(date);
    }

    private DateTimeFormatter formatterFor(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = messages.of(language).get("date.pattern");
        return pattern == null || pattern.isBlank()
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                : DateTimeFormatter.ofPattern(pattern, locale);
    }
}
