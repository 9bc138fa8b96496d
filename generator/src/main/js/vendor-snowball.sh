#!/usr/bin/env bash
# Regenerates the theme's search-snowball-ru.js and search-snowball-en.js from the npm package
# snowball-stemmers 0.6.0 (ISC licence, Oleg Mazko: a JavaScript port of the Snowball stemmers,
# BSD licence, Martin Porter and Richard Boulton). Each file keeps the package's runtime and one
# stemmer, unchanged, and registers it as globalThis.VestnikStemmers[lang]. Run from anywhere:
#   generator/src/main/js/vendor-snowball.sh
# SearchAnalysisParityTest proves that these files and Lucene's stemmers give the same stems.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
STATIC="$HERE/../resources/vestnik/static"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent snowball-stemmers@0.6.0 >/dev/null && tar xzf snowball-stemmers-0.6.0.tgz)
SRC="$WORK/package/snowball-stemmers.js"
[ "$(sha256sum "$SRC" | cut -c1-16)" = "$(cat "$HERE/snowball-stemmers.sha256")" ] \
    || { echo "snowball-stemmers 0.6.0 is not the file this was written for" >&2; exit 1; }

# line ranges in snowball-stemmers.js 0.6.0: helpers, runtime (Among, SnowballProgram, SnowballStemmer)
range() { # name first last
    awk -v a="$2" -v b="$3" 'NR >= a && NR <= b' "$SRC"
}
vendor() { # lang class first last
    local out="$STATIC/search-snowball-$1.js"
    {
        cat <<HEAD
/*! Snowball $2 stemmer for Vestnik's search, vendored by generator/src/main/js/vendor-snowball.sh
 * from the npm package snowball-stemmers 0.6.0 — do not edit.
 * Copyright (c) Oleg Mazko, ISC licence: permission to use, copy, modify, and/or distribute this
 * software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE
 * AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE.
 * Snowball: Copyright (c) 2001 Dr Martin Porter, (c) 2002 Richard Boulton, BSD licence. */
(function (root) {
HEAD
        range x 1 1
        range x 24 948
        range x "$3" "$4"
        cat <<TAIL
    var stemmer = new $2Stemmer();
    root.VestnikStemmers = root.VestnikStemmers || {};
    root.VestnikStemmers['$1'] = function (word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    };
})(globalThis);
TAIL
    } > "$out"
    echo "wrote $out ($(wc -c < "$out") bytes)"
}
vendor ru russian 15407 16024
vendor en english 5849 7048
