import { defineConfig } from 'vitest/config';

// One config; scripts/run-tests.mjs decides whether the browser journeys run.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'data'],
    // Generous: the CI box is shared, and a timeout is a safety net here, not a speed check.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // The browser journeys serve dist/web and the CLI tests spawn dist/cli: each is built when
    // missing or older than its sources.
    globalSetup: ['tests/e2e/global-setup.ts', 'tests/cli/global-setup.ts'],
    reporters: ['default'],
  },
});
