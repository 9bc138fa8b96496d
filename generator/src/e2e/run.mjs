// Runs the e2e tests with a readable report on stdout and a JUnit report in E2E_OUT/junit.xml.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { e2eDir, outDir } from './lib/config.mjs';

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
