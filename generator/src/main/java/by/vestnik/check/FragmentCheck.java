package by.vestnik.check;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A link to {@code #fragment}, on its own page or another page of the site, must find an
 * element with that id there (browsers show the top of the page instead, without a word).
 */
final class FragmentCheck implements SiteCheck {
    @Override
    public void site(CheckedSite site, Findings findings) {
        var pages = site.pages();
        pages.values().parallelStream().forEach(page -> page.fragmentLinks().forEach(link -> {
            int hash = link.indexOf('#');
            String fragment = java.net.URLDecoder.decode(link.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            Optional<String> target = hash == 0 ? Optional.of(page.path()) : site.links().target(page.path(), link.substring(0, hash))
                    .filter(site::isOurs).map(t -> pages.containsKey(t) ? t : t + "/index.html");
            PageFacts there = target.map(pages::get).orElse(null);
            if (there != null && !there.ids().contains(fragment) && !fragment.equalsIgnoreCase("top")) {
                findings.report(page.path(), "broken link to '" + link + "' (" + (hash == 0 ? "this page" : there.path())
                        + " has no element with id '" + fragment + "')");
            }
        }));
    }
}
