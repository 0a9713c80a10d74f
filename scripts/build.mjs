#!/usr/bin/env node
// `npm run build`: the production build.
//  - dist/cli: the server and the `custodia` command (entry main.js) and the ledger verification
//    worker (verify-range-worker.js), bundled from the TypeScript sources by esbuild. Packages stay
//    external (imported from node_modules at run time: better-sqlite3, pg, fastify, exceljs,
//    pdfmake…); each command's implementation is its own chunk, loaded only when that command runs.
//  - dist/web: the web app (vite build).
// `--no-web` builds dist/cli only (the CLI tests' global setup uses it).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'cli');
const withWeb = !process.argv.includes('--no-web');

const started = performance.now();
// Chunk names carry a hash: clear the folder so no chunk of an older build stays behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/cli/main.ts',
    // Started by use-cases/ledger/verify-ledger.ts as ./verify-range-worker.js beside its own chunk.
    'verify-range-worker': 'src/use-cases/ledger/verify-range-worker.ts',
    // Started by use-cases/import/read-isolated.ts: an upload read under a memory cap.
    'read-worker': 'src/use-cases/import/read-worker.ts',
  },
  outdir,
  // One flat folder: every chunk finds the worker (and its siblings) next to itself.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`dist/cli built in ${Math.round(performance.now() - started)} ms`);

if (withWeb) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
