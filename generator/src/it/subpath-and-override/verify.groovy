// A site published under https://example.gov.by/press/: every link stays under the sub-path,
// hreflang and feeds are absolute under it, and the project's template and messages overrides
// are used where (and only where) they apply. HTML is parsed with jsoup (the plugin's test
// classpath), feeds with Groovy's XmlSlurper.
import groovy.xml.XmlSlurper
import org.jsoup.Jsoup

def BASE = 'https://example.gov.by/press/'
def BASE_PATH = '/press/'
def ORIGIN = 'https://example.gov.by'
def out = new File(basedir, 'site-output')
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }

assert out.isDirectory() : "no site-output/ in ${basedir}"

def rel = { File f -> out.toPath().relativize(f.toPath()).toString().replace(File.separatorChar, '/' as char) }
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
def htmlFiles = files.findAll { it.name.endsWith('.html') }.sort { rel(it) }
def feedFiles = files.findAll { it.name == 'rss.xml' }.sort { rel(it) }

// the pages and feeds this content must produce
def articlePath = ~/^[a-z]{2}\/news\/\d{4}\/[^\/]+\/index\.html$/
def expected = ['index.html', 'ru/index.html', 'be/index.html', 'en/index.html',
                'ru/news/2025/digital-forum/index.html', 'en/news/2025/digital-forum/index.html',
                'ru/news/2025/broadband-tender/index.html',
                'ru/news/2025/digital-forum/hall.svg', 'en/news/2025/digital-forum/hall.svg',
                'ru/rss.xml', 'en/rss.xml']
expected.each { check(new File(out, it).isFile(), "missing output file ${it}") }
check(!new File(out, 'en/news/2025/broadband-tender/index.html').exists(), 'a ru-only story got an en page')
check(!new File(out, 'be/news/2025/digital-forum/index.html').exists(), 'a story without be got a be page')

