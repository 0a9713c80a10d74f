import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedQuery } from '../../src/storage/prepared-query';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_DIALECTS } from '../support/test-database';

// The compiled-once queries of the hot paths must answer exactly what the same query built by
// Kysely each time answers, on both dialects, inside and outside a transaction.
describe.each(TEST_DIALECTS)('prepared queries (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const organisationsOfKind = preparedQuery(['kind', 'code'], (db, p: { kind: string; code: string }) =>
    db
      .selectFrom('organisation')
      .select(['id', 'code', 'kind'])
      .where('kind', '=', p.kind)
      .where('code', '<>', p.code)
      // A value that is not a parameter stays as written.
      .where('deactivated_at', 'is', null)
      .orderBy('code'),
  );

  it('answers as the query built each time, for several values, and binds a missing value as NULL', async () => {
    const db = t.ctx.database.db;
    const all = await db.selectFrom('organisation').select(['kind', 'code']).execute();
    expect(all.length).toBeGreaterThan(3);
    for (const { kind, code } of all) {
      const expected = await db
        .selectFrom('organisation')
        .select(['id', 'code', 'kind'])
        .where('kind', '=', kind)
        .where('code', '<>', code)
        .where('deactivated_at', 'is', null)
        .orderBy('code')
        .execute();
      expect((await organisationsOfKind(db, { kind, code })).rows).toEqual(expected);
    }
    const none = await organisationsOfKind(db, { kind: undefined as unknown as string, code: 'x' });
    expect(none.rows).toEqual([]);
  });

  it('runs inside a transaction on its connection, and sees what the transaction wrote', async () => {
    const db = t.ctx.database.db;
    const [first] = await db.selectFrom('organisation').select(['id', 'name']).limit(1).execute();
    const nameOf = preparedQuery(['id'], (q, p: { id: string }) =>
      q.selectFrom('organisation').select('name').where('id', '=', p.id),
    );
    const rename = preparedQuery(['id', 'name'], (q, p: { id: string; name: string }) =>
      q.updateTable('organisation').set({ name: p.name }).where('id', '=', p.id),
    );
    class Undo extends Error {}
    await expect(
      db.transaction().execute(async (trx) => {
        await rename(trx, { id: first!.id, name: 'Renamed inside' });
        expect((await nameOf(trx, { id: first!.id })).rows[0]?.name).toBe('Renamed inside');
        throw new Undo();
      }),
    ).rejects.toBeInstanceOf(Undo);
    expect((await nameOf(db, { id: first!.id })).rows[0]?.name).toBe(first!.name);
  });

  it('refuses a builder that alters a parameter or never places one', async () => {
    const db = t.ctx.database.db;
    const altered = preparedQuery(['code'], (q, p: { code: string }) =>
      q.selectFrom('organisation').select('id').where('code', 'like', `${p.code}%`),
    );
    await expect(altered(db, { code: 'A' })).rejects.toThrow(/marker altered/);
    const unplaced = preparedQuery(['code', 'kind'], (q, p: { code: string; kind: string }) =>
      q.selectFrom('organisation').select('id').where('code', '=', p.code),
    );
    await expect(unplaced(db, { code: 'A', kind: 'psc' })).rejects.toThrow(/never placed in the SQL: kind/);
    // A parameter used twice fills both places.
    const twice = preparedQuery(['n'], (q, p: { n: number }) =>
      q.selectNoFrom(sql<number>`cast(${p.n} as integer) + cast(${p.n} as integer)`.as('sum')),
    );
    expect(Number((await twice(db, { n: 21 })).rows[0]?.sum)).toBe(42);
  });
});
