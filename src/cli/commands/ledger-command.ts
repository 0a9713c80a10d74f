import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerLedgerCommands(program: Command, io: CliIo): void {
  const ledger = program
    .command('ledger')
    .description('The tamper-evident ledger: verify, checkpoint, rebuild');
  const action = () => import('./ledger-action');

  ledger
    .command('verify')
    .description(
      'Walk the hash chains from the last signed checkpoint (all of them with --full) and compare the registry tables with the ledger; exit 1 naming the first difference',
    )
    .option('--org <code>', 'only this organisation’s chain')
    .option('--checkpoints <file>', 'also prove the ledger still extends each checkpoint in this file')
    .option(
      '--public-key <file>',
      'the instance’s public key, held apart (checkpoints are checked against it)',
    )
    .option('--full', 'walk every entry, not only those since the last signed checkpoint')
    .option('--json', 'print JSON')
    .action(
      async (options: {
        org?: string;
        checkpoints?: string;
        publicKey?: string;
        full?: boolean;
        json?: boolean;
      }) => (await action()).verify(io, options),
    );

  ledger
    .command('checkpoint')
    .description('Sign the head of every chain (Ed25519) and keep the checkpoints')
    .option('--export <file>', 'write every checkpoint signed so far to this JSON file')
    .option(
      '--export-public-key <file>',
      'only write the instance’s public key (PEM) to keep apart; sign nothing',
    )
    .action(async (options: { export?: string; exportPublicKey?: string }) =>
      (await action()).checkpoint(io, options),
    );

  ledger
    .command('rebuild')
    .description('Rebuild the registry tables from the ledger alone')
    .action(async () => (await action()).rebuild(io));
}
