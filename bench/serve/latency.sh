#!/usr/bin/env bash
# Edit-to-served latency of `vestnik:serve` on the ministry's site, then a 10 s wrk load.
# Usage: bench/serve/latency.sh [warn|off|fail] [edits]   (linkCheck; warn is what vestnik:serve uses)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root/generator"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "nproc: $(nproc)"
echo "uptime before: $(uptime)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  by.vestnik.serve.LatencyBench "$root" "${1:-warn}" "${2:-10}"
echo "uptime after: $(uptime)"
