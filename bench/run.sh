#!/usr/bin/env bash
# Vestnik vs Hugo benchmark (issues 5 and 12). usage: bench/run.sh [--stress] [N ...]   (default N: 1000 3000 10000)
#
# N is the number of articles per language (ru, be, en each get exactly N; about 1.3*N stories).
# For each N: generate the corpus once (untimed), one untimed warm-up of each tool, then RUNS
# timed runs of each case, interleaved (java, maven, hugo 0.131, hugo 0.111, java, ...) so that
# drift in the machine's load hits every tool alike:
#   clean      every tool, from no output and no cache of any kind (see fresh_* below);
#   no-change  Vestnik (plain Java) and both Hugos, into the output the last clean run left;
#   one-edit   Vestnik (plain Java) and Hugo 0.131, after one sentence was appended to one article:
#              "middle" edits the story in the middle of the archive (in no feed, on no first list
#              page), "newest" the newest Russian article (in the Russian feed and its tags' feeds,
#              on the first page of the home, year and tag lists); the positions alternate.
# --stress adds a clean plain-Java build of 3 x STRESS_N (100,000) articles, STRESS_RUNS times, for
# its peak RSS (no Hugo, no rebuilds; it takes long). A stress build that fails is recorded, not fatal.
# Removals of old trees and the edits happen outside the timed part.
# Results: bench/RESULTS.md (and raw data under bench/work/, which is not committed).
#
# Environment:
#   RUNS=3                 timed runs per case (the median is reported)
#   WARMUP=1               untimed warm-up runs per tool before timing (page cache, Maven resolution)
#   JVM_OPTS="-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"  JVM options of the plain Java run and, through MAVEN_OPTS, of Maven
#   WORK=bench/work        corpora, outputs, logs
#   GENERATOR=DIR          another engine source tree to measure (default: this repository's generator/);
#                          e.g. another branch's: git archive main generator | tar -x -C /tmp/engine-main
#   M2_REPO=WORK/m2        local Maven repository for the plugin install and the Maven run (see below)
#   SKIP_INSTALL=1         do not (re)install the plugin first
#   HUGO_0131=PATH         Hugo 0.131 binary (default: what ../shared/tools/hugo-0.131.sh, beside the
#                          repository, unpacks and prints)
#   HUGO_0111=PATH|skip    Hugo 0.111 binary (default: `hugo` on PATH, Debian 12's package); skip: leave it out
#   STRESS_N=100000        articles per language of the --stress run
#   STRESS_RUNS=1          timed runs of the --stress build
#   STRESS_JVM_OPTS=$JVM_OPTS  JVM options of the --stress build
#   STRESS_TIMEOUT=3600    seconds after which a --stress build is stopped and recorded as failed
#                          (status 124 or 137; a JVM out of memory may hang instead of exiting)
#   QUIET_WAIT=300         seconds to wait, before each size, for the machine to become quiet (0: do not wait)
#   RESULTS=bench/RESULTS.md
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
GENERATOR="${GENERATOR:-$REPO/generator}"   # the engine to measure: a generator/ source tree
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
JVM_OPTS="${JVM_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
WORK="${WORK:-$BENCH/work}"
RESULTS="${RESULTS:-$BENCH/RESULTS.md}"
STRESS_N="${STRESS_N:-100000}"
STRESS_RUNS="${STRESS_RUNS:-1}"
STRESS_JVM_OPTS="${STRESS_JVM_OPTS:-$JVM_OPTS}"
STRESS_TIMEOUT="${STRESS_TIMEOUT:-3600}"
QUIET_WAIT="${QUIET_WAIT:-300}"
BASE_URL="https://bench.example.org/"
LANGS="ru,be,en"
ZONE="Europe/Minsk"
NOW="2026-01-01T00:00:00Z"
PLUGIN="by.vestnik:vestnik-maven-plugin:0.1.0-SNAPSHOT:build"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

STRESS=0
SIZES=()
for arg in "$@"; do
    case "$arg" in
        --stress) STRESS=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *[!0-9]* | '') die "unknown argument '$arg' (usage: bench/run.sh [--stress] [N ...], N a whole number)" ;;
        *) SIZES+=("$arg") ;;
    esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 3000 10000)

for tool in java mvn python3 git; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: apt-get install -y time"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
DATA="$WORK/measurements.tsv"
META="$WORK/meta.json"

