import type { Command } from 'commander';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../use-cases/seed-demo';
import { contextFor, openMigratedDatabase, readConfig } from '../runtime';

export function printDemoAccounts(write: (line: string) => void): void {
  write(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) write(`  ${account.roles.join(', ').padEnd(24)} ${account.email}`);
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('Demonstration data')
    .command('seed')
    .description(
      'Create the demo country with its organisations and one account per role (only on an empty database)',
    )
    .action(async () => {
      const config = readConfig();
      const database = await openMigratedDatabase(config);
      try {
        const { seeded } = await seedDemo(contextFor(database, config));
        process.stdout.write(
          seeded ? 'demo data created\n' : 'the database already has organisations: nothing changed\n',
        );
        if (seeded) printDemoAccounts((line) => process.stdout.write(`${line}\n`));
      } finally {
        await database.close();
      }
    });
}
