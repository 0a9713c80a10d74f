import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/*
 * A worker thread running one of our modules. Compiled (npm run build), the caller is a chunk in
 * dist/cli and the worker is the JavaScript entry `<name>.js` beside it (scripts/build.mjs lists
 * every worker as an entry). From the TypeScript sources (tests, development) a small bootstrap
 * registers tsx's ESM loader first (tsx is a development dependency), then imports `<name>.ts`.
 */

let tsxApi: string | null = null;
function tsxEsmApi(): string {
  if (tsxApi) return tsxApi;
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const exportsMap = (
    JSON.parse(readFileSync(packageJson, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    }
  ).exports;
  tsxApi = pathToFileURL(join(dirname(packageJson), exportsMap['./esm/api']!.import.default)).href;
  return tsxApi;
}

/** Starts `<name>` (a module beside `callerUrl`, the caller's `import.meta.url`) in a worker thread. */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const source = new URL(`./${name}.ts`, callerUrl).href;
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
