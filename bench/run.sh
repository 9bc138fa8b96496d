#!/usr/bin/env bash
# Vestnik vs Hugo benchmark (issue 5). usage: bench/run.sh [N ...]   (default: 1000 10000)
#
# N is the number of articles per language (ru, be, en each get exactly N; about 1.3*N stories).
# For each N: generate the corpus once (untimed), one untimed warm-up of each tool, then RUNS
# timed runs of each case, interleaved (java, maven, hugo, java, maven, hugo, ...) so that drift in
# the machine's load hits every tool alike. Old output trees are deleted outside the timed part.
# Results: bench/RESULTS.md (and raw data under bench/work/, which is not committed).
#
# Environment:
#   RUNS=3                 timed runs per case (the median is reported)
#   WARMUP=1               untimed warm-up runs per tool before timing (page cache, Maven resolution)
#   JVM_OPTS="-Xmx256m -XX:TieredStopAtLevel=1"  JVM options of the plain Java run and, through MAVEN_OPTS, of Maven
#   WORK=bench/work        corpora, outputs, logs
#   GENERATOR=DIR          another engine source tree to measure (default: this repository's generator/);
#                          e.g. another branch's: git archive main generator | tar -x -C /tmp/engine-main
#   M2_REPO=WORK/m2        local Maven repository for the plugin install and the Maven run (see below)
#   SKIP_INSTALL=1         do not (re)install the plugin first
#   RESULTS=bench/RESULTS.md
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
GENERATOR="${GENERATOR:-$REPO/generator}"   # the engine to measure: a generator/ source tree
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
JVM_OPTS="${JVM_OPTS:--Xmx256m -XX:TieredStopAtLevel=1}"
WORK="${WORK:-$BENCH/work}"
RESULTS="${RESULTS:-$BENCH/RESULTS.md}"
BASE_URL="https://bench.example.org/"
LANGS="ru,be,en"
ZONE="Europe/Minsk"
NOW="2026-01-01T00:00:00Z"
PLUGIN="by.vestnik:vestnik-maven-plugin:0.1.0-SNAPSHOT:build"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java mvn hugo python3; do command -v "$tool" >/dev/null || die "$tool is not installed (hugo: apt-get install -y hugo)"; done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: apt-get install -y time"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
DATA="$WORK/measurements.tsv"
META="$WORK/meta.json"

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
# timed CASE N RUN OUTDIR LOG cmd...   runs cmd under /usr/bin/time -v, appends a row to $DATA
timed() {
    local case="$1" n="$2" run="$3" out="$4" logf="$5"
    shift 5
    local tv="$WORK/time.$$"
    # the cases are shell functions: bash runs them under time; RSS is the largest process's
    if ! /usr/bin/time -v -o "$tv" bash -c '"$@"' _ "$@" >"$logf" 2>&1; then
        tail -30 "$logf" >&2
        die "$case (N=$n, run $run) failed; log: $logf"
    fi
    local pages
    pages=$(find "$out" -name '*.html' -type f | wc -l)
    python3 - "$tv" "$case" "$n" "$run" "$pages" >>"$DATA" <<'EOF'
import sys
tv, case, n, run, pages = sys.argv[1:]
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
                 fields["Maximum resident set size (kbytes)"], pages]))
EOF
    tail -1 "$DATA" | awk -F'\t' '{printf "[bench] %-22s N=%s run %s: %6.2f s wall, %5.1f s cpu, %4d MB RSS, %d pages\n", $2, $1, $3, $4, $5+$6, $7/1024, $8}' >&2
}

