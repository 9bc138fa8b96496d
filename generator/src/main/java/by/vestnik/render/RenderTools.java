package by.vestnik.render;

import by.vestnik.SiteConfig;

/**
 * What rendering needs that depends only on the templates and the configuration: FreeMarker with
 * its parsed templates, the interface strings, the theme's files and the Markdown renderer. Made
 * once per build, or kept across the builds of a preview for as long as the templates and the
 * configuration stay the same.
 *
 * @param key what the tools were made from (a fingerprint of the templates and the configuration)
 */
public record RenderTools(String key, TemplateEngine templates, Messages messages, ThemeAssets assets,
                          MarkdownRenderer markdown) {

    public static RenderTools of(String key, SiteConfig config) {
        return new RenderTools(key, new TemplateEngine(config.templatesDir()),
                new Messages(config.languages(), config.templatesDir()), new ThemeAssets(config.templatesDir()),
                new MarkdownRenderer(new HtmlPolicy(config.allowedHtmlElements())));
    }
}
