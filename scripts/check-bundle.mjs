#!/usr/bin/env node
// The web bundle's budget (issue 12): the sign-in page's JavaScript (entry, everything index.html
// preloads, and the Spanish texts it fetches first) ≤ 200 KB gzipped, and any one chunk ≤ 150 KB
// gzipped. Reads dist/web (run after `vite build`); exits 1 naming what is over.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const webDir = process.argv[2] ?? 'dist/web';
const SIGN_IN_BUDGET = 200 * 1024;
const CHUNK_BUDGET = 150 * 1024;

const html = readFileSync(join(webDir, 'index.html'), 'utf8');
const gzipped = (file) => gzipSync(readFileSync(join(webDir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((m) => m[1]);
const assets = readdirSync(join(webDir, 'assets')).filter((f) => f.endsWith('.js'));
const spanish = assets.find((f) => /^base\.es-[\w-]+\.js$/.test(f));
if (!spanish) throw new Error('no Spanish texts chunk (assets/base.es-*.js) in the build');
const signIn = [...new Set([...initial, `assets/${spanish}`])];
const signInBytes = signIn.reduce((sum, f) => sum + gzipped(f), 0);

const chunks = assets
  .map((f) => ({ file: f, bytes: gzipped(join('assets', f)) }))
  .sort((a, b) => b.bytes - a.bytes);
const over = chunks.filter((c) => c.bytes > CHUNK_BUDGET);

console.log(
  `sign-in page JavaScript: ${kb(signInBytes)} gzipped in ${signIn.length} files (budget ${kb(SIGN_IN_BUDGET)})`,
);
console.log(
  `largest chunks: ${chunks
    .slice(0, 5)
    .map((c) => `${c.file} ${kb(c.bytes)}`)
    .join(', ')} (budget ${kb(CHUNK_BUDGET)} each)`,
);
let failed = false;
if (signInBytes > SIGN_IN_BUDGET) {
  console.error(`over budget: the sign-in page needs ${kb(signInBytes)} of JavaScript`);
  failed = true;
}
for (const c of over) {
  console.error(`over budget: ${c.file} is ${kb(c.bytes)} gzipped`);
  failed = true;
}
process.exit(failed ? 1 : 0);