vestnik_java() { # OUT CORPUS
    java $JVM_OPTS -cp "$CLASSPATH_JAVA" by.vestnik.VestnikMain --project "$2/vestnik" --content "$2/vestnik/content" \
        --output "$1" --base-url "$BASE_URL" --languages "$LANGS" --time-zone "$ZONE" --now "$NOW" --verbose
}
vestnik_maven() { # OUT CORPUS
    (cd "$MVN_PROJECT" && MAVEN_OPTS="$JVM_OPTS" mvn -B -q -o -Dmaven.repo.local="$M2_REPO" "$PLUGIN" -Dvestnik.baseUrl="$BASE_URL" \
        -Dvestnik.contentDirectory="$2/vestnik/content" -Dvestnik.outputDirectory="$1" -Dvestnik.languages="$LANGS" \
        -Dvestnik.timeZone="$ZONE" -Dvestnik.now="$NOW")
}
hugo_build() { # OUT CORPUS
    hugo --quiet -s "$2/hugo" --contentDir "$2/hugo/content" --cacheDir "$2/hugo-cache" -d "$1"
}

export -f vestnik_java vestnik_maven hugo_build
export JVM_OPTS CLASSPATH_JAVA BASE_URL LANGS ZONE NOW MVN_PROJECT PLUGIN M2_REPO

# --- the machine's other load ---------------------------------------------------------------------
# CPU seconds all processes have used since boot (user, nice, system, irq, softirq, steal; USER_HZ ticks)
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{print ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat; }
# CPU seconds this script's finished children have used (the second line of bash's `times`, which
# must run in this shell: in a command substitution it would count the subshell's children)
own_seconds() { # VAR
    times >"$WORK/times.$$"
    printf -v "$1" '%s' "$(tail -1 "$WORK/times.$$" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } print s }')"
}
# Waits (up to 5 minutes) for the 1-minute load average to fall below a quarter of the cores: the
# previous size's runs, or a build that just ended, would otherwise still count against this one.
wait_for_quiet() {
    local limit i
    limit=$(python3 -c "import os; print(os.cpu_count() / 4)")
    for ((i = 0; i < 60; i++)); do
        python3 -c "import os, sys; sys.exit(0 if os.getloadavg()[0] < $limit else 1)" && return 0
        ((i == 0)) && log "waiting for the machine to be quiet (1-minute load below $limit): $(uptime)"
        sleep 5
    done
    log "WARNING: the machine did not become quiet: $(uptime)"
}

