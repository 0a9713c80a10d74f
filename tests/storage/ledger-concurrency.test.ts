import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { appendEntry } from '../../src/use-cases/ledger/append-entry';
import { verifyChains } from '../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../support/test-database';
import { bundleChild, runTogether } from '../support/child-bundle';
import { createTestApp, silentLog, type TestApp } from '../support/test-app';

describe.each(TEST_DIALECTS)('parallel appends to one chain (%s)', (dialect) => {
  let t: TestApp;
  let appendChild: Awaited<ReturnType<typeof bundleChild>>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    appendChild = await bundleChild('tests/support/append-child.ts');
  });
  afterAll(async () => {
    appendChild.remove();
    await t.close();
  });

  it(
    'serialise into one unbroken chain, with no fork and no duplicate sequence (SQLite: several processes on one file)',
    { timeout: 120_000 },
    async () => {
      const org = await t.ctx.database.db
        .selectFrom('organisation')
        .select('id')
        .where('code', '=', 'PSC-ANDINA')
        .executeTakeFirstOrThrow();
      const before = Number(
        (
          await t.ctx.database.db
            .selectFrom('ledger_chain')
            .select('length')
            .where('chain_id', '=', org.id)
            .executeTakeFirst()
        )?.length ?? 0,
      );
      const WRITERS = 40;
      const PER_WRITER = 10;
      let poolCount: number;
      if (dialect === 'postgres') {
        // Several pools (4 × 5 connections), ten writers each.
        const pools = Array.from({ length: 4 }, () =>
          openDatabase({ databaseUrl: t.testDatabase.databaseUrl, sqliteFile: '', maxConnections: 5 }),
        );
        poolCount = pools.length;
        await Promise.all(
          Array.from({ length: WRITERS }, async (_, w) => {
            const database = pools[w % pools.length]!;
            const ctx = createContext(database, DEFAULT_SECURITY_SETTINGS, silentLog);
            for (let i = 0; i < PER_WRITER; i++) {
              await database.db.transaction().execute((trx) =>
                appendEntry(ctx, trx, 'tester', {
                  organisationId: org.id,
                  kind: 'note',
                  payload: { writer: w, i },
                  idempotencyKey: `w${w}-i${i}`,
                }),
              );
            }
          }),
        );
        for (const pool of pools) await pool.close();
      } else {
        // One SQLite connection serialises its own transactions, so concurrency on SQLite means
        // processes: 4 processes with a connection each to the one file, ten writers in each.
        const PROCESSES = 4;
        poolCount = PROCESSES;
        const results = await runTogether(
          appendChild.path,
          Array.from({ length: PROCESSES }, (_, p) => [
            t.testDatabase.sqliteFile,
            org.id,
            String(p),
            String(WRITERS / PROCESSES),
            String(PER_WRITER),
          ]),
        );
        expect(
          results.map((r) => ({
            code: r.code,
            stderr: r.stderr.trim().split('\n')[0],
            output: r.output.trim(),
          })),
        ).toEqual(
          Array.from({ length: PROCESSES }, () => ({
            code: 0,
            stderr: '',
            output: `done ${(WRITERS / PROCESSES) * PER_WRITER}`,
          })),
        );
      }
      const sequences = (
        await t.ctx.database.db
          .selectFrom('ledger_entry')
          .select('sequence')
          .where('chain_id', '=', org.id)
          .orderBy('sequence')
          .execute()
      ).map((r) => Number(r.sequence));
      expect(sequences).toEqual(Array.from({ length: before + WRITERS * PER_WRITER }, (_, i) => i + 1));
      const verdict = await verifyChains(t.ctx.database.db, { organisationId: org.id });
      expect(verdict).toMatchObject({ ok: true, entries: before + WRITERS * PER_WRITER });
      console.log(
        `concurrency (${dialect}): ${WRITERS} writers × ${PER_WRITER} appends over ${poolCount} ${dialect === 'postgres' ? 'pools' : 'processes'} → one chain of ${sequences.length}, verified`,
      );
    },
  );
});
