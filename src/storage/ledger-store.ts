import type { Database, Queryable } from './database';
import type { LedgerEntryTable } from './schema';

export type LedgerEntryRow = Omit<LedgerEntryTable, 'global_seq'> & { global_seq?: number };

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Take the chain's head for this transaction. The first statement of an append is this write, so
 * appends to one chain are serialised: PostgreSQL holds the row lock until commit (a concurrent
 * upsert waits and then sees the new head); SQLite takes its write lock here, before anything is read.
 */
export async function lockChainHead(
  db: Queryable,
  chainId: string,
  organisationId: string,
): Promise<{ length: number; headHash: string }> {
  const row = await db
    .insertInto('ledger_chain')
    .values({ chain_id: chainId, organisation_id: organisationId, length: 0, head_hash: GENESIS_HASH })
    .onConflict((oc) =>
      oc.column('chain_id').doUpdateSet((eb) => ({ length: eb.ref('ledger_chain.length') })),
    )
    .returning(['length', 'head_hash'])
    .executeTakeFirstOrThrow();
  return { length: Number(row.length), headHash: row.head_hash };
}

export async function advanceChainHead(
  db: Queryable,
  chainId: string,
  length: number,
  headHash: string,
): Promise<void> {
  await db
    .updateTable('ledger_chain')
    .set({ length, head_hash: headHash })
    .where('chain_id', '=', chainId)
    .execute();
}

export async function insertLedgerEntries(db: Queryable, rows: readonly LedgerEntryRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('ledger_entry')
      .values(rows.map(({ global_seq: _, ...row }) => row))
      .execute();
}

export async function findEntryByIdempotencyKey(
  db: Queryable,
  chainId: string,
  key: string,
): Promise<LedgerEntryRow | undefined> {
  return db
    .selectFrom('ledger_entry')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findEntry(db: Queryable, id: string): Promise<LedgerEntryRow | undefined> {
  return db.selectFrom('ledger_entry').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listChains(
  db: Queryable,
): Promise<Array<{ chain_id: string; organisation_id: string; length: number; head_hash: string }>> {
  const rows = await db.selectFrom('ledger_chain').selectAll().orderBy('chain_id').execute();
  return rows.map((r) => ({ ...r, length: Number(r.length) }));
}

/** A chain's entries in sequence order, read in pages so memory stays flat over millions of entries. */
export async function* readChain(
  db: Queryable,
  chainId: string,
  pageSize = 20_000,
): AsyncGenerator<LedgerEntryRow[]> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('ledger_entry')
      .selectAll()
      .where('chain_id', '=', chainId)
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page;
    after = Number(page[page.length - 1]!.sequence);
  }
}

/** Every entry of every chain in commit order, for rebuilding the projections. */
export async function* readAllEntries(db: Queryable, pageSize = 20_000): AsyncGenerator<LedgerEntryRow[]> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('ledger_entry')
      .selectAll()
      .where('global_seq', '>', after)
      .orderBy('global_seq')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page;
    after = Number(page[page.length - 1]!.global_seq);
  }
}

export async function insertSubjects(
  db: Queryable,
  rows: ReadonlyArray<{ subject_id: string; entry_id: string }>,
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('ledger_subject')
      .values([...rows])
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** The entries that touched a record, oldest first. */
export async function listEntriesOfSubject(db: Queryable, subjectId: string): Promise<LedgerEntryRow[]> {
  return db
    .selectFrom('ledger_subject')
    .innerJoin('ledger_entry', 'ledger_entry.id', 'ledger_subject.entry_id')
    .selectAll('ledger_entry')
    .where('ledger_subject.subject_id', '=', subjectId)
    .orderBy('ledger_entry.global_seq')
    .execute();
}

const CHAIN_COLUMNS =
  'id, chain_id, sequence, previous_hash, hash, recorded_at, organisation_id, actor_id, idempotency_key, kind, corrects, payload';

/**
 * The fast read behind `ledger verify`: a chain in sequence order, in pages. On SQLite a prepared
 * statement returns plain rows without the query builder (pages are read whole, so no other query
 * waits on an open cursor); elsewhere the same pages through Kysely.
 */
export async function* readChainFast(
  database: Database,
  db: Queryable,
  chainId: string,
  pageSize = 50_000,
): AsyncGenerator<LedgerEntryRow[]> {
  if (!database.sqlite || db !== database.db) {
    yield* readChain(db, chainId, pageSize);
    return;
  }
  const statement = database.sqlite.prepare(
    `SELECT ${CHAIN_COLUMNS} FROM ledger_entry WHERE chain_id = ? AND sequence > ? ORDER BY sequence LIMIT ?`,
  );
  let after = 0;
  for (;;) {
    const page = statement.all(chainId, after, pageSize) as LedgerEntryRow[];
    if (page.length === 0) return;
    yield page;
    after = Number(page[page.length - 1]!.sequence);
    // Let other work run between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
