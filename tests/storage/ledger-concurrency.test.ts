import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { appendEntry } from '../../src/use-cases/ledger/append-entry';
import { verifyChains } from '../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, silentLog, type TestApp } from '../support/test-app';

describe.each(TEST_DIALECTS)('parallel appends to one chain (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it(
    'serialise into one unbroken chain, with no fork and no duplicate sequence',
    { timeout: 120_000 },
    async () => {
      const org = await t.ctx.database.db
        .selectFrom('organisation')
        .select('id')
        .where('code', '=', 'PSC-ANDINA')
        .executeTakeFirstOrThrow();
      // Several pools (PostgreSQL: 4 × 5 connections) or one SQLite connection per pool.
      const pools = Array.from({ length: dialect === 'postgres' ? 4 : 1 }, () =>
        dialect === 'postgres'
          ? openDatabase({ databaseUrl: t.testDatabase.databaseUrl, sqliteFile: '', maxConnections: 5 })
          : t.ctx.database,
      );
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
      for (const pool of pools) if (pool !== t.ctx.database) await pool.close();
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
        `concurrency (${dialect}): ${WRITERS} writers × ${PER_WRITER} appends over ${pools.length} pool(s) → one chain of ${sequences.length}, verified`,
      );
    },
  );
});
