#!/usr/bin/env node
// `npm test`: the whole suite through Vitest. Browser journeys need the system's Chromium: when it is
// missing they are skipped with a note, except under CI=true, where they are required.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const isCI = process.env.CI === 'true';
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest-report.json',
];

if (!existsSync(chromium)) {
  if (isCI) {
    console.error(
      `Chromium not found at ${chromium}: browser journeys are required under CI=true (apt-get install -y chromium).`,
    );
    process.exit(1);
  }
  console.warn(
    `Browser journeys skipped: no Chromium at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  args.push('--exclude', 'tests/e2e/**');
}
if (!process.env.TEST_DATABASE_URL) {
  console.warn(
    'PostgreSQL suites skipped: set TEST_DATABASE_URL=postgres://user@host:5432/db to run storage and API tests on PostgreSQL too.',
  );
}

mkdirSync('.tmp', { recursive: true });
const result = spawnSync('npx', [...args, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });

// A plain closing line that any reader of the log understands.
try {
  const report = JSON.parse(readFileSync('.tmp/vitest-report.json', 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
  if (report.numTotalTests === 0) {
    console.error('No test ran.');
    process.exit(1);
  }
} catch {
  console.error('No Vitest report was written.');
  if (result.status === 0) process.exit(1);
}
process.exit(result.status ?? 1);
