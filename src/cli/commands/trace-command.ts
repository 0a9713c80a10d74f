import type { Command } from 'commander';
import { reportAsInvalidInput } from '../command-input';
import type { CliIo } from '../io';
import type { SearchOptions } from './trace-action';

/** `custodia trace search`: the command-line contract of issue #6. */
export function registerTraceCommands(program: Command, io: CliIo): void {
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
    .action(async (options: SearchOptions) => (await import('./trace-action')).search(io, options));
}
