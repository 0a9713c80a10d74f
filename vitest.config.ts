import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One config; scripts/run-tests.mjs runs the browser journeys (tests/e2e) as a step of their own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'data'],
    // Generous: the CI box is shared, and a timeout is a safety net here, not a speed check.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default is CPUs − 1: one worker on a 2-core machine, which leaves the second core idle
    // while a test waits on a database or a child process. At least two; CUSTODIA_TEST_WORKERS overrides.
    maxWorkers: Number(process.env.CUSTODIA_TEST_WORKERS) || Math.max(2, availableParallelism() - 1),
    globalSetup: [
      // Migrate and seed once per dialect; every test database is a copy (SQLite file, PostgreSQL TEMPLATE).
      'tests/support/database-templates.ts',
      // The browser journeys serve dist/web: build it when missing or older than its sources.
      'tests/e2e/global-setup.ts',
      // The CLI tests spawn dist/cli: built when missing or older than its sources.
      'tests/cli/global-setup.ts',
    ],
    reporters: ['default'],
  },
});
