// Configured only by -Dvestnik.* user properties: base URL (no trailing slash, normalised),
// languages in the given order, relative output and content directories, feed size, drafts.
import groovy.xml.XmlSlurper
import org.jsoup.Jsoup

def BASE = 'https://props.example.by/portal/'
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'public')
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }

check(log.contains('BUILD SUCCESS'), 'no BUILD SUCCESS')
check(out.isDirectory(), 'vestnik.outputDirectory=public was not used (relative to the project)')
check(!new File(basedir, 'site-output').exists(), 'the default site-output/ was written although outputDirectory was set')

if (out.isDirectory()) {
    // languages en,ru: en is the default language, so the root chooser is English and lists en first
    def root = Jsoup.parse(new File(out, 'index.html'), 'UTF-8', BASE)
    check(root.select('html').attr('lang') == 'en', "root page lang ${root.select('html').attr('lang')}, expected en (the first language)")
    def chooser = root.select('ul.language-choice a').collect { it.attr('hreflang') }
    check(chooser == ['en', 'ru'], "language chooser order ${chooser}, expected [en, ru]")
    check(!new File(out, 'be').exists(), 'be/ written although vestnik.languages=en,ru')

    ['en', 'ru'].each { lang ->
        ['first', 'second'].each { story ->
            def page = new File(out, "${lang}/news/2025/${story}/index.html")
            check(page.isFile(), "missing ${lang}/news/2025/${story}/index.html")
            if (page.isFile()) {
                def doc = Jsoup.parse(page, 'UTF-8')
                check(doc.select('link[rel=canonical]').attr('href') == "${BASE}${lang}/news/2025/${story}/",
                        "${lang}/${story}: canonical ${doc.select('link[rel=canonical]').attr('href')}")
                check(doc.select('a.site-name').attr('href') == "/portal/${lang}/", "${lang}/${story}: home link ${doc.select('a.site-name').attr('href')}")
            }
        }
    }
    // vestnik.drafts=true publishes the draft
    check(new File(out, 'en/news/2025/draft/index.html').isFile(), 'the draft was not published although vestnik.drafts=true')

    // vestnik.feedSize=1: each feed carries only the newest article
    def newest = [en: "${BASE}en/news/2025/draft/", ru: "${BASE}ru/news/2025/second/"]
    newest.each { lang, link ->
        def rss = new XmlSlurper().parse(new File(out, "${lang}/rss.xml"))
        check(rss.channel.item.size() == 1, "${lang} feed has ${rss.channel.item.size()} items, expected 1 (vestnik.feedSize=1)")
        check(rss.channel.item[0].link.text() == link, "${lang} feed item ${rss.channel.item[0].link.text()}, expected ${link}")
        check(rss.channel.link.text() == "${BASE}${lang}/", "${lang} feed channel link ${rss.channel.link.text()}")
    }
}

if (problems) {
    def shown = problems.take(40) + (problems.size() > 40 ? ["… and ${problems.size() - 40} more"] : [])
    throw new AssertionError("${problems.size()} problem(s):\n  " + shown.join('\n  '))
}
return true
