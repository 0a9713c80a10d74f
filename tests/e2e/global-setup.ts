import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Browser journeys serve the built web app (dist/web). Build it once per test run when it is
 * missing or older than anything it is built from, so a journey never runs against a stale build.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// CUSTODIA_TEST_WEB_DIR lets parallel work build into a directory of its own (default dist/web).
export const webBuildDir = process.env.CUSTODIA_TEST_WEB_DIR || join(repoRoot, 'dist', 'web');
const builtIndex = join(webBuildDir, 'index.html');
const SOURCES = ['src/web', 'src/contracts', 'src/core', 'vite.config.ts', 'postcss.config.cjs'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    stats.mtimeMs,
  );
}

export function isWebBuildStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestModification(join(repoRoot, source)) > builtAt);
}

export default function setup(): void {
  // For a run of API or unit tests alone (the browser journeys then fail fast on a missing build).
  if (process.env.CUSTODIA_SKIP_WEB_BUILD === '1') return;
  if (!isWebBuildStale()) return;
  console.log('Building the web app for the browser journeys (vite build)…');
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'warn', '--outDir', webBuildDir, '--emptyOutDir'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}
