// Two broken articles: one without a title, one dated "yesterday". The build must report both,
// each with its file and line, end in BUILD FAILURE, and leave the published site untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }

// Maven prints the engine's diagnostics as "[ERROR] vestnik: <file>:<line>: error: <message>"
def noTitle = log =~ /(?m)^\[ERROR\] vestnik: content\/2025-05-01-no-title\/ru\.md:(\d+)(?::\d+)?: error: .*'title'.*$/
check(noTitle.find(), 'build.log does not name content/2025-05-01-no-title/ru.md with a line number and the missing title')
if (noTitle.find(0)) {
    check(noTitle.group(1) as int >= 1, "missing title reported at line ${noTitle.group(1)}")
}
def badDate = log =~ /(?m)^\[ERROR\] vestnik: content\/2025-05-02-bad-date\/en\.md:(\d+)(?::\d+)?: error: .*yesterday.*$/
check(badDate.find(), 'build.log does not name content/2025-05-02-bad-date/en.md with a line number and the bad date')
if (badDate.find(0)) {
    // 'date: yesterday' is line 4 of the file
    check(badDate.group(1) == '4', "the bad date is reported at line ${badDate.group(1)}, not 4")
}
check(log.contains('BUILD FAILURE'), 'build.log has no BUILD FAILURE')
check(!log.contains('internal error'), 'the broken content was reported as an internal error')
check(!(log =~ /(?m)^\[ERROR\] vestnik: content\/2025-05-03-fine\//).find(), 'the valid article was reported as broken')

// nothing published: the earlier output is exactly as it was, and no staging area is left behind
def out = new File(basedir, 'site-output')
def keep = new File(out, 'keep.txt')
check(keep.isFile(), 'site-output/keep.txt was removed')
check(keep.isFile() && keep.getText('UTF-8') == 'published by an earlier build; a failed build must leave it alone\n',
        'site-output/keep.txt was changed')
def oldHome = new File(out, 'ru/index.html')
check(oldHome.isFile() && oldHome.getText('UTF-8') == '<!DOCTYPE html><title>old</title>\n', 'site-output/ru/index.html was replaced')
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString() }
check(files.sort() == ['keep.txt', 'ru/index.html'].collect { it.replace('/', File.separator) }.sort(),
        "site-output/ holds ${files}, expected only the earlier files")
def leftovers = basedir.listFiles().findAll { it.name.startsWith('.site-output') }*.name
check(leftovers.isEmpty(), "staging left behind: ${leftovers}")

if (problems) {
    def shown = problems.take(40) + (problems.size() > 40 ? ["… and ${problems.size() - 40} more"] : [])
    throw new AssertionError("${problems.size()} problem(s):\n  " + shown.join('\n  '))
}
return true
