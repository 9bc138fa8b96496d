package by.vestnik.check;

/** Every internal link and every file a page loads (image, script, style, frame, refresh target) exists. */
final class LinkCheck implements SiteCheck {
    @Override
    public void site(CheckedSite site, Findings findings) {
        site.pages().values().parallelStream().forEach(page -> page.links().forEach(url ->
                site.links().target(page.path(), url).filter(site::isOurs).filter(target -> !site.exists(target))
                        .ifPresent(target -> findings.report(page.path(), "broken link to '" + url + "' (no file " + target + ")"))));
    }
}
