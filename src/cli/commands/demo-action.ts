import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../use-cases/seed-demo';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

export function printDemoAccounts(write: (line: string) => void): void {
  write(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) write(`  ${account.roles.join(', ').padEnd(24)} ${account.email}`);
}

/** `custodia demo seed`: only on an empty database. */
export async function seed(io: CliIo): Promise<void> {
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const { seeded } = await seedDemo(contextFor(database, config, stderrLogger(io)));
    io.stdout.write(
      seeded ? 'demo data created\n' : 'the database already has organisations: nothing changed\n',
    );
    if (seeded) printDemoAccounts((line) => io.stdout.write(`${line}\n`));
  } finally {
    await database.close();
  }
}
