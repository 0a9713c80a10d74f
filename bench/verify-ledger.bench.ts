// verify over a ledger of N entries (default 10,000,000) written straight into one chain.
//   npx tsx bench/verify-ledger.bench.ts --dialect sqlite --entries 10000000
import { sealEntry } from '../src/core/ledger/ledger-entry';
import { bulkInsert } from '../src/storage/bulk-insert';
import { advanceChainHead, lockChainHead } from '../src/storage/ledger-store';
import { HASH_OPTIONS, toRow } from '../src/use-cases/ledger/ledger-hashing';
import { verifyLedger } from '../src/use-cases/ledger/verify-ledger';
import { arg, benchBook, freshDatabase, peakRssMb } from './bench-support';

const dialect = arg('dialect', 'sqlite');
const total = Number(arg('entries', '10000000'));
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
  t0 = performance.now();
  const result = await verifyLedger(database);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`verify-ledger (${dialect}, ${new Date().toISOString().slice(0, 10)})`);
  console.log(
    `  written       : ${result.entries.toLocaleString('en')} entries in ${writeSeconds.toFixed(1)} s`,
  );
  console.log(
    `  verify        : ${seconds.toFixed(1)} s  (${Math.round(result.entries / seconds).toLocaleString('en')} entries/s, ok=${result.ok})`,
  );
  console.log(`  peak RSS      : ${peakRssMb()} MB`);
} finally {
  await drop();
}
