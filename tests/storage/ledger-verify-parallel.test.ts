import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { seedBook } from '../support/seed-book';

// `verifyLedger` verifies a long chain in ranges on worker threads, each range read over its own
// connection (docs/ledger.md §5). Forced here onto every chain (minEntries 0, three ranges), it must
// report exactly what the single walk reports: for the intact ledger, and for alterations committed
// (the workers read committed data) at the joins between ranges and inside them.
const PARALLEL = { parallel: { minEntries: 0, workers: 3 } } as const;
const SINGLE = { parallel: { workers: 0 } } as const;

type EntryRow = Record<string, unknown> & { id: string; chain_id: string; sequence: number };

describe.each(TEST_DIALECTS)('verifying the ledger in parallel ranges (%s)', (dialect) => {
  let t: TestApp;
  let database: Database;
  let original: EntryRow[];
  let triggers: string[] = [];
  let chain: EntryRow[];

  async function setTriggers(on: boolean) {
    if (dialect === 'postgres')
      await sql
        .raw(`ALTER TABLE ledger_entry ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`)
        .execute(database.db);
    else if (on) for (const create of triggers) await sql.raw(create).execute(database.db);
    else {
      await sql`DROP TRIGGER ledger_entry_no_update`.execute(database.db);
      await sql`DROP TRIGGER ledger_entry_no_delete`.execute(database.db);
    }
  }

  /** Commit an alteration, compare both ways of verifying, then put the ledger back as it was. */
  async function compareAfter(alter: () => Promise<unknown>) {
    await setTriggers(false);
    try {
      await alter();
      const single = await verifyLedger(database, SINGLE);
      const parallel = await verifyLedger(database, PARALLEL);
      return { single, parallel };
    } finally {
      await database.db.deleteFrom('ledger_entry').execute();
      for (let i = 0; i < original.length; i += 200)
        await database.db
          .insertInto('ledger_entry')
          .values(original.slice(i, i + 200) as never)
          .execute();
      await setTriggers(true);
    }
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    database = t.ctx.database;
    await seedBook(t, { firearmsPerCompany: 12 });
    original = (await database.db.selectFrom('ledger_entry').selectAll().orderBy('global_seq').execute()).map(
      (r) => ({ ...r, sequence: Number(r.sequence) }),
    ) as EntryRow[];
    if (dialect === 'sqlite')
      triggers = (
        await sql<{
          sql: string;
        }>`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ledger_entry'`.execute(
          database.db,
        )
      ).rows.map((r) => r.sql);
    const longest = (
      await database.db
        .selectFrom('ledger_chain')
        .select(['chain_id', 'length'])
        .orderBy('length', 'desc')
        .executeTakeFirstOrThrow()
    ).chain_id;
    chain = original.filter((r) => r.chain_id === longest).sort((a, b) => a.sequence - b.sequence);
  }, 120_000);
  afterAll(async () => t.close());

  it('verifies the intact ledger exactly as the single walk does', { timeout: 120_000 }, async () => {
    const single = await verifyLedger(database, SINGLE);
    expect(single.ok).toBe(true);
    expect(await verifyLedger(database, PARALLEL)).toEqual(single);
  });

  it(
    'reports the same first problem for alterations at the joins and inside the ranges',
    { timeout: 600_000 },
    async () => {
      const n = chain.length;
      const third = Math.ceil(n / 3);
      // The first and last entries of each range, and one inside.
      const targets = [1, 2, third, third + 1, 2 * third, 2 * third + 1, n - 1, n].filter(
        (s) => s >= 1 && s <= n,
      );
      const kinds = ['payload', 'delete', 'hash', 'previous-hash', 'actor', 'swap', 'append'] as const;
      let compared = 0;
      for (const [i, sequence] of targets.entries()) {
        for (const kind of [kinds[i % kinds.length]!, kinds[(i + 3) % kinds.length]!]) {
          const target = chain[sequence - 1]!;
          const byId = (q: any) => q.where('id', '=', target.id);
          const { single, parallel } = await compareAfter(async () => {
            switch (kind) {
              case 'payload':
                return byId(
                  database.db.updateTable('ledger_entry').set({ payload: sql`payload || ' '` }),
                ).execute();
              case 'delete':
                return byId(database.db.deleteFrom('ledger_entry')).execute();
              case 'hash':
                return byId(database.db.updateTable('ledger_entry').set({ hash: 'f'.repeat(64) })).execute();
              case 'previous-hash':
                return byId(
                  database.db.updateTable('ledger_entry').set({ previous_hash: 'e'.repeat(64) }),
                ).execute();
              case 'actor':
                return byId(
                  database.db.updateTable('ledger_entry').set({ actor_id: 'someone-else' }),
                ).execute();
              case 'swap': {
                const partner = chain[sequence] ?? chain[sequence - 2]!;
                await byId(database.db.updateTable('ledger_entry').set({ sequence: -1 })).execute();
                await database.db
                  .updateTable('ledger_entry')
                  .set({ sequence: target.sequence })
                  .where('id', '=', partner.id)
                  .execute();
                return byId(
                  database.db.updateTable('ledger_entry').set({ sequence: partner.sequence }),
                ).execute();
              }
              case 'append': {
                const last = chain[n - 1]!;
                const { global_seq: _g, ...rest } = last;
                return database.db
                  .insertInto('ledger_entry')
                  .values({
                    ...rest,
                    id: `${last.id.slice(0, -4)}ffff`,
                    sequence: n + 1,
                    idempotency_key: 'forged',
                    previous_hash: last.hash,
                  } as never)
                  .execute();
              }
            }
          });
          expect(single.ok, `${kind} at ${sequence}`).toBe(false);
          expect(parallel, `${kind} at ${sequence}`).toEqual(single);
          compared++;
        }
      }
      console.log(
        `parallel verify (${dialect}): ${compared} committed alterations, same verdict as the single walk`,
      );
      // Restored: intact again.
      expect((await verifyLedger(database, PARALLEL)).ok).toBe(true);
    },
  );
});
