import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { ServeOptions } from './serve-action';

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Apply pending migrations and serve the web app and the API')
    .option('--seed-if-empty', 'create the demo country when the database has no organisation yet')
    .option(
      '--web-root <folder>',
      'serve the built web app from this folder (default: the package’s dist/web)',
    )
    .action(async (options: ServeOptions) => (await import('./serve-action')).serve(io, options));
}