# --- one size ----------------------------------------------------------------------------------
bench_size() {
    local n="$1"
    local corpus="$WORK/n$n"
    local logs="$corpus/logs"
    log "N=$n: generating the corpus (untimed)"
    python3 "$BENCH/generate-corpus.py" "$n" --out "$corpus" --seed 20260101 >&2
    rm -rf "$corpus/hugo/layouts" "$corpus/hugo/i18n" "$corpus/hugo/static"
    cp -r "$BENCH/hugo-site/config.toml" "$BENCH/hugo-site/layouts" "$BENCH/hugo-site/i18n" "$BENCH/hugo-site/static" "$corpus/hugo/"
    mkdir -p "$logs"
    wait_for_quiet
    echo "$n	before	$(uptime)" >>"$WORK/load.tsv"
    local busy0 own0 own1 start
    busy0=$(busy_seconds); own_seconds own0; start=$(date +%s.%N)

    local tool r
    for ((r = 1; r <= WARMUP; r++)); do
        for tool in java maven hugo; do
            log "N=$n: warm-up $tool"
            rm -rf "$corpus/out-$tool"
            case $tool in
                java) vestnik_java "$corpus/out-java" "$corpus" ;;
                maven) vestnik_maven "$corpus/out-maven" "$corpus" ;;
                hugo) hugo_build "$corpus/out-hugo" "$corpus" ;;
            esac >"$logs/warmup-$tool.log" 2>&1 || { tail -30 "$logs/warmup-$tool.log"; die "warm-up $tool failed"; }
        done
    done

    for ((r = 1; r <= RUNS; r++)); do
        rm -rf "$corpus/out-java"
        timed "vestnik-java clean" "$n" "$r" "$corpus/out-java" "$logs/java-clean-$r.log" vestnik_java "$corpus/out-java" "$corpus"
        rm -rf "$corpus/out-maven"
        timed "vestnik-maven clean" "$n" "$r" "$corpus/out-maven" "$logs/maven-clean-$r.log" vestnik_maven "$corpus/out-maven" "$corpus"
        rm -rf "$corpus/out-hugo"
        timed "hugo clean" "$n" "$r" "$corpus/out-hugo" "$logs/hugo-clean-$r.log" hugo_build "$corpus/out-hugo" "$corpus"
    done
    # rebuilds into the output the last clean run left
    for ((r = 1; r <= RUNS; r++)); do
        timed "vestnik-java no-change" "$n" "$r" "$corpus/out-java" "$logs/java-nochange-$r.log" vestnik_java "$corpus/out-java" "$corpus"
        timed "hugo no-change" "$n" "$r" "$corpus/out-hugo" "$logs/hugo-nochange-$r.log" hugo_build "$corpus/out-hugo" "$corpus"
    done
    # one article edited before each run: a sentence appended to its last paragraph (the story in
    # the middle of the sorted folder list: not among the 20 newest, so feeds do not change)
    local stories edited
    stories=$(find "$corpus/vestnik/content" -name ru.md | sort)
    edited=$(echo "$stories" | sed -n "$(( ($(echo "$stories" | wc -l) + 1) / 2 ))p")
    echo "$n	$edited" >>"$WORK/edited.tsv"
    for ((r = 1; r <= RUNS; r++)); do
        printf 'Дополнительное предложение номер %d добавлено для проверки пересборки.\n' "$r" >>"$edited"
        timed "vestnik-java one-edit" "$n" "$r" "$corpus/out-java" "$logs/java-edit-$r.log" vestnik_java "$corpus/out-java" "$corpus"
    done

    python3 "$BENCH/count-pages.py" "$corpus/out-java" "$corpus/out-maven" "$corpus/out-hugo" >"$WORK/kinds-$n.jsonl"
    echo "$n	after	$(uptime)" >>"$WORK/load.tsv"
    # CPU time the machine spent on anything but this script and its children while this size ran
    own_seconds own1
    python3 -c 'import sys; b0, b1, o0, o1, t0, t1 = map(float, sys.argv[1:]); print("%.1f\t%.1f" % ((b1 - b0) - (o1 - o0), t1 - t0))' \
        "$busy0" "$(busy_seconds)" "$own0" "$own1" "$start" "$(date +%s.%N)" \
        | sed "s/^/$n	foreign	/" >>"$WORK/load.tsv"
}

# --- run -----------------------------------------------------------------------------------------
: >"$DATA"
: >"$WORK/load.tsv"
: >"$WORK/edited.tsv"
if [ -n "${ENGINE_LABEL:-}" ]; then
    ENGINE="$ENGINE_LABEL"
elif [ "$GENERATOR" = "$REPO/generator" ]; then
    ENGINE="commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD -- generator 2>/dev/null || echo +local-changes) of this repository"
else
    ENGINE="the source tree $GENERATOR"
fi
python3 - "$META" "$JVM_OPTS" "$RUNS" "$WARMUP" "$0 ${SIZES[*]}" "$ENGINE" "$PLUGIN_SHA" "$M2_REPO" <<'EOF'
import json, os, platform, subprocess, sys, datetime
meta_path, heap, runs, warmup, command, engine, plugin_sha, m2 = sys.argv[1:]
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
           "command": command, "java": out("java -version 2>&1 | head -1"), "maven": out("mvn -v 2>&1 | head -1"),
           "hugo": out("hugo version"), "kernel": platform.release(),
           "engine": engine, "plugin_sha": plugin_sha, "m2": m2}, open(meta_path, "w"), indent=1)
EOF
for n in "${SIZES[@]}"; do
    bench_size "$n"
done
[ "$(sha256sum "$PLUGIN_JAR" | cut -c1-16)" = "$PLUGIN_SHA" ] \
    || log "WARNING: the plugin jar in $M2_REPO changed during the benchmark: the Maven figures may be of another build"
rm -f "$WORK/time.$$" "$WORK/times.$$"
python3 "$BENCH/report.py" "$WORK" >"$RESULTS"
log "done: $RESULTS"
