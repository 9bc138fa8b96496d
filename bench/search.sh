#!/usr/bin/env bash
# Search benchmark (issue 14). usage: bench/search.sh [N]   (default 10000 articles per language)
#
# On the corpus of bench/generate-corpus.py N (3 x N articles):
#   1. clean builds of this engine with the index and without it (--no-search: everything else
#      the same, so the difference is what the index costs), RUNS each, interleaved; the index's
#      size and file count;
#   2. Pagefind 1.6 (the npm package `pagefind`, which ships its binary) over the same built site,
#      timed the same way, and its index size;
#   3. in Debian's Chromium behind nginx, a one-word and a three-word Russian query on each: bytes
#      fetched and time from the query to its first result shown (bench/search-queries.mjs).
# Writes bench/SEARCH-RESULTS.md; raw data stays in WORK (not committed).
#
# Every build writes onto a freshly made ext4 file system (a loop-mounted image in WORK; needs root
# and mkfs.ext4, else FRESH_FS=0 writes into WORK): ext4 searches past inodes deleted in the last
# five to ten minutes when it creates a file, so on a disk where the previous run's 50,000 files
# were just deleted, creating files costs several times what it costs on a disk at rest, and the
# cost swings from run to run. Both tools get the same treatment.
#
# Environment: RUNS=3, JVM_OPTS="-Xmx384m -XX:TieredStopAtLevel=1" (see below), WORK=bench/work,
# RESULTS=bench/SEARCH-RESULTS.md, FRESH_FS=1
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
N="${1:-10000}"
RUNS="${RUNS:-3}"
# the README's recommendation for a site of 3 x 10,000 articles with the index (at -Xmx256m the
# index's postings bring the build to the edge of the heap: GC thrash, and an OutOfMemoryError in
# one of twelve builds)
JVM_OPTS="${JVM_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}"
WORK="${WORK:-$BENCH/work}"
RESULTS="${RESULTS:-$BENCH/SEARCH-RESULTS.md}"
BASE_URL="http://127.0.0.1:18088/"
PAGEFIND_VERSION=1.6.0

