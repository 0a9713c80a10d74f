// A writer process for the concurrency test on SQLite: opens the database file (its own connection),
// runs WRITERS writers × PER_WRITER appends to one organisation's chain, then prints "done <count>".
// Several of these at once are the real multi-process case (server, CLI import, backup on one file).
import { openDatabase } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { appendEntry } from '../../src/use-cases/ledger/append-entry';

const [file, organisationId, processIndex, writers, perWriter] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const database = openDatabase({ databaseUrl: undefined, sqliteFile: file });
const ctx = createContext(database, DEFAULT_SECURITY_SETTINGS, {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
// Start together: wait for the parent's "go" once every process is open.
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
let written = 0;
await Promise.all(
  Array.from({ length: Number(writers) }, async (_, w) => {
    for (let i = 0; i < Number(perWriter); i++) {
      await database.db.transaction().execute((trx) =>
        appendEntry(ctx, trx, 'tester', {
          organisationId,
          kind: 'note',
          payload: { process: Number(processIndex), writer: w, i },
          idempotencyKey: `p${processIndex}-w${w}-i${i}`,
        }),
      );
      written++;
    }
  }),
);
await database.close();
process.stdout.write(`done ${written}\n`);
