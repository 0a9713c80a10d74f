import type { Database, Queryable } from './database';
import { RANGE_COLUMNS } from './ledger-range-reader';
import { preparedQuery } from './prepared-query';
import type { LedgerEntryTable } from './schema';

export type LedgerEntryRow = Omit<LedgerEntryTable, 'global_seq'> & { global_seq?: number };

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Take the chain's head for this transaction. The first statement of an append is this write, so
 * appends to one chain are serialised: PostgreSQL holds the row lock until commit (a concurrent
 * upsert waits and then sees the new head); SQLite takes its write lock here, before anything is read.
 */
const takeHead = preparedQuery<
  { chainId: string; organisationId: string },
  { length: number; head_hash: string }
>(['chainId', 'organisationId'], (db, p) =>
  db
    .insertInto('ledger_chain')
    .values({ chain_id: p.chainId, organisation_id: p.organisationId, length: 0, head_hash: GENESIS_HASH })
    .onConflict((oc) =>
      oc.column('chain_id').doUpdateSet((eb) => ({ length: eb.ref('ledger_chain.length') })),
    )
    .returning(['length', 'head_hash']),
);

export async function lockChainHead(
  db: Queryable,
  chainId: string,
  organisationId: string,
): Promise<{ length: number; headHash: string }> {
  const row = (await takeHead(db, { chainId, organisationId })).rows[0];
  if (!row) throw new Error(`ledger chain ${chainId}: the head was not returned`);
  return { length: Number(row.length), headHash: row.head_hash };
}

const setHead = preparedQuery<{ chainId: string; length: number; headHash: string }, unknown>(
  ['chainId', 'length', 'headHash'],
  (db, p) =>
    db
      .updateTable('ledger_chain')
      .set({ length: p.length, head_hash: p.headHash })
      .where('chain_id', '=', p.chainId),
);

export async function advanceChainHead(
  db: Queryable,
  chainId: string,
  length: number,
  headHash: string,
): Promise<void> {
  await setHead(db, { chainId, length, headHash });
}

type InsertedEntry = Omit<LedgerEntryRow, 'global_seq'>;
/** Every stored column of an entry (all but global_seq), in the order the fast readers and writers use. */
export const ENTRY_COLUMNS = RANGE_COLUMNS satisfies ReadonlyArray<keyof InsertedEntry>;
// Every column, or the compiled insert would leave one out: this line stops compiling if one is added.
const everyEntryColumn: [Exclude<keyof InsertedEntry, (typeof ENTRY_COLUMNS)[number]>] extends [never]
  ? true
  : never = true;
void everyEntryColumn;
const insertOneEntry = preparedQuery<InsertedEntry, unknown>(ENTRY_COLUMNS, (db, row) =>
  db.insertInto('ledger_entry').values(row),
);

export async function insertLedgerEntries(db: Queryable, rows: readonly LedgerEntryRow[]): Promise<void> {
  if (rows.length === 1) {
    // The common case (one entry per request), compiled once.
    const { global_seq: _, ...row } = rows[0]!;
    await insertOneEntry(db, row);
  } else if (rows.length > 1)
    await db
      .insertInto('ledger_entry')
      .values(rows.map(({ global_seq: _, ...row }) => row))
      .execute();
}

const entryByKey = preparedQuery<{ chainId: string; key: string }, LedgerEntryRow>(
  ['chainId', 'key'],
  (db, p) =>
    db
      .selectFrom('ledger_entry')
      .selectAll()
      .where('chain_id', '=', p.chainId)
      .where('idempotency_key', '=', p.key),
);

export async function findEntryByIdempotencyKey(
  db: Queryable,
  chainId: string,
  key: string,
): Promise<LedgerEntryRow | undefined> {
  return (await entryByKey(db, { chainId, key })).rows[0];
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
  afterSequence = 0,
): AsyncGenerator<LedgerEntryRow[]> {
  let after = afterSequence;
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

type SubjectParams = Record<string, string>;
/** The subjects insert for n rows, compiled once for each n up to this; longer lists are built each time. */
const PREPARED_SUBJECT_ROWS = 8;
const insertSubjectsOf = Array.from({ length: PREPARED_SUBJECT_ROWS + 1 }, (_, n) => {
  const keys = Array.from({ length: n }, (_, i) => [`s${i}`, `e${i}`]).flat();
  return preparedQuery<SubjectParams, unknown>(keys, (db, p) =>
    db
      .insertInto('ledger_subject')
      .values(Array.from({ length: n }, (_, i) => ({ subject_id: p[`s${i}`]!, entry_id: p[`e${i}`]! })))
      .onConflict((oc) => oc.doNothing()),
  );
});

export async function insertSubjects(
  db: Queryable,
  rows: ReadonlyArray<{ subject_id: string; entry_id: string }>,
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length <= PREPARED_SUBJECT_ROWS) {
    const params: SubjectParams = {};
    rows.forEach((row, i) => {
      params[`s${i}`] = row.subject_id;
      params[`e${i}`] = row.entry_id;
    });
    await insertSubjectsOf[rows.length]!(db, params);
    return;
  }
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
  afterSequence = 0,
): AsyncGenerator<LedgerEntryRow[]> {
  if (!database.sqlite || db !== database.db) {
    yield* readChain(db, chainId, pageSize, afterSequence);
    return;
  }
  const statement = database.sqlite.prepare(
    `SELECT ${CHAIN_COLUMNS} FROM ledger_entry WHERE chain_id = ? AND sequence > ? ORDER BY sequence LIMIT ?`,
  );
  let after = afterSequence;
  for (;;) {
    const page = statement.all(chainId, after, pageSize) as LedgerEntryRow[];
    if (page.length === 0) return;
    yield page;
    after = Number(page[page.length - 1]!.sequence);
    // Let other work run between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface StoredCheckpoint {
  readonly chainId: string;
  readonly length: number;
  readonly headHash: string;
  readonly issuedAt: string;
  readonly keyId: string;
  readonly signature: string;
}

/**
 * The checkpoints kept for a chain at or below a length, longest first (the caller checks each
 * signature: a row here proves nothing by itself, anyone with the database could have written it).
 */
export async function listCheckpointsOf(
  db: Queryable,
  chainId: string,
  atMostLength: number,
  limit = 50,
): Promise<StoredCheckpoint[]> {
  const rows = await db
    .selectFrom('ledger_checkpoint')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('length', '<=', atMostLength)
    .orderBy('length', 'desc')
    .orderBy('issued_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    chainId: r.chain_id,
    length: Number(r.length),
    headHash: r.head_hash,
    issuedAt: r.issued_at,
    keyId: r.key_id,
    signature: r.signature,
  }));
}

/** The stored hash of one entry of a chain, or null. */
export async function hashAt(db: Queryable, chainId: string, sequence: number): Promise<string | null> {
  const row = await db
    .selectFrom('ledger_entry')
    .select('hash')
    .where('chain_id', '=', chainId)
    .where('sequence', '=', sequence)
    .executeTakeFirst();
  return row?.hash ?? null;
}

/** When the last checkpoint was signed (any chain), or null. */
export async function lastCheckpointAt(db: Queryable): Promise<string | null> {
  const row = await db
    .selectFrom('ledger_checkpoint')
    .select((eb) => eb.fn.max('issued_at').as('at'))
    .executeTakeFirst();
  return (row?.at as string | null | undefined) ?? null;
}
