import { z } from 'zod';
import { Email, Role } from '../../contracts/auth';
import { Language } from '../../contracts/common';
import { AppError } from '../../use-cases/app-error';
import { createAccount } from '../../use-cases/create-account';
import { CliError } from '../cli-error';
import { readStdin } from '../command-input';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

const Options = z.object({
  org: z.string().min(1),
  email: Email,
  name: z.string().trim().min(2),
  role: z.array(Role).min(1),
  password: z.string().optional(),
  passwordStdin: z.boolean().optional(),
  language: Language,
});

/** `custodia user create`: an active account with a password (e.g. the first administrator). */
export async function createUser(io: CliIo, raw: unknown): Promise<void> {
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0])}: ${issue.message}`);
  }
  const options = parsed.data;
  const password = options.passwordStdin ? (await readStdin(io)).replace(/\r?\n$/, '') : options.password;
  if (!password) throw new CliError('give --password or --password-stdin');
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const { id } = await createAccount(contextFor(database, config, stderrLogger(io)), {
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
    io.stdout.write(`created ${options.email} (${id})\n`);
  } finally {
    await database.close();
  }
}
