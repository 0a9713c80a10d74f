import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

/*
 * Tracing (issue #6): the serial search index, trace requests with their photos, the regulator's
 * response-time targets, and the log of every search.
 *
 * serial_search is a projection (kept by the registry projection, emptied and refilled by
 * `ledger rebuild`), so nothing references it and it references nothing. Each row holds a
 * firearm's serial folded by confusable class. A partial pattern with `?`/`*` becomes a LIKE over
 * that column, answered from a trigram index: FTS5's trigram tokenizer on SQLite (an external-content
 * table kept in step by triggers), pg_trgm's GIN index on PostgreSQL. A plain B-tree on the column
 * answers whole-serial lookups.
 */

// Frozen copy of the fold of core/tracing/confusables.ts as of this migration, for the backfill of
// weapons registered before it (migrations import no application code).
const FOLD: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  О: '0',
  I: '1',
  L: '1',
  '7': '1',
  І: '1',
  Z: '2',
  S: '5',
  Ѕ: '5',
  G: '6',
  Б: '6',
  B: '8',
  В: '8',
  А: 'A',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  if (dialect === 'sqlite') {
    // An INTEGER PRIMARY KEY: the FTS index refers to rows by rowid, which must never change.
    await sql`CREATE TABLE serial_search (
      id INTEGER PRIMARY KEY,
      firearm_id TEXT NOT NULL UNIQUE,
      folded TEXT NOT NULL)`.execute(db);
    await sql`CREATE VIRTUAL TABLE serial_search_fts USING fts5(
      folded, content='serial_search', content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`CREATE TRIGGER serial_search_ai AFTER INSERT ON serial_search BEGIN
      INSERT INTO serial_search_fts(rowid, folded) VALUES (new.id, new.folded); END`.execute(db);
    await sql`CREATE TRIGGER serial_search_ad AFTER DELETE ON serial_search BEGIN
      INSERT INTO serial_search_fts(serial_search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER serial_search_au AFTER UPDATE ON serial_search BEGIN
      INSERT INTO serial_search_fts(serial_search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
      INSERT INTO serial_search_fts(rowid, folded) VALUES (new.id, new.folded); END`.execute(db);
  } else {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await db.schema
      .createTable('serial_search')
      .addColumn('firearm_id', t.id, (c) => c.primaryKey())
      .addColumn('folded', t.text, (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX serial_search_trgm_idx ON serial_search USING gin (folded gin_trgm_ops)`.execute(
      db,
    );
  }
  await db.schema.createIndex('serial_search_folded_idx').on('serial_search').column('folded').execute();
  // Serials with characters outside [0-9A-Z] once folded (accented, Cyrillic…): few, and searched on
  // their own when a pattern is read every way over the ASCII characters (docs/tracing.md).
  if (dialect === 'sqlite')
    await sql`CREATE INDEX serial_search_other_idx ON serial_search(folded) WHERE folded GLOB '*[^0-9A-Z]*'`.execute(
      db,
    );
  else
    await sql`CREATE INDEX serial_search_other_idx ON serial_search(folded) WHERE folded ~ '[^0-9A-Z]'`.execute(
      db,
    );

  const firearms = await sql<{ id: string; serial_normalised: string }>`
    SELECT id, serial_normalised FROM firearm`.execute(db);
  for (let i = 0; i < firearms.rows.length; i += 500) {
    const rows = firearms.rows.slice(i, i + 500).map((f) => ({
      firearm_id: f.id,
      folded: [...f.serial_normalised].map((c) => FOLD[c] ?? c).join(''),
    }));
    await db
      .insertInto('serial_search' as never)
      .values(rows as never)
      .execute();
  }

  await db.schema
    .createTable('trace_request')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('reference', t.text, (c) => c.notNull().unique())
    .addColumn('requesting_organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('requested_by_user_id', t.id)
    .addColumn('regulator_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('urgency', t.text, (c) => c.notNull())
    .addColumn('urgency_reason', t.text)
    .addColumn('manufacturer', t.text)
    .addColumn('model', t.text)
    .addColumn('type', t.text)
    .addColumn('calibre', t.text)
    .addColumn('serial', t.text)
    .addColumn('serial_obliterated', t.integer, (c) => c.notNull())
    .addColumn('serial_legible', t.text)
    .addColumn('country_of_origin', t.text)
    .addColumn('other_marks', t.text)
    .addColumn('recovered_at', t.text)
    .addColumn('recovered_place', t.text)
    .addColumn('illicit_reason', t.text, (c) => c.notNull())
    .addColumn('case_reference', t.text, (c) => c.notNull())
    .addColumn('point_of_contact', t.text, (c) => c.notNull())
    .addColumn('intended_use', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('due_at', t.timestamp, (c) => c.notNull())
    .addColumn('answered_at', t.timestamp)
    .addColumn('answered_by_user_id', t.id)
    .addColumn('outcome', t.text)
    // No reference to firearm: the registry projection is rebuilt from the ledger.
    .addColumn('firearm_id', t.id)
    .addColumn('answer_note', t.text)
    /** The answer as sent (JSON), assembled from the ledger when the regulator confirmed. */
    .addColumn('answer', t.text)
    .execute();
  await db.schema
    .createIndex('trace_request_requester_idx')
    .on('trace_request')
    .columns(['requesting_organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('trace_request_regulator_idx')
    .on('trace_request')
    .columns(['regulator_id', 'status', 'due_at'])
    .execute();

  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  await db.schema
    .createTable('trace_request_photo')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('request_id', t.id, (c) => c.notNull().references('trace_request.id'))
    .addColumn('content_type', t.text, (c) => c.notNull())
    .addColumn('sha256', t.text, (c) => c.notNull())
    .addColumn('byte_length', t.integer, (c) => c.notNull())
    .addColumn('data', bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('trace_request_photo_request_idx')
    .on('trace_request_photo')
    .column('request_id')
    .execute();

  // Response-time targets of a regulator (the ITI sets none); absent: 24 h urgent, 120 h routine.
  await db.schema
    .createTable('trace_setting')
    .addColumn('regulator_id', t.id, (c) => c.primaryKey().references('organisation.id'))
    .addColumn('urgent_hours', t.integer, (c) => c.notNull())
    .addColumn('routine_hours', t.integer, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  // Every search of the registry by anyone: a registry of weapons is itself sensitive.
  await db.schema
    .createTable('trace_search_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id)
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('query', t.text, (c) => c.notNull())
    .addColumn('results', t.integer, (c) => c.notNull())
    .addColumn('request_id', t.id)
    .execute();
  await db.schema.createIndex('trace_search_log_at_idx').on('trace_search_log').column('at').execute();
}
