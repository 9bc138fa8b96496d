// vestnik:translations lists the Russian-only and English-only stories per language, newest
// first, then fails because requiredTranslations=ru,be and five versions are missing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def problems = []
def check = { ok, message -> if (!ok) problems << message.toString() }
[
    'vestnik: 4 published stories; versions missing: ru 1, be 4, en 2',
    'vestnik: no version in ru (1), newest first:',
    'vestnik:   2025-05-15  news/2025-05-15-sco-ict-meeting-preparations  (has en)',
    'vestnik: no version in en (2), newest first:',
    'vestnik:   2025-07-31  news/2025-07-31-belarus-china-digital-development  (has ru)',
    'vestnik:   2025-06-17  news/2025-06-17-belarus-sco-digital-cooperation  (has ru)',
    'vestnik: 5 versions missing in ru, be (requiredTranslations)',
    'BUILD FAILURE',
].each { check(log.contains(it), "build.log lacks: ${it}") }
check(!new File(basedir, 'site-output').exists(), 'the report wrote a site')
if (problems) {
    throw new AssertionError("translations IT:\n  " + problems.join('\n  '))
}
return true
