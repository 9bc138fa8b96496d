package by.vestnik.render.view;

/**
 * One line of the root language chooser, all of it in that language.
 *
 * @param code     the language's code, for {@code lang} and {@code hreflang}
 * @param name     the language's own name ("Беларуская")
 * @param prompt   "choose a language" in that language
 * @param siteName the site's name in that language
 * @param href     that language's home
 */
public record LanguageChoice(String code, String name, String prompt, String siteName, String href) {
}
