import { sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/storage/schema';
import { verifyChains } from '../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { seedBook } from '../support/seed-book';

// 1,000 random single alterations of a ledger, made with the protective triggers out of the way
// (as someone with database access would), each inside a transaction rolled back afterwards.
const TRIALS = Number(process.env.TAMPER_TRIALS ?? 1000);
const SEED = 7;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

class Rollback extends Error {}

describe.each(TEST_DIALECTS)('tampering with the ledger (%s)', (dialect) => {
  let t: TestApp;
  let rows: Array<{ id: string; chain_id: string; sequence: number }>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedBook(t, { firearmsPerCompany: 20 });
    rows = (
      await t.ctx.database.db.selectFrom('ledger_entry').select(['id', 'chain_id', 'sequence']).execute()
    ).map((r) => ({ ...r, sequence: Number(r.sequence) }));
    expect((await verifyChains(t.ctx.database.db)).ok).toBe(true);
  });
  afterAll(async () => t.close());

  async function disableTriggers(trx: Transaction<DB>) {
    if (dialect === 'postgres') await sql`ALTER TABLE ledger_entry DISABLE TRIGGER USER`.execute(trx);
    else {
      await sql`DROP TRIGGER ledger_entry_no_update`.execute(trx);
      await sql`DROP TRIGGER ledger_entry_no_delete`.execute(trx);
    }
  }

  it(
    'detects every single alteration: a changed byte, a deleted, inserted or swapped entry, a changed hash',
    { timeout: 600_000 },
    async () => {
      const next = random(SEED);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
      const kinds = ['payload-byte', 'delete', 'insert', 'swap', 'hash', 'previous-hash', 'actor'] as const;
      let detected = 0;
      const missed: string[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const kind = pick(kinds);
        const target = pick(rows);
        let verdict = true;
        await t.ctx.database.db
          .transaction()
          .execute(async (trx) => {
            await disableTriggers(trx);
            const where = (q: any) => q.where('id', '=', target.id);
            switch (kind) {
              case 'payload-byte': {
                const { payload } = await where(
                  trx.selectFrom('ledger_entry').select('payload'),
                ).executeTakeFirstOrThrow();
                const i = Math.floor(next() * payload.length);
                const ch = payload[i] === 'a' ? 'b' : 'a';
                await where(
                  trx
                    .updateTable('ledger_entry')
                    .set({ payload: payload.slice(0, i) + ch + payload.slice(i + 1) }),
                ).execute();
                break;
              }
              case 'delete':
                await where(trx.deleteFrom('ledger_entry')).execute();
                break;
              case 'insert': {
                // Make room after the target and put a copy of it there, as a forger inserting an entry would.
                const later = (q: any) =>
                  q.where('chain_id', '=', target.chain_id).where('sequence', '>', target.sequence);
                await later(
                  trx.updateTable('ledger_entry').set({ sequence: sql`sequence + 1000000` }),
                ).execute();
                await later(
                  trx.updateTable('ledger_entry').set({ sequence: sql`sequence - 999999` }),
                ).execute();
                const copy = await where(
                  trx.selectFrom('ledger_entry').selectAll(),
                ).executeTakeFirstOrThrow();
                const { global_seq: _g, ...rest } = copy;
                await trx
                  .insertInto('ledger_entry')
                  .values({
                    ...rest,
                    id: crypto.randomUUID(),
                    sequence: target.sequence + 1,
                    idempotency_key: `forged-${trial}`,
                  })
                  .execute();
                break;
              }
              case 'swap': {
                const partner =
                  rows.find((r) => r.chain_id === target.chain_id && r.sequence === target.sequence + 1) ??
                  rows.find((r) => r.chain_id === target.chain_id && r.sequence === target.sequence - 1)!;
                await where(trx.updateTable('ledger_entry').set({ sequence: -1 })).execute();
                await trx
                  .updateTable('ledger_entry')
                  .set({ sequence: target.sequence })
                  .where('id', '=', partner.id)
                  .execute();
                await where(trx.updateTable('ledger_entry').set({ sequence: partner.sequence })).execute();
                break;
              }
              case 'hash':
                await where(trx.updateTable('ledger_entry').set({ hash: 'f'.repeat(64) })).execute();
                break;
              case 'previous-hash':
                await where(trx.updateTable('ledger_entry').set({ previous_hash: 'e'.repeat(64) })).execute();
                break;
              case 'actor':
                await where(trx.updateTable('ledger_entry').set({ actor_id: 'someone-else' })).execute();
                break;
            }
            verdict = (await verifyChains(trx)).ok;
            throw new Rollback();
          })
          .catch((error: unknown) => {
            if (!(error instanceof Rollback)) throw error;
          });
        if (verdict) missed.push(`${kind} of ${target.chain_id}#${target.sequence}`);
        else detected++;
      }
      console.log(`tamper detected ${detected}/${TRIALS} (${dialect}, seed ${SEED}, ${rows.length} entries)`);
      expect(missed).toEqual([]);
      // The triggers are back (the rollback restored them) and the untouched ledger still verifies.
      expect((await verifyChains(t.ctx.database.db)).ok).toBe(true);
      await expect(sql`UPDATE ledger_entry SET kind = 'x'`.execute(t.ctx.database.db)).rejects.toThrow(
        /never/,
      );
    },
  );
});
