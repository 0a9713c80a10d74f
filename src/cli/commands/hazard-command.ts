import type { Command } from 'commander';
import { reportAsInvalidInput } from '../command-input';
import type { CliIo } from '../io';
import type { QdOptions } from './hazard-action';

/** `custodia hazard assess` and `custodia hazard qd`: the command-line contract of issue 5. */
export function registerHazardCommands(program: Command, io: CliIo): void {
  const hazard = program
    .command('hazard')
    .description('ammunition hazard classification, storage compatibility and quantity-distance')
    // Contract: invalid input ends with exit 2 and one line on stderr, so commander's own error
    // output (and the help it shows after an error) is silenced and its errors become CliErrors.
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => undefined })
    .exitOverride(reportAsInvalidInput);

  hazard
    .command('assess')
    .description('assess what a store holds: compatibility, hazard division, fire division and NEQ')
    .argument('<file>', 'JSON file {"items": [...]}, or - to read standard input')
    .option('--json', 'print the assessment as JSON')
    .action(async (file: string, options: { json?: boolean }) =>
      (await import('./hazard-action')).assess(io, file, options),
    );

  hazard
    .command('qd')
    .description('quantity-distance D = k·Q^(1/3), rounded up to the metre')
    .option('--neq-kg <kg>', 'net explosive quantity Q in kg')
    .option(
      '--hd <division>',
      'hazard division; the law comes from the example factor table (not verified IATG values)',
    )
    .option('--type <distanceType>', 'inside, inhabited-building (default) or public-traffic-route')
    .option('--k <factor>', 'a factor k given directly, instead of --hd')
    .option('--json', 'print {"distanceM": N}')
    .action(async (options: QdOptions) => (await import('./hazard-action')).quantityDistance(io, options));
}