log() { printf '[search-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java mvn node npm python3 nginx; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || die "$tool is not installed"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: apt-get install -y time"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing: apt-get install -y chromium"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
S="$WORK/search"
mkdir -p "$S"
DATA="$S/builds.tsv"
: >"$DATA"

# --- the engine of this tree -----------------------------------------------------------------------
engine() { # DIR -> prints its runtime classpath
    (cd "$1" && mvn -B -q -o compile >"$S/compile.log" 2>&1 \
        && mvn -B -q -o dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$S/cp.txt" >>"$S/compile.log" 2>&1) \
        || { tail -30 "$S/compile.log" >&2; die "cannot compile $1"; }
    echo "$(cat "$S/cp.txt"):$1/target/classes"
}
log "compiling the engine"
CP="$(engine "$REPO/generator")"
COMMIT="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- generator || echo '+changes')"

# --- corpus ----------------------------------------------------------------------------------------
CORPUS="$WORK/n$N"
if [ ! -f "$CORPUS/corpus.json" ]; then
    log "generating the corpus, N=$N"
    python3 "$BENCH/generate-corpus.py" "$N" --out "$CORPUS" >/dev/null
fi

timed() { # CASE RUN cmd...
    local case="$1" run="$2"; shift 2
    local tv="$S/time.$case.$run"
    /usr/bin/time -v -o "$tv" bash -c '"$@"' _ "$@" >"$S/log.$case.$run" 2>&1 || { tail -20 "$S/log.$case.$run" >&2; die "$case failed"; }
    python3 - "$tv" "$case" "$run" "$(cut -d' ' -f1 /proc/loadavg)" >>"$DATA" <<'EOF'
import sys
tv, case, run, load = sys.argv[1:]
f = {}
for line in open(tv):
    if ": " in line:
        k, v = line.strip().rsplit(": ", 1)
        f[k.strip()] = v.strip()
wall = 0.0
for part in f["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
cpu = float(f["User time (seconds)"]) + float(f["System time (seconds)"])
print("\t".join([case, run, "%.2f" % wall, "%.2f" % cpu, f["Maximum resident set size (kbytes)"], load]))
EOF
    tail -1 "$DATA" | awk -F'\t' '{printf "[search-bench] %-10s run %s: %6.2f s wall, %6.2f s cpu, %5d MB RSS, load %s\n", $1, $2, $3, $4, $5/1024, $6}' >&2
}
vestnik() { # CLASSPATH OUT [--no-search]
    java $JVM_OPTS -cp "$1" by.vestnik.VestnikMain --project "$CORPUS/vestnik" --content "$CORPUS/vestnik/content" \
        --output "$2" --base-url "$BASE_URL" --languages ru,be,en --time-zone Europe/Minsk --now 2026-01-01T00:00:00Z \
        --image-cache "$S/image-cache-$(basename "$2")" "${@:3}"
}
export -f vestnik
export JVM_OPTS CORPUS BASE_URL

# --- Pagefind from npm -----------------------------------------------------------------------------
PF="$S/pagefind"
if [ ! -x "$PF/node_modules/.bin/pagefind" ]; then
    log "installing pagefind@$PAGEFIND_VERSION from npm"
    mkdir -p "$PF" && (cd "$PF" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "pagefind@$PAGEFIND_VERSION" >/dev/null)
fi

# --- a fresh file system for each build ---------------------------------------------------------------
FRESH_FS="${FRESH_FS:-$([ "$(id -u)" = 0 ] && command -v mkfs.ext4 >/dev/null && echo 1 || echo 0)}"
OUTS="$S/outs"
fresh_fs() {
    mountpoint -q "$OUTS" && umount "$OUTS"
    rm -rf "$OUTS" && mkdir -p "$OUTS"
    if [ "$FRESH_FS" = 1 ]; then
        truncate -s 12G "$S/fs.img" && mkfs.ext4 -q -F "$S/fs.img" && mount -o loop "$S/fs.img" "$OUTS"
    fi
}
trap 'mountpoint -q "$OUTS" && umount "$OUTS"; rm -f "$S/fs.img"' EXIT

# --- clean builds, interleaved ------------------------------------------------------------------------
log "load before: $(cat /proc/loadavg)"
LOAD_BEFORE="$(cat /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    fresh_fs
    timed baseline "$run" vestnik "$CP" "$OUTS/out-base" --no-search
    fresh_fs
    timed search "$run" vestnik "$CP" "$OUTS/out-search"
    timed pagefind "$run" "$PF/node_modules/.bin/pagefind" --site "$OUTS/out-search" --output-subdir _pagefind --silent
done
LOAD_AFTER="$(cat /proc/loadavg)"

size() { du -sb --apparent-size "$@" | awk '{s += $1} END {print s}'; }
count() { find "$@" -type f | wc -l; }
INDEX_BYTES="$(size "$OUTS"/out-search/{ru,be,en}/search/index)"
INDEX_FILES="$(count "$OUTS"/out-search/{ru,be,en}/search/index)"
PF_BYTES="$(size "$OUTS/out-search/_pagefind")"
PF_FILES="$(count "$OUTS/out-search/_pagefind")"

# --- queries in Chromium ----------------------------------------------------------------------------
log "queries in Chromium"
(cd "$REPO/generator/src/e2e" && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node "$BENCH/search-queries.mjs" "$OUTS/out-search" 18088 >"$S/queries.json"

python3 - "$DATA" "$S/queries.json" "$N" "$RUNS" "$INDEX_BYTES" "$INDEX_FILES" "$PF_BYTES" "$PF_FILES" \
    "$LOAD_BEFORE" "$LOAD_AFTER" "$COMMIT" "$JVM_OPTS" "$FRESH_FS" >"$RESULTS" <<'EOF'
import json, statistics, sys
data, queries, n, runs, ib, ifiles, pb, pfiles, before, after, ref, jvm, fresh = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(data) if l.strip()]
def med(case, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == case)
base, search, pf = med("baseline", 2), med("search", 2), med("pagefind", 2)
q = json.load(open(queries))
print(f"# Search benchmark (issue 14)\n")
print(f"`bench/search.sh {n}`: {n} articles per language (3 x {n} pages), medians of {runs} clean builds,")
print(f"JVM options `{jvm}`, engine at `{ref}`, built with the index and with `--no-search` (all else the same).")
print(f"Load average before: {before}; after: {after}.")
print("Each build wrote onto a freshly made ext4 file system (see the script).\n" if fresh == "1" else "Builds wrote into WORK.\n")
print("| | wall s | CPU s | max RSS MB |\n|---|---|---|---|")
for case, label in [("baseline", "Vestnik without search"), ("search", "Vestnik with search"), ("pagefind", "Pagefind 1.6 over the built site")]:
    print(f"| {label} | {med(case, 2):.1f} | {med(case, 3):.1f} | {med(case, 4) / 1024:.0f} |")
print(f"\nThe index adds **{(search - base) / base * 100:.1f} %** to a clean build ({search - base:.1f} s; the bar: at most 15 %).")
print("Run by run (wall s, without / with the index): " + "; ".join(
    f"{b[2]} / {s[2]} ({(float(s[2]) - float(b[2])) / float(b[2]) * 100:+.1f} %)"
    for b, s in zip([r for r in rows if r[0] == "baseline"], [r for r in rows if r[0] == "search"])) + ".")
print(f"Index: {int(ib) / 1e6:.1f} MB in {ifiles} files; Pagefind's: {int(pb) / 1e6:.1f} MB in {pfiles} files.\n")
print("Queries (Russian, a fresh browser context each, nginx on loopback, no compression): bytes fetched")
print("after the query was given (the search page and its scripts, loaded before, are not counted; for")
print("Pagefind its wasm and metadata are, as its first query needs them) and the time until the first")
print("result is in the page (bar for a one-word query: at most 150 KB and 300 ms).\n")
print("| query | engine | requests | KB | ms to first result | results | index KB fetched before the query |\n|---|---|---|---|---|---|---|")
for r in q:
    print(f"| `{r['query']}` | {r['engine']} | {r['requests']} | {r['bytes'] / 1024:.0f} | {r['ms']:.0f} | {r['results']} | {r.get('preloaded', 0) / 1024:.0f} |")
print("\nThe last column: what the search page fetched of the index while loading, before any query (Vestnik")
print("fetches its manifest then, as a reader on the search page is about to type; Pagefind's import of")
print("pagefind.js is there too). The query's own figures are the KB and ms columns.")
EOF
log "wrote $RESULTS"
cat "$RESULTS"
