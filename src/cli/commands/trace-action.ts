import type { Actor } from '../../core/access/actor';
import { parseSerialPattern } from '../../core/tracing/serial-pattern';
import { AppError } from '../../use-cases/app-error';
import { searchSerials } from '../../use-cases/tracing/search-serials';
import { CliError } from '../cli-error';
import { INVALID_INPUT } from '../command-input';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

export interface SearchOptions {
  serial?: string;
  manufacturer?: string;
  calibre?: string;
  type?: string;
  limit?: string;
  json?: boolean;
}

/** The console operator searches the whole registry, as an administrator would; the search is logged as "cli". */
const CONSOLE_ACTOR = {
  userId: null,
  apiTokenId: 'cli',
  organisationId: '',
  organisationKind: 'regulator',
  countryCode: '',
  roles: ['system-admin'],
} as unknown as Actor;

/** `custodia trace search --serial PATTERN`: candidates, best first. */
export async function search(io: CliIo, options: SearchOptions): Promise<void> {
  const serial = options.serial ?? '';
  // Refused before the database is opened: nothing to search for.
  const parsed = parseSerialPattern(serial);
  if (!parsed.ok)
    throw new CliError(
      parsed.refusal.code === 'PATTERN_EMPTY'
        ? '--serial: the pattern is empty (give any legible part of the serial)'
        : '--serial: the pattern has no legible character (only ? and *)',
      INVALID_INPUT,
    );
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new CliError(
      `--limit: expected a whole number from 1 to 200, got "${options.limit}"`,
      INVALID_INPUT,
    );
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const result = await searchSerials(ctx, CONSOLE_ACTOR, {
      serial,
      manufacturer: options.manufacturer,
      calibre: options.calibre,
      type: options.type,
      limit,
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'VALIDATION_FAILED')
        throw new CliError(error.message, INVALID_INPUT);
      throw error;
    });
    const candidates = result.candidates.map((c) => ({
      serial: c.serial,
      manufacturer: c.manufacturer,
      model: c.model,
      calibre: c.calibre,
      organisation: c.organisation,
      status: c.status,
      score: c.score,
    }));
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ candidates })}\n`);
      return;
    }
    if (candidates.length === 0) {
      io.stdout.write('no candidates\n');
      return;
    }
    for (const c of candidates)
      io.stdout.write(
        `${String(c.score).padStart(3)}  ${c.serial}  ${c.manufacturer} ${c.model}  ${c.calibre}  ${c.organisation}  ${c.status}\n`,
      );
    if (result.truncated)
      io.stdout.write('more weapons matched than were ranked: narrow with --manufacturer or --calibre\n');
  } finally {
    await database.close();
  }
}
