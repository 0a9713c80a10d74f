import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../server/app';
import { startAutomaticCheckpoints } from '../../use-cases/ledger/automatic-checkpoint';
import { hasDemoAccounts, seedDemo } from '../../use-cases/seed-demo';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';
import { printDemoAccounts } from './demo-action';

export interface ServeOptions {
  seedIfEmpty?: boolean;
  webRoot?: string;
}

/**
 * The folder of the installed package: the nearest folder above this module whose package.json
 * names Custodia. The same answer from the compiled dist/cli/*.js and from src/cli/commands/*.ts.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'custodia') return dir;
    }
    if (dirname(dir) === dir) throw new CliError(`cannot find the Custodia package above ${from}`);
  }
}

/** The built web app: --web-root when given, else dist/web of the installed package (never the current folder). */
export function findWebRoot(given: string | undefined): string {
  const webRoot = given === undefined ? join(packageRoot(), 'dist', 'web') : resolve(given);
  if (!existsSync(join(webRoot, 'index.html')))
    throw new CliError(
      `the web app is not built: ${join(webRoot, 'index.html')} is missing (run npm run build)`,
    );
  return webRoot;
}

/** `custodia serve`: apply pending migrations and serve the web app and the API until stopped. */
export async function serve(io: CliIo, options: ServeOptions): Promise<void> {
  const config = readConfig(io);
  // Refused before the database is touched: a server without its web app is not started at all.
  const webRoot = findWebRoot(options.webRoot);
  const database = await openMigratedDatabase(config);
  const app = await buildApp({
    ctx: contextFor(database, config, {
      info: (obj, msg) => app.log.info(obj, msg),
      warn: (obj, msg) => app.log.warn(obj, msg),
      error: (obj, msg) => app.log.error(obj, msg),
    }),
    logger: { level: config.logLevel },
    webRoot,
    secureCookies: config.publicUrl.startsWith('https://'),
    trustProxy: config.trustProxy,
    schedule: config.schedule,
    newRequestId: randomUUID,
  });
  const stopCheckpoints = startAutomaticCheckpoints(contextFor(database, config, stderrLogger(io)), {
    keyDir: config.keyDir,
    everyHours: config.checkpointEveryHours,
  });
  let seeded = false;
  if (options.seedIfEmpty) {
    seeded = (await seedDemo(contextFor(database, config, stderrLogger(io)))).seeded;
  }
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stopCheckpoints();
    await app.close().catch(() => undefined);
    await database.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new CliError(`port ${config.port} is already in use (set PORT to another)`);
    if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${config.port}`);
    throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
  const say = (line: string) => io.stdout.write(`${line}\n`);
  say('');
  say(`Custodia is running at ${config.publicUrl}  (database: ${database.location})`);
  say(`API reference: ${config.publicUrl}/api/docs`);
  if (seeded) say('A demo country was created.');
  if (await hasDemoAccounts(contextFor(database, config, stderrLogger(io)))) printDemoAccounts(say);
  say('');
  io.keepRunning?.(async () => {
    await stopCheckpoints();
    await app.close();
    await database.close();
  });
}
