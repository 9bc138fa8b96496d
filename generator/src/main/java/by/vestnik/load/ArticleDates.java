package by.vestnik.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Front-matter dates: an ISO date, a local date-time in the site's zone, or one with an offset. */
final class ArticleDates {
    private ArticleDates() {
    }

    /** The longest date we accept, "2025-04-09T14:30:00.123456789+03:00", with room to spare. */
    private static final int MAX_LENGTH = 48;

    static Optional<ZonedDateTime> parse(String text, ZoneId siteZone) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // "+0300" is common in feeds and mail; ISO wants "+03:00"
        String value = text.trim().replace(' ', 'T').replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(siteZone));
            }
            if (value.endsWith("Z") || value.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(siteZone));
            }
            return Optional.of(LocalDateTime.parse(value).atZone(siteZone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
