import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { buildApp } from '../../server/app';
import { startAutomaticCheckpoints } from '../../use-cases/ledger/automatic-checkpoint';
import { hasDemoAccounts, seedDemo } from '../../use-cases/seed-demo';
import { CliError } from '../cli-error';
import { contextFor, openMigratedDatabase, readConfig } from '../runtime';
import { printDemoAccounts } from './demo-command';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Apply pending migrations and serve the web app and the API')
    .option('--seed-if-empty', 'create the demo country when the database has no organisation yet')
    .action(async (options: { seedIfEmpty?: boolean }) => {
      const config = readConfig();
      const database = await openMigratedDatabase(config);
      const app = await buildApp({
        ctx: contextFor(database, config, {
          info: (obj, msg) => app.log.info(obj, msg),
          warn: (obj, msg) => app.log.warn(obj, msg),
          error: (obj, msg) => app.log.error(obj, msg),
        }),
        logger: { level: config.logLevel },
        webRoot: resolve('dist/web'),
        secureCookies: config.publicUrl.startsWith('https://'),
        trustProxy: config.trustProxy,
        newRequestId: randomUUID,
      });
      const stopCheckpoints = startAutomaticCheckpoints(contextFor(database, config), {
        keyDir: config.keyDir,
        everyHours: config.checkpointEveryHours,
      });
      let seeded = false;
      if (options.seedIfEmpty) {
        seeded = (await seedDemo(contextFor(database, config))).seeded;
      }
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        await database.close();
        const code = (error as { code?: string }).code;
        if (code === 'EADDRINUSE')
          throw new CliError(`port ${config.port} is already in use (set PORT to another)`);
        if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${config.port}`);
        throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
      }
      const say = (line: string) => process.stdout.write(`${line}\n`);
      say('');
      say(`Custodia is running at ${config.publicUrl}  (database: ${database.location})`);
      say(`API reference: ${config.publicUrl}/api/docs`);
      if (seeded) say('A demo country was created.');
      if (await hasDemoAccounts(contextFor(database, config))) printDemoAccounts(say);
      say('');
      const stop = async () => {
        await stopCheckpoints();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
