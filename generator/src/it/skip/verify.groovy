// -Dvestnik.skip=true: the execution runs and says so, but writes nothing at all.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('vestnik: skipped') : 'the Mojo did not log that it skipped'
assert log.contains('BUILD SUCCESS')
assert !log.contains('vestnik: ERROR') && !(log =~ /\[INFO\] vestnik: .* -> /).find() : 'the site was built after all'
assert !new File(basedir, 'site-output').exists() : 'site-output/ was created'
def written = basedir.listFiles().findAll { it.name.startsWith('.site-output') || it.name == 'site-output' }*.name
assert written.isEmpty() : "the skipped build wrote ${written}"
return true
