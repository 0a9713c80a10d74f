#!/usr/bin/env node
// `npm test`: the whole suite through Vitest, in two steps: everything but the browser journeys, then
// the browser journeys (tests/e2e) on their own, so the fast step's result comes first and neither
// step waits on the other's slowest file. Browser journeys need the system's Chromium: when it is
// missing they are skipped with a note, except under CI=true, where they are required.
// With arguments (`npm test -- tests/api/auth.test.ts`), one Vitest run with those arguments.
// The closing line sums every step: `tests: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const isCI = process.env.CI === 'true';
const hasChromium = existsSync(chromium);
const extra = process.argv.slice(2);

if (!hasChromium) {
  if (isCI) {
    console.error(
      `Chromium not found at ${chromium}: browser journeys are required under CI=true (apt-get install -y chromium).`,
    );
    process.exit(1);
  }
  console.warn(
    `Browser journeys skipped: no Chromium at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
}
if (!process.env.TEST_DATABASE_URL) {
  console.warn(
    'PostgreSQL suites skipped: set TEST_DATABASE_URL=postgres://user@host:5432/db to run storage and API tests on PostgreSQL too.',
  );
}

/** The steps: each a name, Vitest's arguments and extra environment. */
const steps =
  extra.length > 0
    ? [
        {
          name: 'selected tests',
          args: [...(hasChromium ? [] : ['--exclude', 'tests/e2e/**']), ...extra],
          env: {},
        },
      ]
    : [
        {
          name: 'unit, storage, API and CLI tests',
          args: ['--exclude', 'tests/e2e/**'],
          // The web build is for the browser journeys only.
          env: { CUSTODIA_SKIP_WEB_BUILD: '1' },
        },
        ...(hasChromium ? [{ name: 'browser journeys', args: ['tests/e2e'], env: {} }] : []),
      ];

mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0, ran: 0 };
let failedSteps = 0;
for (const [index, step] of steps.entries()) {
  const report = `.tmp/vitest-report-${index + 1}.json`;
  rmSync(report, { force: true });
  const started = Date.now();
  console.log(`\n== step ${index + 1}/${steps.length}: ${step.name} ==`);
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...step.args],
    { stdio: 'inherit', env: { ...process.env, ...step.env } },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = json.numPendingTests + json.numTodoTests;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += skipped;
    totals.ran += json.numTotalTests;
    console.log(
      `step ${index + 1} (${step.name}): ${json.numPassedTests} passed, ${json.numFailedTests} failed, ${skipped} skipped in ${seconds} s`,
    );
    if (json.numTotalTests === 0) {
      console.error(`step ${index + 1} (${step.name}): no test ran.`);
      failedSteps++;
    } else if (result.status !== 0) failedSteps++;
  } catch {
    console.error(
      `step ${index + 1} (${step.name}): no Vitest report was written (exit ${result.status ?? result.signal}).`,
    );
    failedSteps++;
  }
}

// A plain closing line that any reader of the log understands.
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps > 0 || totals.ran === 0 ? 1 : 0);