/** The public URL of an output file: directories are served by their index.html. */
def urlOf = { String path -> BASE + (path == 'index.html' ? '' : path.endsWith('/index.html') ? path[0..-11] : path) }
/** The output file a URL under the base serves, or null when it is outside the site. */
def fileFor = { String url ->
    def noFragment = url.replaceFirst(/[#?].*$/, '')
    if (!noFragment.startsWith(BASE)) return null
    def path = URLDecoder.decode(noFragment.substring(BASE.length()), 'UTF-8')
    new File(out, path.isEmpty() || path.endsWith('/') ? path + 'index.html' : path)
}

int internalLinks = 0
int relativeLinks = 0
def alternatesByPage = [:]   // page URL -> [hreflang: href]

htmlFiles.each { File file ->
    def path = rel(file)
    def pageUrl = urlOf(path)
    def doc = Jsoup.parse(file, 'UTF-8', pageUrl)

    // 1. every internal href/src is under /press/ and points at a file the build wrote
    doc.select('[href], [src]').each { el ->
        ['href', 'src'].findAll { el.hasAttr(it) }.each { attr ->
            String value = el.attr(attr).trim()
            String where = "${path}: <${el.tagName()} ${attr}=\"${value}\">"
            if (value.startsWith('#')) {
                check(value == '#' || !doc.select("[id=${value.substring(1)}]").isEmpty(), "${where} names no id on the page")
                return
            }
            if (value.startsWith('//')) {
                check(!value.startsWith('//example.gov.by'), "${where} is protocol-relative")
                return
            }
            if (value ==~ /^[A-Za-z][A-Za-z0-9+.-]*:.*/) {
                if (value.startsWith(ORIGIN)) {
                    check(value.startsWith(BASE), "${where} is on the site's host but outside ${BASE_PATH}")
                    internalLinks++
                    def target = fileFor(value)
                    check(target != null && target.isFile(), "${where} points at nothing the build wrote")
                }
                return // external
            }
            internalLinks++
            String absolute
            if (value.startsWith('/')) {
                check(value.startsWith(BASE_PATH), "${where} does not start with ${BASE_PATH}")
                absolute = ORIGIN + value
            } else {
                // a story's own files stay relative to its page (copied next to it): still under the sub-path
                relativeLinks++
                absolute = new URI(pageUrl).resolve(value).toString()
                check(absolute.startsWith(BASE), "${where} resolves to ${absolute}, outside ${BASE_PATH}")
            }
            def target = fileFor(absolute)
            check(target != null && target.isFile(), "${where} points at nothing the build wrote (${absolute})")
        }
    }

    // 2. canonical and hreflang alternates absolute under the sub-path
    def canonical = doc.select('link[rel=canonical]')
    check(canonical.size() == 1, "${path}: ${canonical.size()} canonical links")
    if (canonical.size() == 1) {
        check(canonical.attr('href') == pageUrl, "${path}: canonical ${canonical.attr('href')} is not ${pageUrl}")
    }
    def alternates = [:]
    doc.select('link[rel=alternate][hreflang]').each { link ->
        def href = link.attr('href')
        check(href.startsWith(BASE), "${path}: hreflang ${link.attr('hreflang')} href ${href} is not absolute under ${BASE}")
        check(!alternates.containsKey(link.attr('hreflang')), "${path}: hreflang ${link.attr('hreflang')} given twice")
        alternates[link.attr('hreflang')] = href
        def target = fileFor(href)
        check(target != null && target.isFile(), "${path}: hreflang ${href} points at nothing the build wrote")
    }
    alternatesByPage[pageUrl] = alternates
    doc.select('link[rel=alternate][type=application/rss+xml]').each { link ->
        check(link.attr('href').startsWith(BASE), "${path}: feed link ${link.attr('href')} is not absolute under ${BASE}")
    }

    // 3. the article.ftlh override marker: on article pages, and only there
    def markers = doc.select('.it-override-marker[data-it=article-override]')
    if (path ==~ articlePath) {
        check(markers.size() == 1, "${path}: article page without the templates/article.ftlh marker")
    } else {
        check(markers.isEmpty(), "${path}: the article override marker leaked onto a non-article page")
    }

    // 4. the messages override: Russian pages only, key by key over the embedded bundle
    def siteName = doc.select('a.site-name').text()
    def lang = doc.select('html').attr('lang')
    if (path.startsWith('ru/')) {
        check(siteName == 'Пресс-служба ИТ-теста', "${path}: site name '${siteName}', not the messages_ru override")
        check(doc.select('nav.site-nav a').first().text() == 'Все новости ИТ-теста', "${path}: nav.news not overridden")
        check(!doc.select('a.skip-link').text().isBlank(), "${path}: a key the override lacks is missing")
    } else if (path.startsWith('en/') || path.startsWith('be/')) {
        check(!doc.outerHtml().contains('ИТ-теста'), "${path}: the ru messages override leaked into ${lang}")
    }
}
check(htmlFiles.size() >= 7, "only ${htmlFiles.size()} HTML pages")
check(relativeLinks > 0, 'the story image link was not found, so the relative-link check ran on nothing')

// 5. hreflang reciprocity: every version lists every other one, and itself
alternatesByPage.each { pageUrl, alternates ->
    alternates.findAll { it.key != 'x-default' }.each { lang, href ->
        def back = alternatesByPage[href]
        check(back != null, "${pageUrl}: alternate ${href} is not a page of the site")
        if (back != null) {
            check(back.values().contains(pageUrl), "${href} does not link back to ${pageUrl}")
        }
    }
    if (!alternates.isEmpty()) {
        check(alternates.values().contains(pageUrl), "${pageUrl}: hreflang does not list the page itself")
        check(alternates.containsKey('x-default'), "${pageUrl}: no x-default")
    }
}
def forumRu = alternatesByPage[BASE + 'ru/news/2025/digital-forum/']
check(forumRu?.keySet()?.containsAll(['ru', 'en', 'x-default']) && !forumRu.containsKey('be'),
        "ru forum article alternates are ${forumRu}, expected ru, en, x-default")

// 6. feeds: well-formed RSS, every link absolute under the sub-path, also inside content:encoded
feedFiles.each { File file ->
    def path = rel(file)
    def rss = new XmlSlurper(false, true).parse(file)
            .declareNamespace(atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/')
    def channel = rss.channel
    def lang = path.substring(0, 2)
    check(rss.name() == 'rss' && rss.@version == '2.0', "${path}: not RSS 2.0")
    // a language feed belongs to the language's home, a topic feed to its topic page (the feed's folder)
    def page = path.endsWith('/tags/' + path.tokenize('/')[-2] + '/rss.xml') ? BASE + path.substring(0, path.lastIndexOf('/') + 1) : BASE + lang + '/'
    check(channel.link.text() == page, "${path}: channel link ${channel.link.text()}")
    check(channel.'atom:link'.@href.text() == BASE + path, "${path}: atom:link self ${channel.'atom:link'.@href}")
    check(channel.language.text() == lang, "${path}: language ${channel.language.text()}")
    channel.item.each { item ->
        check(item.link.text().startsWith(BASE + lang + '/news/'), "${path}: item link ${item.link.text()}")
        check(fileFor(item.link.text())?.isFile(), "${path}: item link ${item.link.text()} points at nothing")
        check(item.guid.text().startsWith(BASE), "${path}: guid ${item.guid.text()}")
        def html = Jsoup.parseBodyFragment(item.'content:encoded'.text())
        html.select('[href], [src]').each { el ->
            def url = el.hasAttr('href') ? el.attr('href') : el.attr('src')
            check(url ==~ /^[a-z]+:.*/, "${path}: relative URL ${url} inside content:encoded")
            if (url.startsWith(ORIGIN)) {
                check(url.startsWith(BASE), "${path}: ${url} inside content:encoded is outside ${BASE_PATH}")
                check(fileFor(url)?.isFile(), "${path}: ${url} inside content:encoded points at nothing")
            }
        }
    }
}
def ruFeed = new File(out, 'ru/rss.xml').text
check(ruFeed.contains(BASE + 'ru/news/2025/digital-forum/hall.svg'), 'ru feed: the story image is not absolute under /press/')
check(ruFeed.contains(BASE + 'ru/news/2025/broadband-tender/'), 'ru feed: the link to the other story is not absolute')

if (problems) {
    def shown = problems.take(40) + (problems.size() > 40 ? ["… and ${problems.size() - 40} more"] : [])
    throw new AssertionError("${problems.size()} problem(s):\n  " + shown.join('\n  '))
}
println "subpath-and-override: ${htmlFiles.size()} pages, ${feedFiles.size()} feeds, ${internalLinks} internal links checked (${relativeLinks} relative)"
return true
