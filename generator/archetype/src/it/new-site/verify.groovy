// The generated project is a complete site project, and its `mvn site` built a multilingual site.
import org.jsoup.Jsoup

def project = new File(basedir, 'press')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

// what the archetype promises: the files, and a pom that binds the plugin to `site`
['pom.xml', '.gitignore', 'README.md', 'content/tags.yaml', 'templates/README.md',
 'templates/messages/messages_ru.properties', 'templates/messages/messages_en.properties'].each {
    assert new File(project, it).isFile() : "the archetype did not make ${it}"
}
def stories = new File(project, 'content/news').listFiles().findAll { it.isDirectory() }
assert stories.size() == 2 : "stories: ${stories*.name}"
stories.each { story -> ['ru.md', 'en.md'].each { assert new File(story, it).isFile() : "${story.name}/${it}" } }
def gitignore = new File(project, '.gitignore').getText('UTF-8')
assert gitignore.contains('site-output/') && gitignore.contains('.site-output.*') && gitignore.contains('target/')

def pom = new groovy.xml.XmlSlurper().parse(new File(project, 'pom.xml'))
assert pom.groupId.text() == 'gov.example' && pom.artifactId.text() == 'press'
def plugin = pom.build.plugins.plugin.find { it.artifactId.text() == 'vestnik-maven-plugin' }
assert plugin.version.text() == '${vestnik.version}'
assert plugin.executions.execution.phase.text() == 'site' && plugin.executions.execution.goals.goal.text() == 'build'
assert plugin.configuration.size() == 0 : 'settings belong in properties, where -D can override them'
assert pom.properties.'vestnik.baseUrl'.text() == 'https://news.example.org/'
def sitePlugin = pom.build.pluginManagement.plugins.plugin.find { it.artifactId.text() == 'maven-site-plugin' }
assert sitePlugin.version.text() && sitePlugin.version.text() != '3.3'

// the site: both languages, each story in both, linked by hreflang, with feeds
def out = new File(project, 'site-output')
['index.html', 'ru/index.html', 'en/index.html', 'ru/rss.xml', 'en/rss.xml', 'sitemap.xml',
 'ru/tags/index.html', 'en/tags/index.html'].each { assert new File(out, it).isFile() : "no site-output/${it}" }
def home = Jsoup.parse(new File(out, 'en/index.html'), 'UTF-8')
def articles = home.select('a[href*=/en/news/2025/]')*.attr('href').unique()
assert articles.size() == 2 : "en home lists ${articles}"
articles.each { href ->
    def page = Jsoup.parse(new File(out, href.replaceFirst('^/', '') + 'index.html'), 'UTF-8')
    def langs = page.select('link[rel=alternate][hreflang]')*.attr('hreflang') as Set
    assert langs == ['ru', 'en', 'x-default'] as Set : "${href}: hreflang ${langs}"
    assert page.select('link[rel=canonical]').attr('href').startsWith('https://news.example.org/en/news/2025/')
}
assert home.title().contains('Office news') : "the site name override did not apply: ${home.title()}"
def feed = new File(out, 'en/rss.xml').getText('UTF-8')
assert feed.contains('<title>Office news — News</title>') : 'feed title'
assert new File(out, 'ru/tags/open-data/index.html').isFile()
return true
