package by.vestnik.render.view;

/**
 * One entry of the language switcher.
 *
 * @param name       the language named in itself (Русский, Беларуская, English)
 * @param href       the translation of this page, or the language's home where there is none
 * @param translated whether {@code href} is a translation of this page
 */
public record LanguageLink(String code, String name, String href, boolean current, boolean translated) {
}
