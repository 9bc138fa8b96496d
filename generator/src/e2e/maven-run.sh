#!/bin/sh
# What the root pom runs at integration-test (its e2e-test execution): the locked Node packages,
# then the browser and server tests (run.mjs). Node.js 20 or newer is needed; without it the tests
# are skipped with a notice, or fail when E2E_REQUIRE_TOOLS=true (-Dvestnik.e2e.requireTools=true,
# as .ci/run sets), so that CI never skips them. run.mjs does the same for Chromium and nginx.
set -eu
cd "$(dirname "$0")"

node_problem=''
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  node_problem='node and npm are not on the PATH (Node.js 20 or newer: apt-get install -y nodejs npm)'
elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  node_problem="node $(node --version) is older than 20"
fi
if [ -n "$node_problem" ]; then
  if [ "${E2E_REQUIRE_TOOLS:-false}" = true ]; then
    echo "e2e: ERROR: every browser and server test needs Node.js: $node_problem"
    exit 1
  fi
  echo "e2e: SKIPPED: every browser and server test (generator/src/e2e): $node_problem"
  exit 0
fi

npm ci --no-audit --no-fund --loglevel=error
exec node run.mjs
