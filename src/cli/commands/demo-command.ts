import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerDemoCommands(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Demonstration data')
    .command('seed')
    .description(
      'Create the demo country with its organisations and one account per role (only on an empty database)',
    )
    .action(async () => (await import('./demo-action')).seed(io));
}
