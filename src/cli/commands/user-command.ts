import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerUserCommands(program: Command, io: CliIo): void {
  const user = program.command('user').description('Accounts');
  user
    .command('create')
    .description('Create an active account with a password (e.g. the first administrator)')
    .requiredOption('--org <code>', 'organisation code, e.g. REG-PE')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role...>', 'one or more roles, e.g. system-admin')
    .option(
      '--password <password>',
      'password (prefer --password-stdin, which keeps it out of the shell history)',
    )
    .option('--password-stdin', 'read the password from standard input')
    .option('--language <language>', 'es or en', 'es')
    .action(async (raw: unknown) => (await import('./user-action')).createUser(io, raw));
}
