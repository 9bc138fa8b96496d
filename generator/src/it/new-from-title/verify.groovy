// vestnik:new made the story folder from the Russian title by the ministry's scheme (seed 003's
// address) and wrote the title into the front matter.
def news = new File(basedir, 'content/news')
def folders = news.listFiles()?.collect { it.name } ?: []
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }
check(folders.size() == 1 && folders[0] ==~ /\d{4}-\d{2}-\d{2}-belarus-nalazhivaet-sotrudnichestvo-v-ramkakh-shos-v-oblasti-cifry/,
        "story folders ${folders}")
if (folders.size() == 1) {
    def text = new File(news, "${folders[0]}/ru.md").getText('UTF-8')
    check(text.contains('title: "Беларусь налаживает сотрудничество в рамках ШОС в области цифры"\n'), "front matter:\n${text}")
}
if (problems) {
    throw new AssertionError("new-from-title IT:\n  " + problems.join('\n  '))
}
return true
