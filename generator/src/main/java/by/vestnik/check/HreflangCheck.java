package by.vestnik.check;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every hreflang group is complete by Google's rules: language tags or x-default, absolute URLs,
 * each given once, an x-default, the page itself among them, and every alternate linking back.
 */
final class HreflangCheck implements SiteCheck {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?|x-default");

    @Override
    public void site(CheckedSite site, Findings findings) {
        site.pages().values().parallelStream().forEach(page -> check(site, page, findings));
    }

    private static void check(CheckedSite site, PageFacts page, Findings findings) {
        Map<String, String> alternates = page.alternates();
        if (alternates.isEmpty()) {
            return;
        }
        String path = page.path();
        page.duplicates().forEach(code -> findings.report(path, "hreflang " + code + " is given twice"));
        alternates.forEach((code, href) -> {
            if (!LANGUAGE.matcher(code).matches()) {
                findings.report(path, "hreflang '" + code + "' is not a language tag (such as ru, de, pt-BR) or x-default");
            }
            if (!site.links().isAbsoluteHttp(href)) {
                findings.report(path, "hreflang " + code + " link '" + href + "' is not an absolute URL");
            }
        });
        String self = page.canonical();
        String language = alternates.entrySet().stream().filter(e -> e.getValue().equals(self))
                .map(Map.Entry::getKey).filter(code -> !code.equals("x-default")).findFirst()
                .orElse(self.equals(alternates.get("x-default")) ? "x-default" : "");
        if (!alternates.containsKey("x-default")) {
            findings.report(path, "the hreflang links have no x-default");
        }
        if (language.isEmpty()) {
            findings.report(path, "the hreflang links do not list this page itself (" + self + ")");
            return;
        }
        alternates.forEach((code, href) -> {
            Optional<String> target = site.links().pageOf(href);
            if (target.isEmpty()) {
                return;
            }
            if (!site.has(target.get())) {
                findings.report(path, "hreflang " + code + " points to " + href + ", which does not exist");
                return;
            }
            PageFacts theirs = site.pages().get(target.get());
            if (!code.equals("x-default") && (theirs == null || !self.equals(theirs.alternates().get(language)))) {
                findings.report(path, "hreflang " + code + " → " + href + " is not reciprocal: that page does not link back to "
                        + self + " as " + language);
            }
        });
    }
}
