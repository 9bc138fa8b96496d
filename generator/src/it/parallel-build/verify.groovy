// Two sites built at once (-T 2) in one Maven JVM: each must come out complete, with its own base
// URL and languages only — no state shared between the two Mojo executions.
import groovy.xml.XmlSlurper
import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').getText('UTF-8')
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }

check(log.contains('MultiThreadedBuilder implementation with a thread count of 2'), 'the reactor was not built with -T 2')
check(!log.contains('not marked as @threadSafe') && !log.contains('not thread-safe'), 'Maven warns the plugin is not thread-safe')
check(log.contains('BUILD SUCCESS'), 'no BUILD SUCCESS')
def lines = log.readLines()
def summaries = lines.findIndexValues { it =~ /\[INFO\] vestnik: .* -> .*site-output/ }
check(summaries.size() == 2, "expected one vestnik summary per module, found ${summaries.size()}")
// Whether the two executions really ran at the same time depends on the machine's load, so it is
// reported rather than asserted: both Mojos started before the first one finished.
def starts = lines.findIndexValues { it.contains('--- vestnik-maven-plugin:') && it.contains(':build ') }
def overlapped = starts.size() == 2 && summaries && starts.every { it < summaries.min() }
println "parallel-build: the two vestnik executions ${overlapped ? 'overlapped' : 'did not overlap this time'}"

def sites = [
        'site-a': [base: 'https://a.example.by/', languages: ['ru', 'en'], other: 'b.example.by', absent: 'be'],
        'site-b': [base: 'https://b.example.by/news/', languages: ['be', 'en'], other: 'a.example.by', absent: 'ru'],
]
sites.each { module, site ->
    def out = new File(basedir, "${module}/site-output")
    if (!out.isDirectory()) {
        problems << "${module}: no site-output/"
        return
    }
    def files = []
    out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
    def rel = { File f -> out.toPath().relativize(f.toPath()).toString().replace(File.separatorChar, '/' as char) }
    def basePath = new URI(site.base).path

    check(new File(out, 'index.html').isFile(), "${module}: no root index.html")
    check(!new File(out, site.absent).exists(), "${module}: has a ${site.absent}/ tree, a language of the other module")
    site.languages.each { lang ->
        def articles = files.findAll { rel(it) ==~ /${lang}\/news\/2025\/[^\/]+\/index\.html/ }
        check(articles.size() == 8, "${module}: ${articles.size()} ${lang} article pages, expected 8")
        articles.each { file ->
            def doc = Jsoup.parse(file, 'UTF-8')
            def title = doc.select('h1').first()?.text()
            check(title ==~ /${module} story \d\d \(${lang}\)/, "${module}/${rel(file)}: title '${title}'")
            check(doc.select('html').attr('lang') == lang, "${module}/${rel(file)}: html lang ${doc.select('html').attr('lang')}")
            check(doc.select('link[rel=canonical]').attr('href').startsWith(site.base + lang + '/news/'),
                    "${module}/${rel(file)}: canonical ${doc.select('link[rel=canonical]').attr('href')}")
            check(doc.select('table').size() == 1, "${module}/${rel(file)}: the Markdown table was not rendered")
            doc.select('link[rel=alternate][hreflang]').each {
                check(it.attr('href').startsWith(site.base), "${module}/${rel(file)}: hreflang ${it.attr('href')}")
            }
            def storyLink = doc.select('.article__body a').first()?.attr('href')
            check(storyLink?.startsWith(basePath + lang + '/news/2025/'), "${module}/${rel(file)}: story link ${storyLink}")
        }
        def feedFile = new File(out, "${lang}/rss.xml")
        check(feedFile.isFile(), "${module}: no ${lang}/rss.xml")
        if (feedFile.isFile()) {
            def rss = new XmlSlurper().parse(feedFile)
            check(rss.channel.item.size() == 8, "${module}: ${lang} feed has ${rss.channel.item.size()} items")
            check(rss.channel.language.text() == lang, "${module}: ${lang} feed language ${rss.channel.language.text()}")
            rss.channel.item.each { item ->
                check(item.link.text().startsWith(site.base + lang + '/news/2025/'), "${module}: ${lang} feed item ${item.link.text()}")
            }
        }
    }
    files.findAll { it.name.endsWith('.html') || it.name.endsWith('.xml') }.each { file ->
        check(!file.getText('UTF-8').contains(site.other), "${module}/${rel(file)} mentions the other module's ${site.other}")
    }
}

if (problems) {
    def shown = problems.take(40) + (problems.size() > 40 ? ["… and ${problems.size() - 40} more"] : [])
    throw new AssertionError("${problems.size()} problem(s):\n  " + shown.join('\n  '))
}
return true
