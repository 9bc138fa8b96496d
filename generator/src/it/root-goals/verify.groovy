// vestnik:help, vestnik:new (new and old property names) and vestnik:eject at the root of a reactor
def log = new File(basedir, 'build.log').getText('UTF-8')

// help: once, with the new goal's placeholders and its vestnik.* properties
assert log.contains('content/news/<date>-<slug>/<lang>.md') : 'vestnik:help lost the placeholders'
assert (log =~ /(?m)^vestnik:new$/).count == 1 : 'vestnik:help ran more than once or not at all'
assert log.contains('User property: vestnik.slug') && log.contains('User property: vestnik.lang')

// new: one story at the root, in both languages, nothing in the module
def stories = new File(basedir, 'content/news').listFiles()
assert stories.size() == 1 && stories[0].name ==~ /\d{4}-\d{2}-\d{2}-first-story/ : "stories: ${stories*.name}"
assert new File(stories[0], 'ru.md').isFile() && new File(stories[0], 'en.md').isFile()
assert !new File(basedir, 'module-a/content').exists() : 'vestnik:new ran in the module too'
assert log.contains('[WARNING] vestnik: -Dslug is deprecated: use -Dvestnik.slug=first-story')
assert log.contains('[WARNING] vestnik: -Dlang is deprecated: use -Dvestnik.lang=en')

// eject: copies byte for byte; the second run names the existing file and copies nothing
def templates = new File(basedir, 'templates')
['messages/messages_ru.properties', 'messages/messages_be.properties', 'messages/messages_en.properties'].each {
    assert new File(templates, it).isFile() : "vestnik:eject did not copy ${it}"
}
assert new File(templates, 'messages/messages_ru.properties').getText('UTF-8').contains('site.name=')
assert log.contains('[ERROR] vestnik: templates/messages/messages_ru.properties: error: exists already, not overwritten')
assert !new File(templates, 'static/style.css').exists() : 'the failed eject copied style.css all the same'
assert !new File(basedir, 'module-a/templates').exists()
// without vestnik.files: the list of embedded files
assert log.contains('[INFO] vestnik:   static/style.css') && log.contains('[INFO] vestnik:   layout.ftlh')
return true