# --- the two Hugos ------------------------------------------------------------------------------
# Hugo 0.131 (Debian 13's package, after Hugo's 0.123 rewrite) is the one the bar is set against;
# Debian 12's Hugo 0.111 stays for comparison with the earlier results. The script that unpacks
# 0.131 lives in the shared tools beside the repository: ../shared/tools/ of this checkout, or of
# the main checkout when this is a `git worktree` elsewhere.
hugo_script() {
    local common candidate
    common="$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
    for candidate in "$REPO/../shared/tools/hugo-0.131.sh" ${common:+"$(dirname "$common")/../shared/tools/hugo-0.131.sh"}; do
        [ -f "$candidate" ] && { (cd "$(dirname "$candidate")" && echo "$(pwd)/hugo-0.131.sh"); return 0; }
    done
    return 1
}
# Debian's Hugo packages link libsass; Debian 12's hugo (0.111) brings it, and Debian 13's 0.131,
# unpacked without installing, needs it too: a fresh machine has neither
if [ -z "${HUGO_0111:-}" ] && ! command -v hugo >/dev/null 2>&1 || ! dpkg -s libsass1 >/dev/null 2>&1; then
    log "installing Debian's hugo (0.111) and libsass1"
    { apt-get install -y -qq hugo libsass1 || { apt-get update -qq && apt-get install -y -qq hugo libsass1; }; } >"$WORK/apt.log" 2>&1 \
        || { cat "$WORK/apt.log" >&2; die "cannot install hugo and libsass1 (as root: apt-get install -y hugo libsass1)"; }
fi
if [ -z "${HUGO_0131:-}" ]; then
    script="$(hugo_script)" || die "Hugo 0.131 is needed and its script is absent: no $(dirname "$REPO")/shared/tools/hugo-0.131.sh (nor ../shared/tools/ beside the main checkout of a git worktree). Put the shared tools there, or set HUGO_0131=/path/to/hugo-0.131"
    log "Hugo 0.131: $script (unpacks Debian 13's package once, installs nothing)"
    HUGO_0131="$(bash "$script" 2>"$WORK/hugo-0.131.log" | tail -1)" \
        || { cat "$WORK/hugo-0.131.log" >&2; die "$script failed (log above)"; }
