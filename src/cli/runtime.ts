import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '../server/config';
import { createContext, type Context, type Logger } from '../use-cases/context';
import { migrateDatabase, openDatabase, type Database } from '../use-cases/manage-database';
import { CliError } from './cli-error';
import type { CliIo } from './io';

export function readConfig(io: CliIo): AppConfig {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 1);
    throw error;
  }
}

/** Open the configured database with one clear line on failure (bad URL, unwritable folder, unreachable server). */
export async function openConfiguredDatabase(config: AppConfig): Promise<Database> {
  if (!config.databaseUrl) {
    const dir = resolve(config.dataDir);
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch {
      throw new CliError(
        `the data folder ${dir} cannot be written (set CUSTODIA_DATA_DIR to a writable folder)`,
      );
    }
  }
  let database: Database;
  try {
    database = openDatabase({
      databaseUrl: config.databaseUrl,
      sqliteFile: config.sqliteFile,
      sqliteSynchronous: config.sqliteSynchronous,
    });
  } catch (error) {
    throw new CliError(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await database.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
  } catch (error) {
    await database.close().catch(() => undefined);
    throw new CliError(
      `cannot reach the database ${database.location}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return database;
}

export async function openMigratedDatabase(config: AppConfig): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  return database;
}

/** Logs of commands other than serve go to stderr as JSON lines, like the server's. */
export function stderrLogger(io: CliIo): Logger {
  const line = (level: string, obj: object, msg?: string) =>
    io.stderr.write(`${JSON.stringify({ level, msg, ...obj })}\n`);
  return {
    info: (obj, msg) => line('info', obj, msg),
    warn: (obj, msg) => line('warn', obj, msg),
    error: (obj, msg) => line('error', obj, msg),
  };
}

export function contextFor(database: Database, config: AppConfig, log: Logger): Context {
  return createContext(
    database,
    {
      sessionIdleMinutes: config.sessionIdleMinutes,
      sessionAbsoluteMinutes: config.sessionAbsoluteMinutes,
      signInMaxFailures: config.signInMaxFailures,
      signInWindowMinutes: config.signInLockoutMinutes,
      signInLockoutMinutes: config.signInLockoutMinutes,
      invitationValidHours: config.invitationValidHours,
      publicUrl: config.publicUrl,
      apiTokenValidDays: config.apiTokenValidDays,
      outbound: {
        allowHttp: config.outboundAllowHttp,
        allowList: config.outboundAllowList,
        timeoutMs: config.webhookTimeoutMs,
      },
    },
    log,
  );
}
