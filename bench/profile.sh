#!/usr/bin/env bash
# Where does a Vestnik build spend its CPU? One clean build under Java Flight Recorder, on a corpus
# that bench/run.sh generated, then the hottest methods from the execution samples.
#
# usage: bench/profile.sh N   (after bench/run.sh N; same WORK, GENERATOR and JVM_OPTS settings)
# Prints: stage timings, top self methods, top inclusive by.vestnik methods and library packages.
# The recording stays in WORK/profile-N.jfr (open it in JDK Mission Control for more).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
WORK="${WORK:-$BENCH/work}"
GENERATOR="${GENERATOR:-$BENCH/../generator}"
JVM_OPTS="${JVM_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
N="${1:?usage: bench/profile.sh N}"
CORPUS="$WORK/n$N"
[ -d "$CORPUS/vestnik/content" ] || { echo "no corpus in $CORPUS: run bench/run.sh $N first" >&2; exit 1; }
[ -f "$WORK/classpath.txt" ] || { echo "no $WORK/classpath.txt: run bench/run.sh first" >&2; exit 1; }
OUT="$CORPUS/out-profile"
JFR="$WORK/profile-$N.jfr"
rm -rf "$OUT" "$JFR"
java $JVM_OPTS -XX:StartFlightRecording=filename="$JFR",settings=profile \
    -cp "$(cat "$WORK/classpath.txt"):$GENERATOR/target/classes" by.vestnik.VestnikMain \
    --project "$CORPUS/vestnik" --content "$CORPUS/vestnik/content" --output "$OUT" \
    --base-url https://bench.example.org/ --languages ru,be,en --time-zone Europe/Minsk \
    --now 2026-01-01T00:00:00Z --verbose 2>&1 | grep -v -i 'jfr\|flight' || true
rm -rf "$OUT"
jfr print --events jdk.ExecutionSample "$JFR" | python3 -c '
import collections, re, sys
frame = re.compile(r"^\s+([\w$.<>]+)\(")
self_counts, incl, pkg = collections.Counter(), collections.Counter(), collections.Counter()
samples, stack = 0, []
def flush():
    global samples
    if not stack:
        return
    samples += 1
    self_counts[stack[0]] += 1
    for m in set(stack):
        if m.startswith("by.vestnik."):
            incl[m] += 1
    p = ".".join(stack[0].split(".")[:3])
    pkg[p] += 1
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(); stack = []
    else:
        m = frame.match(line)
        if m:
            stack.append(m.group(1))
flush()
print("%d execution samples (JFR samples only the first frames of deep stacks: inclusive counts are lower bounds)" % samples)
for title, c in (("top methods (self)", self_counts), ("by.vestnik methods (inclusive)", incl), ("packages of the top frame", pkg)):
    print("\n" + title + ":")
    for name, n in c.most_common(25):
        print("  %5.1f%%  %s" % (100.0 * n / max(samples, 1), name))
'
