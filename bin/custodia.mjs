#!/usr/bin/env node
// The `custodia` command. It runs the compiled JavaScript of `npm run build` (dist/cli/main.js).
// In a clone that has not been built yet it falls back to the TypeScript sources through tsx (a
// development dependency), so `npx custodia …` works right after `npm install`; production and
// `npm start` always build first. After changing the sources, run `npm run build` again.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('custodia: not built: run `npm run build` first (dist/cli/main.js is missing)\n');
    process.exit(1);
  }
  tsx.register();
  await import('../src/cli/main.ts');
}
