import { createHash } from 'node:crypto';
import type { OrganisationFilter } from '../core/access/policies';
import { AUDIT_GENESIS_HASH, computeAuditHash, type StoredAuditLink } from '../core/audit/audit-chain';
import type { Sha256Hasher } from '../core/ledger/sha256';
import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';
import type { AuditEventTable } from './schema';

export type AuditEventRow = AuditEventTable;
/** An event as the caller gives it: the chain fields are filled in by `appendAuditEvent`. */
export type NewAuditEvent = Omit<AuditEventTable, 'sequence' | 'previous_hash' | 'hash'>;

/** The one audit chain's key in audit_chain. */
export const AUDIT_CHAIN_ID = 'audit';

export const nodeSha256: Sha256Hasher = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Take the audit chain's head for this transaction, as `lockChainHead` does for a ledger chain: the
 * first statement of an append is this write, so PostgreSQL holds the row lock until commit (a
 * concurrent append waits, then sees the new head) and SQLite takes its write lock before anything
 * is read. One statement reads the head; nothing else is read per event.
 */
const takeAuditHead = preparedQuery<
  { chainId: string; genesis: string },
  { length: number; head_hash: string }
>(['chainId', 'genesis'], (db, p) =>
  db
    .insertInto('audit_chain')
    .values({ chain_id: p.chainId, length: 0, head_hash: p.genesis })
    .onConflict((oc) => oc.column('chain_id').doUpdateSet((eb) => ({ length: eb.ref('audit_chain.length') })))
    .returning(['length', 'head_hash']),
);

const setAuditHead = preparedQuery<{ chainId: string; length: number; headHash: string }, unknown>(
  ['chainId', 'length', 'headHash'],
  (db, p) =>
    db
      .updateTable('audit_chain')
      .set({ length: p.length, head_hash: p.headHash })
      .where('chain_id', '=', p.chainId),
);

const AUDIT_COLUMNS = [
  'id',
  'at',
  'type',
  'organisation_id',
  'actor_user_id',
  'subject_user_id',
  'request_id',
  'ip',
  'details',
  'sequence',
  'previous_hash',
  'hash',
] as const satisfies ReadonlyArray<keyof AuditEventTable>;
const insertOneEvent = preparedQuery<AuditEventTable, unknown>(AUDIT_COLUMNS, (db, row) =>
  db.insertInto('audit_event').values(row),
);

async function appendInTransaction(trx: Queryable, event: NewAuditEvent): Promise<void> {
  const head = (await takeAuditHead(trx, { chainId: AUDIT_CHAIN_ID, genesis: AUDIT_GENESIS_HASH })).rows[0];
  if (!head) throw new Error('audit chain: the head was not returned');
  const sequence = Number(head.length) + 1;
  const hash = computeAuditHash(
    {
      sequence,
      previousHash: head.head_hash,
      id: event.id,
      at: event.at,
      type: event.type,
      organisationId: event.organisation_id,
      actorUserId: event.actor_user_id,
      subjectUserId: event.subject_user_id,
      requestId: event.request_id,
      ip: event.ip,
      details: event.details,
    },
    nodeSha256,
  );
  await insertOneEvent(trx, { ...event, sequence, previous_hash: head.head_hash, hash });
  await setAuditHead(trx, { chainId: AUDIT_CHAIN_ID, length: sequence, headHash: hash });
}

/**
 * Append one event to the audit chain, in the caller's transaction when `db` is one (the head stays
 * locked until that transaction ends: record the audit event last, after any ledger append, so locks
 * are always taken in the same order), else in a transaction of its own.
 */
export async function appendAuditEvent(db: Queryable, event: NewAuditEvent): Promise<void> {
  if (db.isTransaction) await appendInTransaction(db, event);
  else await db.transaction().execute((trx) => appendInTransaction(trx, event));
}

export async function readAuditHead(db: Queryable): Promise<{ length: number; headHash: string }> {
  const row = await db
    .selectFrom('audit_chain')
    .select(['length', 'head_hash'])
    .where('chain_id', '=', AUDIT_CHAIN_ID)
    .executeTakeFirst();
  return row
    ? { length: Number(row.length), headHash: row.head_hash }
    : { length: 0, headHash: AUDIT_GENESIS_HASH };
}

/** Events written outside the chain (no sequence or no hash), oldest first. */
export async function listUnchainedAuditEvents(db: Queryable, limit = 10): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where((eb) =>
      eb.or([eb('sequence', 'is', null), eb('hash', 'is', null), eb('previous_hash', 'is', null)]),
    )
    .orderBy('at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The chained events in sequence order, in pages. */
export async function* readAuditChain(db: Queryable, pageSize = 20_000): AsyncGenerator<StoredAuditLink[]> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('sequence', 'is not', null)
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page.map((r) => ({
      sequence: Number(r.sequence),
      previousHash: r.previous_hash ?? '',
      hash: r.hash ?? '',
      id: r.id,
      at: r.at,
      type: r.type,
      organisationId: r.organisation_id,
      actorUserId: r.actor_user_id,
      subjectUserId: r.subject_user_id,
      requestId: r.request_id,
      ip: r.ip,
      details: r.details,
    }));
    after = Number(page[page.length - 1]!.sequence);
  }
}

export interface AuditQuery {
  readonly filter: OrganisationFilter;
  readonly organisationId?: string | undefined;
  readonly type?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listAuditEvents(
  db: Queryable,
  q: AuditQuery,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  let query = db.selectFrom('audit_event');
  if (q.filter.kind === 'some') {
    const { ids, licensedBy } = q.filter;
    query = query.where((eb) =>
      licensedBy === null
        ? eb('organisation_id', 'in', [...ids])
        : eb.or([
            eb('organisation_id', 'in', [...ids]),
            eb(
              'organisation_id',
              'in',
              eb.selectFrom('organisation').select('id').where('licensed_by_id', '=', licensedBy),
            ),
          ]),
    );
  }
  if (q.organisationId) query = query.where('organisation_id', '=', q.organisationId);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
