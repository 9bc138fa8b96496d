// Runs the e2e tests with a readable report on stdout and a JUnit report in E2E_OUT/junit.xml.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { e2eDir, missing, outDir, requireTools } from './lib/config.mjs';

// A machine without the browser or the server still runs what it can, and says what it left out.
const absent = Object.entries(missing).filter(([, why]) => why);
for (const [tool, why] of absent) {
  const tests = tool === 'nginx'
    ? 'the server tests and the crawl of the site (site.test.mjs, the nginx checks of harness.test.mjs), so the browser tests of the site too'
    : 'the browser tests (axe, layout, skip link; the browser check of harness.test.mjs)';
  console.log(`e2e: ${requireTools ? 'ERROR' : 'SKIPPED'}: ${tests}: ${why}`);
}
if (absent.length && requireTools) {
  console.log('e2e: a missing tool is an error here (E2E_REQUIRE_TOOLS / -Dvestnik.e2e.requireTools=true)');
  process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
const started = Date.now();
const r = spawnSync(process.execPath, [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=junit', `--test-reporter-destination=${path.join(outDir, 'junit.xml')}`,
  path.join(e2eDir, 'test'),
], { stdio: 'inherit', cwd: e2eDir });
console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and reports in ${outDir}`);
process.exit(r.status ?? 1);
