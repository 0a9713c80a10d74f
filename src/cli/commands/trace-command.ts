import type { Command } from 'commander';
import type { Actor } from '../../core/access/actor';
import { parseSerialPattern } from '../../core/tracing/serial-pattern';
import { AppError } from '../../use-cases/app-error';
import { searchSerials } from '../../use-cases/tracing/search-serials';
import { CliError } from '../cli-error';
import { INVALID_INPUT, reportAsInvalidInput } from '../command-input';
import { contextFor, openMigratedDatabase, readConfig } from '../runtime';

interface SearchOptions {
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

/** `custodia trace search`: the command-line contract of issue #6. */
export function registerTraceCommands(program: Command): void {
  const trace = program
    .command('trace')
    .description('tracing: search the registry for a serial read from a recovered weapon')
    // Contract: invalid input ends with exit 2 and one line on stderr (as `hazard` and `assessment`).
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => undefined })
    .exitOverride(reportAsInvalidInput);

  trace
    .command('search')
    .description(
      'candidates for a serial, best first: any part of it, ? for one illegible character, * for any run; ' +
        'confusable characters (0/O/Q/D, 1/I/L/7, 2/Z, 5/S, 6/G, 8/B), case and separators ignored',
    )
    .option('--serial <pattern>', 'the serial as read, e.g. "4?7 1B2"')
    .option('--manufacturer <name>', 'only this manufacturer (any catalogue spelling)')
    .option('--calibre <name>', 'only this calibre (any catalogue spelling)')
    .option('--type <type>', 'only this firearm type')
    .option('--limit <n>', 'at most this many candidates (1–200, default 20)')
    .option(
      '--json',
      'print {"candidates":[{serial, manufacturer, model, calibre, organisation, status, score}]}',
    )
    .action(async (options: SearchOptions) => {
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
      const config = readConfig();
      const database = await openMigratedDatabase(config);
      try {
        const ctx = contextFor(database, config);
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
          process.stdout.write(`${JSON.stringify({ candidates })}\n`);
          return;
        }
        if (candidates.length === 0) {
          process.stdout.write('no candidates\n');
          return;
        }
        for (const c of candidates)
          process.stdout.write(
            `${String(c.score).padStart(3)}  ${c.serial}  ${c.manufacturer} ${c.model}  ${c.calibre}  ${c.organisation}  ${c.status}\n`,
          );
        if (result.truncated)
          process.stdout.write(
            'more weapons matched than were ranked: narrow with --manufacturer or --calibre\n',
          );
      } finally {
        await database.close();
      }
    });
}
