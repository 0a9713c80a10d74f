import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The CLI tests spawn the real bin, which runs the compiled dist/cli. Build it (esbuild only, no
 * web app: `node scripts/build.mjs --no-web`) when it is missing or older than anything it is
 * built from, so a spawned command never runs a stale build.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const builtMain = join(repoRoot, 'dist', 'cli', 'main.js');
const SOURCES = ['src', 'scripts/build.mjs', 'package.json', 'bin'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path)
    .filter((entry) => entry !== 'web')
    .reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), stats.mtimeMs);
}

export function isCliBuildStale(): boolean {
  if (!existsSync(builtMain)) return true;
  const builtAt = statSync(builtMain).mtimeMs;
  return SOURCES.some((source) => newestModification(join(repoRoot, source)) > builtAt);
}

export default function setup(): void {
  if (!isCliBuildStale()) return;
  console.log('Building the CLI for the CLI tests (node scripts/build.mjs --no-web)…');
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--no-web'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`CLI build failed (exit ${result.status ?? result.signal})`);
}
