// verify over a ledger of N entries (default 10,000,000) written straight into one chain.
//   npx tsx bench/verify-ledger.bench.ts --dialect sqlite --entries 10000000 [--sequential] [--floor] [--rebuild]
// --sequential also times the single-thread walk; --floor times what no verifier can beat on this
// machine: reading every row (no hashing) and hashing every entry's text (no reading), one core each.
import { hash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { entryHashInput, sealEntry } from '../src/core/ledger/ledger-entry';
import { bulkInsert } from '../src/storage/bulk-insert';
import { advanceChainHead, lockChainHead } from '../src/storage/ledger-store';
import {
  readRangeFromPostgres,
  readRangeFromSqlite,
  type RangeRow,
} from '../src/storage/ledger-range-reader';
import { HASH_OPTIONS, toRow } from '../src/use-cases/ledger/ledger-hashing';
import { rebuildRegistry } from '../src/use-cases/ledger/rebuild-registry';
import { verifyLedger } from '../src/use-cases/ledger/verify-ledger';
import { arg, benchBook, cpuSeconds, freshDatabase, peakRssMb } from './bench-support';

const dialect = arg('dialect', 'sqlite');
const total = Number(arg('entries', '10000000'));
const sequential = process.argv.includes('--sequential');
const floor = process.argv.includes('--floor');
const rebuild = process.argv.includes('--rebuild');
const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en');

const { database, drop } = await freshDatabase(dialect, 'verify');
try {
  const { ctx, organisationId } = await benchBook(database);
  let t0 = performance.now();
  let written = 0;
  while (written < total) {
    const n = Math.min(100_000, total - written);
    await database.db.transaction().execute(async (trx) => {
      let head = await lockChainHead(trx, organisationId, organisationId);
      const rows = [];
      for (let i = 0; i < n; i++) {
        const sealed = sealEntry(
          {
            id: ctx.newId(),
            chainId: organisationId,
            recordedAt: '2026-11-28T06:00:00.000Z',
            organisationId,
            actorId: 'bench',
            idempotencyKey: `b${written + i}`,
            kind: 'ammunition-consumed',
            corrects: null,
            payload: {
              lotId: 'lot',
              facilityId: 'fac',
              rounds: 1 + (i % 50),
              reason: 'training',
              note: null,
            },
          },
          { chainId: organisationId, ...head },
          HASH_OPTIONS,
        );
        head = { length: sealed.sequence, headHash: sealed.hash };
        rows.push(toRow(sealed));
      }
      await bulkInsert(database, trx, 'ledger_entry', rows);
      await advanceChainHead(trx, organisationId, head.length, head.headHash);
    });
    written += n;
  }
  const writeSeconds = (performance.now() - t0) / 1000;
  const date = new Date().toISOString().slice(0, 10);
  console.log(`verify-ledger (${dialect}, ${date})`);
  console.log(`  written       : ${written.toLocaleString('en')} entries in ${writeSeconds.toFixed(1)} s`);

  t0 = performance.now();
  let cpu0 = process.cpuUsage();
  const result = await verifyLedger(database);
  let seconds = (performance.now() - t0) / 1000;
  console.log(
    `  verify        : ${seconds.toFixed(1)} s  (${rate(result.entries, seconds)} entries/s, ok=${result.ok}, ${cpus().length} workers; process CPU ${cpuSeconds(cpu0).toFixed(1)} s)  [load ${loadavg()[0]!.toFixed(2)}]`,
  );

  if (sequential) {
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const one = await verifyLedger(database, { parallel: { workers: 0 } });
    seconds = (performance.now() - t0) / 1000;
    console.log(
      `  verify, 1 thread: ${seconds.toFixed(1)} s  (${rate(one.entries, seconds)} entries/s, ok=${one.ok}; CPU ${cpuSeconds(cpu0).toFixed(1)} s)  [load ${loadavg()[0]!.toFixed(2)}]`,
    );
  }

  if (floor) {
    // Reading alone, one connection, no hashing.
    t0 = performance.now();
    let rows = 0;
    let firstRows: RangeRow[] = [];
    const batches = database.sqlite
      ? readRangeFromSqlite(database.location, organisationId, 1, null)
      : readRangeFromPostgres(database.postgresUrl!, organisationId, 1, null);
    for await (const batch of batches) {
      if (firstRows.length === 0) firstRows = batch;
      rows += batch.length;
    }
    seconds = (performance.now() - t0) / 1000;
    console.log(`  read only     : ${seconds.toFixed(1)} s  (${rate(rows, seconds)} rows/s, one thread)`);
    // Hashing alone: the text of real entries, built and hashed with node:crypto, one thread.
    const entries = firstRows.map((r) => ({
      id: r[0],
      chainId: r[1],
      sequence: r[2],
      previousHash: r[3],
      recordedAt: r[5],
      organisationId: r[6],
      actorId: r[7],
      idempotencyKey: r[8],
      kind: r[9],
      corrects: r[10],
      payloadCanonical: r[11],
    }));
    const rounds = Math.max(1, Math.floor(1_000_000 / entries.length));
    t0 = performance.now();
    for (let k = 0; k < rounds; k++) for (const e of entries) hash('sha256', entryHashInput(e), 'hex');
    seconds = (performance.now() - t0) / 1000;
    console.log(
      `  hash only     : ${rate(rounds * entries.length, seconds)} entries/s (one thread, ${entryHashInput(entries[0]!).length} bytes each)`,
    );
  }

  if (rebuild) {
    t0 = performance.now();
    const rebuilt = await rebuildRegistry(database);
    seconds = (performance.now() - t0) / 1000;
    console.log(`  rebuild       : ${seconds.toFixed(1)} s  (${rate(rebuilt.entries, seconds)} entries/s)`);
  }
  console.log(`  peak RSS      : ${peakRssMb()} MB (main thread and workers)`);
  console.log(
    `  load average  : ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} cores)`,
  );
} finally {
  await drop();
}
