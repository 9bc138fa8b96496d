#!/usr/bin/env bash
# Photo benchmark (issue 13). usage: bench/images.sh [COUNT] [WIDTH] [HEIGHT]   (default: 1000 4000 3000)
#
# COUNT stories, each in ru, be and en, each showing its own generated photo of WIDTH x HEIGHT
# (12 megapixels by default), built with the plain Java entry point under /usr/bin/time -v:
#   1. first build, empty image cache: wall time, CPU time, peak RSS, photos decoded;
#   2. rebuild into a new output directory with the warm cache: the same, 0 photos decoded;
#   3. the bytes an article page loads in headless Chromium at 360 px (device pixel ratio 1, 2, 3):
#      HTML, CSS and images, and the images alone (the issue's bar: at most 200 KB for one photo).
# Results: bench/IMAGES.md; photos, corpus, outputs and logs in WORK (bench/work/images, not committed).
#
# Environment: JVM_OPTS (default -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC, as bench/run.sh), WORK, GENERATOR.
# Needs: java, mvn, python3, /usr/bin/time, node and /usr/bin/chromium with generator/src/e2e's
# node_modules (npm ci there; mvn verify does it).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
GENERATOR="${GENERATOR:-$REPO/generator}"
COUNT="${1:-1000}"
WIDTH="${2:-4000}"
HEIGHT="${3:-3000}"
JVM_OPTS="${JVM_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
WORK="${WORK:-$BENCH/work/images}"
RESULTS="${RESULTS:-$BENCH/IMAGES.md}"
log() { printf '[images %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java mvn python3 node; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: apt-get install -y time"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"

log "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the engine and its runtime classpath ---
(cd "$GENERATOR" && mvn -B -q compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt") \
    >"$WORK/classpath.log" 2>&1 || { cat "$WORK/classpath.log"; die "cannot build the engine"; }
CP="$(cat "$WORK/classpath.txt"):$GENERATOR/target/classes"

# --- photos and corpus (untimed, kept between runs) ---
PHOTOS="$WORK/photos-${WIDTH}x${HEIGHT}"
if [ "$(find "$PHOTOS" -name 'photo-*.jpg' 2>/dev/null | wc -l)" -lt "$COUNT" ]; then
    log "generating $COUNT photos of ${WIDTH}x${HEIGHT} in $PHOTOS (untimed)"
    java "$BENCH/photos/MakePhotos.java" many "$PHOTOS" "$COUNT" "$WIDTH" "$HEIGHT"
fi
SITE="$WORK/site-$COUNT"
rm -rf "$SITE" && mkdir -p "$SITE/content/news"
python3 - "$SITE/content/news" "$PHOTOS" "$COUNT" <<'PY'
import os, sys
root, photos, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
alts = {"ru": "Участники заседания за столом переговоров", "be": "Удзельнікі пасяджэння за сталом перамоў",
        "en": "Delegates at the conference table"}
for i in range(1, count + 1):
    d = os.path.join(root, "2025-%02d-%02d-story-%04d" % (1 + i % 12, 1 + i % 28, i))
    os.makedirs(d)
    os.link(os.path.join(photos, "photo-%04d.jpg" % i), os.path.join(d, "photo.jpg"))
    for lang, alt in alts.items():
        with open(os.path.join(d, lang + ".md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: \"Story %d (%s)\"\ndate: 2025-%02d-%02d\n---\n\n" % (i, lang, 1 + i % 12, 1 + i % 28))
            f.write("The first paragraph of story %d, a few words long.\n\n" % i)
            f.write("![%s](photo.jpg \"Caption %d\")\n\nA second paragraph after the photo.\n" % (alt, i))
PY

CACHE="$WORK/cache"
build() { # build NAME OUT
    local name="$1" out="$2"
    rm -rf "$out"
    /usr/bin/time -v -o "$WORK/$name.time" java $JVM_OPTS -cp "$CP" by.vestnik.VestnikMain --project "$SITE" \
        --output "$out" --image-cache "$CACHE" --base-url http://127.0.0.1:8399/ --languages ru,be,en \
        --time-zone Europe/Minsk --now 2026-01-01T00:00:00Z --verbose >"$WORK/$name.log" 2>&1 \
        || { tail -30 "$WORK/$name.log"; die "$name failed"; }
    python3 - "$WORK/$name.time" "$WORK/$name.log" "$name" >>"$WORK/builds.tsv" <<'PY'
import re, sys
fields = {}
for line in open(sys.argv[1]):
    if ": " in line:
        k, v = line.strip().rsplit(": ", 1)
        fields[k.strip()] = v.strip()
seconds = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    seconds = seconds * 60 + float(part)
images = re.search(r"images: (\d+) decoded, (\d+) from the cache", open(sys.argv[2]).read())
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
print("\t".join([sys.argv[3], "%.1f" % seconds, "%.1f" % cpu, "%d" % (int(fields["Maximum resident set size (kbytes)"]) // 1024),
                 images.group(1), images.group(2)]))
PY
    log "$(tail -1 "$WORK/builds.tsv")"
}
rm -f "$WORK/builds.tsv"
# a single 50-megapixel photo must build within the same heap
BIG="$WORK/site-50mp"
if [ ! -f "$BIG/content/news/2025-01-01-big/photo.jpg" ]; then
    mkdir -p "$BIG/content/news/2025-01-01-big"
    java -Xmx1g "$BENCH/photos/MakePhotos.java" scene "$BIG/content/news/2025-01-01-big/photo.jpg" 8660 5774 50 0.9
    printf -- '---\ntitle: "Fifty megapixels"\ndate: 2025-01-01\n---\n\n![A very large photo](photo.jpg)\n' \
        >"$BIG/content/news/2025-01-01-big/en.md"
fi
SITE_SAVED="$SITE"; SITE="$BIG"; rm -rf "$CACHE"
log "one 50-megapixel photo"
build 50mp "$WORK/out-50mp"
SITE="$SITE_SAVED"
rm -rf "$CACHE"
log "first build, empty cache"
build first "$WORK/out-first"
log "rebuild into a new output directory, warm cache"
build warm "$WORK/out-warm"

# --- bytes of an article page at 360 px ---
E2E="$GENERATOR/src/e2e"
[ -d "$E2E/node_modules/playwright-core" ] || (cd "$E2E" && npm ci --no-audit --no-fund >/dev/null)
(cd "$WORK/out-warm" && exec python3 -m http.server 8399 --bind 127.0.0.1) >"$WORK/http.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
ARTICLE="ru/news/2025/story-0500/"
E2E_DIR="$E2E" node "$BENCH/photos/page-bytes.mjs" "http://127.0.0.1:8399/$ARTICLE" >"$WORK/page-bytes.tsv"
kill $SERVER 2>/dev/null || true
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$WORK/builds.tsv" "$WORK/page-bytes.tsv" "$RESULTS" "$COUNT" "$WIDTH" "$HEIGHT" "$JVM_OPTS" "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)" <<'PY'
import sys
builds, pages, out, count, w, h, jvm, before, after, cores = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(builds)]
bytes_rows = [l.rstrip("\n").split("\t") for l in open(pages)]
mp = int(w) * int(h) / 1e6
with open(out, "w") as f:
    f.write("# Photo benchmark (bench/images.sh)\n\n")
    f.write("%s stories in ru, be and en (%d article pages), each showing its own generated photo of %s × %s "
            "(%.0f megapixels, JPEG); plain Java entry point, `%s`, %s cores; load average before %s, after %s.\n\n"
            % (count, 3 * int(count), w, h, mp, jvm, cores, before, after))
    f.write("| build | wall | CPU | peak RSS | photos decoded | from the cache |\n|---|---:|---:|---:|---:|---:|\n")
    names = {"first": "first build, empty image cache", "warm": "rebuild into a new output directory, warm cache",
             "50mp": "one story with one 50-megapixel photo (8660 × 5774)"}
    for r in rows:
        f.write("| %s | %s s | %s s | %s MB | %s | %s |\n" % (names[r[0]], r[1], r[2], r[3], r[4], r[5]))
    f.write("\nAn article page (`ru/news/2025/story-0500/`) in headless Chromium at 360 px wide:\n\n")
    f.write("| device pixel ratio | image chosen | image bytes | all bytes (HTML, CSS, image) |\n|---:|---|---:|---:|\n")
    for r in bytes_rows:
        f.write("| %s | %s | %s KB | %s KB |\n" % (r[0], r[1], "%.1f" % (int(r[2]) / 1024), "%.1f" % (int(r[3]) / 1024)))
    f.write("\nThe issue's bar: at most 200 KB of images for a page with one photo.\n")
print(open(out).read())
PY
