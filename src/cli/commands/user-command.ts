import type { Command } from 'commander';
import { z } from 'zod';
import { Email, Role } from '../../contracts/auth';
import { Language } from '../../contracts/common';
import { AppError } from '../../use-cases/app-error';
import { createAccount } from '../../use-cases/create-account';
import { CliError } from '../cli-error';
import { contextFor, openMigratedDatabase, readConfig } from '../runtime';

const Options = z.object({
  org: z.string().min(1),
  email: Email,
  name: z.string().trim().min(2),
  role: z.array(Role).min(1),
  password: z.string().optional(),
  passwordStdin: z.boolean().optional(),
  language: Language,
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUserCommands(program: Command): void {
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
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`--${String(issue.path[0])}: ${issue.message}`);
      }
      const options = parsed.data;
      const password = options.passwordStdin ? await readStdin() : options.password;
      if (!password) throw new CliError('give --password or --password-stdin');
      const config = readConfig();
      const database = await openMigratedDatabase(config);
      try {
        const { id } = await createAccount(contextFor(database, config), {
          organisationCode: options.org,
          email: options.email,
          displayName: options.name,
          roles: options.role,
          password,
          language: options.language,
        }).catch((error: unknown) => {
          if (error instanceof AppError) throw new CliError(error.message);
          throw error;
        });
        process.stdout.write(`created ${options.email} (${id})\n`);
      } finally {
        await database.close();
      }
    });
}
