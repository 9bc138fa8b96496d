package by.vestnik.load;

/**
 * The front matter's {@code image:} (a file in the story folder, as written) and {@code imageAlt:}
 * (its alt text in this version's language, empty when not given), with the line of {@code image:}.
 */
public record LeadImage(String file, String alt, int line) {
}