fi
[ -x "$HUGO_0131" ] || die "HUGO_0131=$HUGO_0131 is not an executable"
HUGO_0111="${HUGO_0111:-$(command -v hugo || true)}"
[ -n "$HUGO_0111" ] || die "Hugo 0.111 is not installed (apt-get install -y hugo), or set HUGO_0111=/path/to/hugo or HUGO_0111=skip"
# label of a Hugo binary from its version: hugo-0.131
hugo_label() {
    local version
    version="$("$1" version 2>&1)" || die "$1 does not run: $version"
    version="$(sed -n 's/^hugo v\([0-9]*\.[0-9]*\).*/\1/p' <<<"$version")"
    [ -n "$version" ] || die "cannot read the version of $1"
    echo "hugo-$version"
}
HUGO_BINS=("$HUGO_0131")
[ "$HUGO_0111" = skip ] || HUGO_BINS+=("$HUGO_0111")
HUGO_LABELS=()
for bin in "${HUGO_BINS[@]}"; do HUGO_LABELS+=("$(hugo_label "$bin")"); done
[ "${HUGO_LABELS[0]}" = hugo-0.131 ] || log "WARNING: HUGO_0131=$HUGO_0131 is ${HUGO_LABELS[0]}, not 0.131: the report's bar will say 'not measured'"
[ ${#HUGO_LABELS[@]} -lt 2 ] || [ "${HUGO_LABELS[0]}" != "${HUGO_LABELS[1]}" ] || die "both Hugos are ${HUGO_LABELS[0]}"
log "Hugos: ${HUGO_LABELS[*]}"

# --- the engine: the plugin into a local repository, the runtime classpath for the plain main ---
# The Maven run resolves the plugin from a local repository. ~/.m2 is shared with every other
# build on the machine, and any of them may install its own 0.1.0-SNAPSHOT there at any moment
# (it happened while this harness was written), so by default the benchmark uses a private copy
# of it, WORK/m2, seeded from ~/.m2 once, and installs the plugin there: the Maven run then
# measures the same engine as the plain Java run. M2_REPO=~/.m2/repository uses the shared one.
M2_REPO="${M2_REPO:-$WORK/m2}"
if [ ! -d "$M2_REPO" ]; then
    log "seeding the private Maven repository $M2_REPO from ~/.m2/repository (untimed, once)"
    mkdir -p "$M2_REPO"
    if [ -d "$HOME/.m2/repository" ]; then
        cp -a "$HOME/.m2/repository/." "$M2_REPO/"
        rm -rf "$M2_REPO/by/vestnik"
    fi
fi
M2_REPO="$(cd "$M2_REPO" && pwd)"
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    log "installing the plugin into $M2_REPO (mvn -B -q install -DskipTests -Dinvoker.skip=true)"
    (cd "$GENERATOR" && mvn -B -q -Dmaven.repo.local="$M2_REPO" install -DskipTests -Dinvoker.skip=true) \
        >"$WORK/install.log" 2>&1 || { tail -50 "$WORK/install.log"; die "plugin install failed, see $WORK/install.log"; }
fi
PLUGIN_JAR="$M2_REPO/by/vestnik/vestnik-maven-plugin/0.1.0-SNAPSHOT/vestnik-maven-plugin-0.1.0-SNAPSHOT.jar"
[ -f "$PLUGIN_JAR" ] || die "the plugin is not installed in $M2_REPO (run without SKIP_INSTALL=1)"
PLUGIN_SHA="$(sha256sum "$PLUGIN_JAR" | cut -c1-16)"
[ -d "$GENERATOR/target/classes/by/vestnik" ] || die "generator/target/classes is missing: build the generator first"
(cd "$GENERATOR" && mvn -B -q -Dmaven.repo.local="$M2_REPO" dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt") \
    >"$WORK/classpath.log" 2>&1 || { cat "$WORK/classpath.log"; die "cannot compute the classpath"; }
CLASSPATH_JAVA="$(cat "$WORK/classpath.txt"):$GENERATOR/target/classes"

# A tiny project for the Maven run: the goal needs a pom, nothing else.
MVN_PROJECT="$WORK/maven-project"
mkdir -p "$MVN_PROJECT"
cat >"$MVN_PROJECT/pom.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>by.vestnik.bench</groupId>
  <artifactId>bench-site</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
EOF

# --- timing ------------------------------------------------------------------------------------
# timed CASE N RUN OUTDIR LOG cmd...   runs cmd under /usr/bin/time -v, appends a row to $DATA:
# N, case, run, wall s, user s, system s, max RSS KiB, .html pages, exit status. A failing run
# stops the benchmark unless MAY_FAIL=1 (the stress run), which records its exit status instead.
# TIMEOUT=S stops the run after S seconds (TERM, then KILL 30 s later).
timed() {
    local case="$1" n="$2" run="$3" out="$4" logf="$5"
    shift 5
    local tv="$WORK/time.$$" status=0
    # the cases are shell functions: bash runs them under time; RSS is the largest process's
    local limit=()
    [ -z "${TIMEOUT:-}" ] || limit=(timeout --foreground --kill-after=30 "$TIMEOUT")
    /usr/bin/time -v -o "$tv" "${limit[@]}" bash -c '"$@"' _ "$@" >"$logf" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
        tail -30 "$logf" >&2
        [ "${MAY_FAIL:-0}" = 1 ] || die "$case (N=$n, run $run) failed; log: $logf"
        log "$case (N=$n, run $run) failed with exit status $status (recorded); log: $logf"
    fi
    local pages=0
    # -H: the output may be a symbolic link to the published tree
    [ -d "$out" ] && pages=$(find -H "$out" -name '*.html' -type f | wc -l)
    python3 - "$tv" "$case" "$n" "$run" "$pages" "$status" >>"$DATA" <<'EOF'
import sys
tv, case, n, run, pages, status = sys.argv[1:]
fields = {}
for line in open(tv):
    if ":" in line:
        k, v = line.strip().rsplit(": ", 1) if ": " in line else (line, "")
        fields[k.strip()] = v.strip()
wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"]
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
print("\t".join([n, case, run, "%.3f" % seconds, fields["User time (seconds)"], fields["System time (seconds)"],
                 fields["Maximum resident set size (kbytes)"], pages, status]))
EOF
    tail -1 "$DATA" | awk -F'\t' '{printf "[bench] %-26s N=%s run %s: %6.2f s wall, %5.1f s cpu, %4d MiB RSS, %d pages%s\n", $2, $1, $3, $4, $5+$6, $7/1024, $8, ($9 == 0 ? "" : ", FAILED")}' >&2
}

# vestnik_java OUT CORPUS: exec, so that a timeout's signals reach the JVM itself and time sees its
# rusage; so call it in a child process (timed does, or a subshell), never in this shell.
vestnik_java() {
    exec java $JVM_OPTS -cp "$CLASSPATH_JAVA" by.vestnik.VestnikMain --project "$2/vestnik" --content "$2/vestnik/content" \
        --output "$1" --base-url "$BASE_URL" --languages "$LANGS" --time-zone "$ZONE" --now "$NOW" --verbose
}
vestnik_maven() { # OUT CORPUS
    (cd "$MVN_PROJECT" && MAVEN_OPTS="$JVM_OPTS" mvn -B -q -o -Dmaven.repo.local="$M2_REPO" "$PLUGIN" -Dvestnik.baseUrl="$BASE_URL" \
        -Dvestnik.contentDirectory="$2/vestnik/content" -Dvestnik.outputDirectory="$1" -Dvestnik.languages="$LANGS" \
        -Dvestnik.timeZone="$ZONE" -Dvestnik.now="$NOW")
}
hugo_build() { # BIN LABEL OUT CORPUS   (cache and resources per Hugo version, beside the output)
    HUGO_RESOURCEDIR="$4/resources-$2" "$1" --quiet -s "$4/hugo" --contentDir "$4/hugo/content" \
        --cacheDir "$4/cache-$2" -d "$3"
}

export -f vestnik_java vestnik_maven hugo_build
export JVM_OPTS CLASSPATH_JAVA BASE_URL LANGS ZONE NOW MVN_PROJECT PLUGIN M2_REPO

# --- clean state ---------------------------------------------------------------------------------
# A clean build starts with no output and no cache of any kind, wherever the cache lives: the
# output directory, everything named .<output>* beside it (Vestnik's staging tree, previous
# release, publish manifest, unchanged-build record), and everything in the project directories
# but their inputs (target/: the image-derivative cache and whatever comes next). For Hugo: its
# cache and resource directories and what it leaves in its source directory. Entries of the corpus
# directory that belong to no tool and no input are removed too, with a warning naming them.

# wipe_output DIR: the output and its .DIR* siblings
wipe_output() {
    local parent name
    parent="$(dirname "$1")"; name="$(basename "$1")"
    rm -rf "$1"
    find "$parent" -mindepth 1 -maxdepth 1 -name ".$name*" -exec rm -rf {} +
}
# wipe_except DIR NAME...: every entry of DIR (dot files included) but the named ones
wipe_except() {
    local dir="$1" entry keep name
    shift
    [ -d "$dir" ] || return 0
    for entry in "$dir"/* "$dir"/.[!.]* "$dir"/..?*; do
        [ -e "$entry" ] || [ -L "$entry" ] || continue
        name="$(basename "$entry")"
        keep=0
        for k in "$@"; do [ "$name" = "$k" ] && keep=1; done
        [ "$keep" = 1 ] || rm -rf "$entry"
    done
}
# stray_state CORPUS: removes (and names) entries of CORPUS that are no input and no tool's output or cache
stray_state() {
    local entry name
    for entry in "$1"/* "$1"/.[!.]* "$1"/..?*; do
        [ -e "$entry" ] || [ -L "$entry" ] || continue
        name="$(basename "$entry")"
        case "$name" in
            vestnik | hugo | corpus.json | logs | out-* | .out-* | cache-hugo-* | resources-hugo-*) ;;
            *) log "WARNING: removing $entry before a clean build: state the harness does not know of"; rm -rf "$entry" ;;
        esac
    done
}
fresh_java() { # CORPUS
    stray_state "$1"; wipe_output "$1/out-java"; wipe_except "$1/vestnik" content
}
fresh_maven() { # CORPUS
    stray_state "$1"; wipe_output "$1/out-maven"; wipe_except "$MVN_PROJECT" pom.xml
}
fresh_hugo() { # LABEL CORPUS
    stray_state "$2"; wipe_output "$2/out-$1"; rm -rf "$2/cache-$1" "$2/resources-$1"
    wipe_except "$2/hugo" content config.toml layouts i18n static
}

# --- the machine's other load ---------------------------------------------------------------------
# CPU seconds all processes have used since boot (user, nice, system, irq, softirq, steal; USER_HZ ticks)
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{print ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat; }
# CPU seconds this script's finished children have used (the second line of bash's `times`, which
# must run in this shell: in a command substitution it would count the subshell's children)
own_seconds() { # VAR
    times >"$WORK/times.$$"
    printf -v "$1" '%s' "$(tail -1 "$WORK/times.$$" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } print s }')"
}
# Waits (up to QUIET_WAIT seconds) for the 1-minute load average to fall below a quarter of the
# cores: the previous size's runs, or a build that just ended, would otherwise still count against this one.
wait_for_quiet() {
    local limit i
    limit=$(python3 -c "import os; print(os.cpu_count() / 4)")
    for ((i = 0; i < QUIET_WAIT / 5; i++)); do
        python3 -c "import os, sys; sys.exit(0 if os.getloadavg()[0] < $limit else 1)" && return 0
        ((i == 0)) && log "waiting for the machine to be quiet (1-minute load below $limit): $(uptime)"
        sleep 5
    done
    python3 -c "import os, sys; sys.exit(0 if os.getloadavg()[0] < $limit else 1)" || log "WARNING: the machine is not quiet: $(uptime)"
}
# size_started N / size_ended N: the load before and after, and the CPU time other processes took
size_started() {
    wait_for_quiet
    echo "$1	before	$(uptime)" >>"$WORK/load.tsv"
    BUSY0=$(busy_seconds); own_seconds OWN0; START=$(date +%s.%N)
}
size_ended() {
    local own1
    echo "$1	after	$(uptime)" >>"$WORK/load.tsv"
    # CPU time the machine spent on anything but this script and its children while this size ran
    own_seconds own1
    python3 -c 'import sys; b0, b1, o0, o1, t0, t1 = map(float, sys.argv[1:]); print("%.1f\t%.1f" % ((b1 - b0) - (o1 - o0), t1 - t0))' \
        "$BUSY0" "$(busy_seconds)" "$OWN0" "$own1" "$START" "$(date +%s.%N)" \
        | sed "s/^/$1	foreign	/" >>"$WORK/load.tsv"
}

# --- the edited articles -----------------------------------------------------------------------
# edit_targets CORPUS: prints "position<TAB>Vestnik file<TAB>Hugo file" for the two edit positions.
# middle: the middle of the folders sorted by name (= by day): years from the newest, in no feed.
# newest: the Russian article with the latest date (same day: the later time, then the last folder).
edit_targets() {
    python3 - "$1" <<'EOF'
import os, re, sys
corpus = sys.argv[1]
content = os.path.join(corpus, "vestnik", "content")
folders = sorted(d for d in os.listdir(content) if os.path.isfile(os.path.join(content, d, "ru.md")))
def when(folder):
    with open(os.path.join(content, folder, "ru.md"), encoding="utf-8") as f:
        m = re.search(r"^date: (\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?", f.read(), re.M)
    return (m.group(1), m.group(2) or "00:00", folder)
picks = [("middle", folders[(len(folders) - 1) // 2]), ("newest", max(folders, key=when))]
for position, folder in picks:
    hugo = os.path.join(corpus, "hugo", "content", "news", folder[:4], folder[11:], "index.ru.md")
    print("\t".join([position, os.path.join(content, folder, "ru.md"), hugo]))
EOF
}
# append_sentence FILE RUN: one more sentence at the end of the article's last paragraph
append_sentence() {
    printf 'Дополнительное предложение номер %d добавлено для проверки пересборки.\n' "$2" >>"$1"
}

# --- one size ----------------------------------------------------------------------------------
bench_size() {
    local n="$1"
    local corpus="$WORK/n$n"
    local logs="$corpus/logs"
    local i label bin
    log "N=$n: generating the corpus (untimed)"
    python3 "$BENCH/generate-corpus.py" "$n" --out "$corpus" --seed 20260101 >&2
    rm -rf "$corpus/hugo/layouts" "$corpus/hugo/i18n" "$corpus/hugo/static"
    cp -r "$BENCH/hugo-site/config.toml" "$BENCH/hugo-site/layouts" "$BENCH/hugo-site/i18n" "$BENCH/hugo-site/static" "$corpus/hugo/"
    rm -rf "$logs"; mkdir -p "$logs"
    size_started "$n"

    local r
    for ((r = 1; r <= WARMUP; r++)); do
        log "N=$n: warm-up java"
        fresh_java "$corpus"; (vestnik_java "$corpus/out-java" "$corpus") >"$logs/warmup-java.log" 2>&1 \
            || { tail -30 "$logs/warmup-java.log"; die "warm-up java failed"; }
        log "N=$n: warm-up maven"
        fresh_maven "$corpus"; vestnik_maven "$corpus/out-maven" "$corpus" >"$logs/warmup-maven.log" 2>&1 \
            || { tail -30 "$logs/warmup-maven.log"; die "warm-up maven failed"; }
        for i in "${!HUGO_BINS[@]}"; do
            label="${HUGO_LABELS[$i]}"; bin="${HUGO_BINS[$i]}"
            log "N=$n: warm-up $label"
            fresh_hugo "$label" "$corpus"; hugo_build "$bin" "$label" "$corpus/out-$label" "$corpus" >"$logs/warmup-$label.log" 2>&1 \
                || { tail -30 "$logs/warmup-$label.log"; die "warm-up $label failed"; }
        done
    done

    for ((r = 1; r <= RUNS; r++)); do
        fresh_java "$corpus"
        timed "vestnik-java clean" "$n" "$r" "$corpus/out-java" "$logs/java-clean-$r.log" vestnik_java "$corpus/out-java" "$corpus"
        fresh_maven "$corpus"
        timed "vestnik-maven clean" "$n" "$r" "$corpus/out-maven" "$logs/maven-clean-$r.log" vestnik_maven "$corpus/out-maven" "$corpus"
        for i in "${!HUGO_BINS[@]}"; do
            label="${HUGO_LABELS[$i]}"; bin="${HUGO_BINS[$i]}"
            fresh_hugo "$label" "$corpus"
            timed "$label clean" "$n" "$r" "$corpus/out-$label" "$logs/$label-clean-$r.log" hugo_build "$bin" "$label" "$corpus/out-$label" "$corpus"
        done
    done
    # rebuilds into the output (and with the caches) the last clean run left
    for ((r = 1; r <= RUNS; r++)); do
        timed "vestnik-java no-change" "$n" "$r" "$corpus/out-java" "$logs/java-nochange-$r.log" vestnik_java "$corpus/out-java" "$corpus"
        for i in "${!HUGO_BINS[@]}"; do
            label="${HUGO_LABELS[$i]}"; bin="${HUGO_BINS[$i]}"
            timed "$label no-change" "$n" "$r" "$corpus/out-$label" "$logs/$label-nochange-$r.log" hugo_build "$bin" "$label" "$corpus/out-$label" "$corpus"
        done
    done
    # one article edited before each run, alternately in the middle of the archive and the newest
    # (the same article in Vestnik's and Hugo's copy); only the default Hugo: it re-renders
    # everything on every build, so its one-edit rebuild is its no-change rebuild again
    local position vfile hfile label0="${HUGO_LABELS[0]}" bin0="${HUGO_BINS[0]}"
    local targets
    targets="$(edit_targets "$corpus")"
    while IFS=$'\t' read -r position vfile hfile; do
        [ -f "$vfile" ] && [ -f "$hfile" ] || die "N=$n: the $position article is missing: $vfile / $hfile"
        printf '%s\t%s\t%s\n' "$n" "$position" "$vfile" >>"$WORK/edited.tsv"
    done <<<"$targets"
    for ((r = 1; r <= RUNS; r++)); do
        while IFS=$'\t' read -r position vfile hfile; do
            append_sentence "$vfile" "$r"; append_sentence "$hfile" "$r"
            timed "vestnik-java one-edit $position" "$n" "$r" "$corpus/out-java" "$logs/java-edit-$position-$r.log" \
                vestnik_java "$corpus/out-java" "$corpus"
            timed "$label0 one-edit $position" "$n" "$r" "$corpus/out-$label0" "$logs/$label0-edit-$position-$r.log" \
                hugo_build "$bin0" "$label0" "$corpus/out-$label0" "$corpus"
        done <<<"$targets"
    done

    local outs=("$corpus/out-java" "$corpus/out-maven")
    for label in "${HUGO_LABELS[@]}"; do outs+=("$corpus/out-$label"); done
    python3 "$BENCH/count-pages.py" "${outs[@]}" >"$WORK/kinds-$n.jsonl"
    size_ended "$n"
}

# --- the stress run: 3 x STRESS_N, clean plain-Java builds only ----------------------------------
bench_stress() {
    local n="$STRESS_N"
    local corpus="$WORK/n$n"
    local logs="$corpus/logs"
    local r
    log "N=$n (stress): generating the corpus, Vestnik's only (untimed)"
    python3 "$BENCH/generate-corpus.py" "$n" --out "$corpus" --seed 20260101 --only vestnik >&2
    rm -rf "$logs"; mkdir -p "$logs"
    size_started "$n"
    for ((r = 1; r <= STRESS_RUNS; r++)); do
        fresh_java "$corpus"
        JVM_OPTS="$STRESS_JVM_OPTS" MAY_FAIL=1 TIMEOUT="$STRESS_TIMEOUT" timed "vestnik-java clean" "$n" "$r" "$corpus/out-java" "$logs/java-clean-$r.log" vestnik_java "$corpus/out-java" "$corpus"
    done
    [ -d "$corpus/out-java" ] && python3 "$BENCH/count-pages.py" "$corpus/out-java" >"$WORK/kinds-$n.jsonl"
    size_ended "$n"
    # the output is many gigabytes: the figures are taken, the tree goes
    fresh_java "$corpus"
}

# --- run -----------------------------------------------------------------------------------------
: >"$DATA"
: >"$WORK/load.tsv"
: >"$WORK/edited.tsv"
rm -f "$WORK"/kinds-*.jsonl
if [ -n "${ENGINE_LABEL:-}" ]; then
    ENGINE="$ENGINE_LABEL"
elif [ "$GENERATOR" = "$REPO/generator" ]; then
    ENGINE="commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD -- generator 2>/dev/null || echo +local-changes) of this repository"
else
    ENGINE="the source tree $GENERATOR"
fi
hugo_versions="$(for bin in "${HUGO_BINS[@]}"; do "$bin" version; done)"
stress_n=""; [ "$STRESS" = 1 ] && stress_n="$STRESS_N"
python3 - "$META" "$JVM_OPTS" "$RUNS" "$WARMUP" "$0 $* " "$ENGINE" "$PLUGIN_SHA" "$M2_REPO" "$hugo_versions" \
    "${HUGO_LABELS[*]}" "$stress_n" "$STRESS_RUNS" "$STRESS_JVM_OPTS" <<'EOF'
import json, os, platform, subprocess, sys, datetime
meta_path, heap, runs, warmup, command, engine, plugin_sha, m2, hugo, labels, stress, stress_runs, stress_heap = sys.argv[1:]
def out(cmd):
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return (done.stdout + done.stderr).strip()
cpu = ""
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip(); break
mem = ""
for line in open("/proc/meminfo"):
    if line.startswith("MemTotal"):
        mem = "%.1f GiB" % (int(line.split()[1]) / 1024 / 1024); break
json.dump({"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "heap": heap, "runs": runs, "warmup": warmup,
           "command": command.strip(), "java": out("java -version 2>&1 | head -1"), "maven": out("mvn -v 2>&1 | head -1"),
           "hugo": "; ".join(hugo.splitlines()), "hugos": labels.split(), "kernel": platform.release(),
           "engine": engine, "plugin_sha": plugin_sha, "m2": m2,
           "stress": int(stress) if stress else None, "stress_runs": stress_runs, "stress_heap": stress_heap}, open(meta_path, "w"), indent=1)
EOF
for n in "${SIZES[@]}"; do
    bench_size "$n"
done
[ "$STRESS" = 1 ] && bench_stress
[ "$(sha256sum "$PLUGIN_JAR" | cut -c1-16)" = "$PLUGIN_SHA" ] \
    || log "WARNING: the plugin jar in $M2_REPO changed during the benchmark: the Maven figures may be of another build"
rm -f "$WORK/time.$$" "$WORK/times.$$"
python3 "$BENCH/report.py" "$WORK" >"$RESULTS"
log "done: $RESULTS"
