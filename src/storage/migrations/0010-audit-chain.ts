import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

/*
 * The audit log becomes a hash chain (issue #15, item 5): every event gets a sequence, the hash of
 * the event before it and its own hash, and one head row (audit_chain) holds the length and the last
 * hash, taken under a lock by each append. Events already in the log are chained here, from the
 * genesis hash, in the order they were recorded (at, then id), so deleting or altering one of them
 * is detected like any later event. The columns stay nullable (SQLite adds no NOT NULL column
 * without a default); a row without a sequence is an event outside the chain and verification
 * names it.
 */
const GENESIS = '0'.repeat(64);

// Frozen copy of core/audit/audit-chain.ts `computeAuditHash` as of this migration (migrations
// import no application code); tests/storage/audit-chain.test.ts checks they agree.
function auditHash(e: {
  sequence: number;
  previousHash: string;
  id: string;
  at: string;
  type: string;
  organisationId: string | null;
  actorUserId: string | null;
  subjectUserId: string | null;
  requestId: string | null;
  ip: string | null;
  details: string;
}): string {
  const text = JSON.stringify({
    actorUserId: e.actorUserId,
    at: e.at,
    details: e.details,
    id: e.id,
    ip: e.ip,
    organisationId: e.organisationId,
    previousHash: e.previousHash,
    requestId: e.requestId,
    sequence: e.sequence,
    subjectUserId: e.subjectUserId,
    type: e.type,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface ExistingEvent {
  id: string;
  at: string;
  type: string;
  organisation_id: string | null;
  actor_user_id: string | null;
  subject_user_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: string;
}

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('audit_chain')
    .addColumn('chain_id', t.text, (c) => c.primaryKey())
    .addColumn('length', t.bigint, (c) => c.notNull())
    .addColumn('head_hash', t.text, (c) => c.notNull())
    .execute();
  await db.schema.alterTable('audit_event').addColumn('sequence', t.bigint).execute();
  await db.schema.alterTable('audit_event').addColumn('previous_hash', t.text).execute();
  await db.schema.alterTable('audit_event').addColumn('hash', t.text).execute();

  let sequence = 0;
  let previousHash = GENESIS;
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const page: ExistingEvent[] = after
      ? (
          await sql<ExistingEvent>`SELECT id, at, type, organisation_id, actor_user_id, subject_user_id, request_id, ip, details
            FROM audit_event WHERE at > ${after.at} OR (at = ${after.at} AND id > ${after.id})
            ORDER BY at, id LIMIT 5000`.execute(db)
        ).rows
      : (
          await sql<ExistingEvent>`SELECT id, at, type, organisation_id, actor_user_id, subject_user_id, request_id, ip, details
            FROM audit_event ORDER BY at, id LIMIT 5000`.execute(db)
        ).rows;
    if (page.length === 0) break;
    for (const row of page) {
      sequence++;
      const at = typeof row.at === 'string' ? row.at : new Date(row.at).toISOString();
      const hash = auditHash({
        sequence,
        previousHash,
        id: String(row.id),
        at,
        type: row.type,
        organisationId: row.organisation_id === null ? null : String(row.organisation_id),
        actorUserId: row.actor_user_id === null ? null : String(row.actor_user_id),
        subjectUserId: row.subject_user_id === null ? null : String(row.subject_user_id),
        requestId: row.request_id,
        ip: row.ip,
        details: row.details,
      });
      await sql`UPDATE audit_event SET sequence = ${sequence}, previous_hash = ${previousHash}, hash = ${hash}
        WHERE id = ${row.id}`.execute(db);
      previousHash = hash;
    }
    const last = page[page.length - 1]!;
    after = { at: last.at, id: last.id };
  }
  await sql`INSERT INTO audit_chain (chain_id, length, head_hash) VALUES ('audit', ${sequence}, ${previousHash})`.execute(
    db,
  );
  await db.schema
    .createIndex('audit_event_sequence_idx')
    .unique()
    .on('audit_event')
    .column('sequence')
    .execute();
}
