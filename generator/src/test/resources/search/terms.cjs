// Prints the search terms that the theme's search.js finds in each line of a word list, one line
// of space-separated terms per input line. usage: node terms.cjs STATIC_DIR ANALYSIS_JSON WORDS
const fs = require('node:fs');
const path = require('node:path');
const [staticDir, configFile, wordsFile] = process.argv.slice(2);
for (const script of ['search-snowball-ru.js', 'search-snowball-en.js', 'search.js']) {
  require(path.resolve(staticDir, script));
}
const analysis = globalThis.VestnikSearch.analyzer(JSON.parse(fs.readFileSync(configFile, 'utf8')), globalThis.VestnikStemmers);
const lines = fs.readFileSync(wordsFile, 'utf8').split('\n').filter((l) => l.length > 0);
process.stdout.write(lines.map((l) => analysis.terms(l).join(' ')).join('\n') + '\n');
