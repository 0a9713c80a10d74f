import { type Kysely, sql } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

// Frozen 2026-11-28: the hash-chained ledger, its chain heads and checkpoints, the reference
// catalogue, and the registry tables that are projections of the ledger.
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  let ledger = db.schema.createTable('ledger_entry');
  // global_seq orders replay across chains (a transfer-in always follows its transfer-out).
  ledger =
    dialect === 'postgres'
      ? ledger.addColumn('global_seq', 'bigserial', (c) => c.primaryKey())
      : ledger.addColumn('global_seq', 'integer', (c) => c.primaryKey().autoIncrement());
  await ledger
    .addColumn('id', t.id, (c) => c.notNull().unique())
    .addColumn('chain_id', t.text, (c) => c.notNull())
    .addColumn('sequence', t.bigint, (c) => c.notNull())
    .addColumn('previous_hash', t.text, (c) => c.notNull())
    .addColumn('hash', t.text, (c) => c.notNull())
    .addColumn('recorded_at', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('actor_id', t.text, (c) => c.notNull())
    .addColumn('idempotency_key', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('corrects', t.id)
    .addColumn('payload', t.text, (c) => c.notNull())
    .addUniqueConstraint('ledger_entry_chain_sequence_uq', ['chain_id', 'sequence'])
    .addUniqueConstraint('ledger_entry_chain_idempotency_uq', ['chain_id', 'idempotency_key'])
    .execute();

  // The database itself refuses to change history, whoever asks.
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
      BEGIN SELECT RAISE(ABORT, 'ledger entries are never updated: append a correction'); END`.execute(db);
    await sql`CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
      BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted: append a correction'); END`.execute(db);
  } else {
    await sql`CREATE FUNCTION ledger_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'ledger entries are never updated or deleted: append a correction'; END $$`.execute(
      db,
    );
    await sql`CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry
      FOR EACH ROW EXECUTE FUNCTION ledger_entry_refuse_change()`.execute(db);
    await sql`CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_refuse_change()`.execute(db);
    await sql`REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entry FROM PUBLIC`.execute(db);
  }

  // Which records an entry touches (firearm, lot, facility): the index behind every history timeline.
  await db.schema
    .createTable('ledger_subject')
    .addColumn('subject_id', t.text, (c) => c.notNull())
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_subject_pk', ['subject_id', 'entry_id'])
    .execute();

  await db.schema
    .createTable('ledger_chain')
    .addColumn('chain_id', t.text, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('length', t.bigint, (c) => c.notNull())
    .addColumn('head_hash', t.text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_checkpoint')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('chain_id', t.text, (c) => c.notNull())
    .addColumn('length', t.bigint, (c) => c.notNull())
    .addColumn('head_hash', t.text, (c) => c.notNull())
    .addColumn('issued_at', t.text, (c) => c.notNull())
    .addColumn('key_id', t.text, (c) => c.notNull())
    .addColumn('signature', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_checkpoint_chain_idx')
    .on('ledger_checkpoint')
    .columns(['chain_id', 'length'])
    .execute();

  await db.schema
    .createTable('ledger_verification')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('verified_at', t.text, (c) => c.notNull())
    .addColumn('chains', t.integer, (c) => c.notNull())
    .addColumn('entries', t.bigint, (c) => c.notNull())
    .addColumn('ok', t.integer, (c) => c.notNull())
    .addColumn('problem', t.text)
    .execute();

  // Reference catalogue: ids are stable slugs, the same in every national instance.
  await db.schema
    .createTable('catalogue_manufacturer')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('country_code', t.text)
    .addColumn('aliases', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('catalogue_calibre')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('category', t.text, (c) => c.notNull())
    .addColumn('aliases', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('catalogue_model')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('manufacturer_id', t.text, (c) => c.notNull().references('catalogue_manufacturer.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('calibre_id', t.text, (c) => c.references('catalogue_calibre.id'))
    .execute();

  // Projections of the ledger: rebuilt from it to exactly the same rows by `custodia ledger rebuild`.
  await db.schema
    .createTable('facility')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('address', t.text)
    .addColumn('latitude', t.real)
    .addColumn('longitude', t.real)
    .addColumn('licence_number', t.text)
    .addColumn('licence_expires_on', t.date)
    .addColumn('max_neq_kg', t.real)
    .addColumn('security_features', t.text, (c) => c.notNull())
    .addColumn('last_entry_id', t.id, (c) => c.notNull())
    .addUniqueConstraint('facility_org_code_uq', ['organisation_id', 'code'])
    .execute();

  await db.schema
    .createTable('firearm')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('facility_id', t.id)
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('manufacturer_id', t.text, (c) => c.notNull())
    .addColumn('model', t.text, (c) => c.notNull())
    .addColumn('model_key', t.text, (c) => c.notNull())
    .addColumn('calibre_id', t.text, (c) => c.notNull())
    .addColumn('serial', t.text, (c) => c.notNull())
    .addColumn('serial_normalised', t.text, (c) => c.notNull())
    .addColumn('country_of_manufacture', t.text, (c) => c.notNull())
    .addColumn('year_of_manufacture', t.integer)
    .addColumn('import_country', t.text)
    .addColumn('import_year', t.integer)
    .addColumn('component_serials', t.text, (c) => c.notNull())
    .addColumn('permit_number', t.text)
    .addColumn('permit_expires_on', t.date)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('in_transit_to_id', t.id)
    .addColumn('inadequately_marked', t.integer, (c) => c.notNull())
    .addColumn('acquired_entry_id', t.id, (c) => c.notNull())
    .addColumn('last_entry_id', t.id, (c) => c.notNull())
    .addUniqueConstraint('firearm_identity_uq', ['manufacturer_id', 'serial_normalised', 'model_key'])
    .execute();
  await db.schema
    .createIndex('firearm_org_status_idx')
    .on('firearm')
    .columns(['organisation_id', 'status'])
    .execute();
  await db.schema.createIndex('firearm_serial_idx').on('firearm').column('serial_normalised').execute();
  await db.schema.createIndex('firearm_facility_idx').on('firearm').column('facility_id').execute();

  await db.schema
    .createTable('firearm_marking')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('firearm_id', t.id, (c) => c.notNull().references('firearm.id'))
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('location', t.text)
    .addColumn('applied_on', t.date)
    .addColumn('applied_by', t.text)
    .addColumn('includes', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('firearm_marking_firearm_idx')
    .on('firearm_marking')
    .column('firearm_id')
    .execute();

  await db.schema
    .createTable('ammunition_lot')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('lot_number', t.text, (c) => c.notNull())
    .addColumn('calibre_id', t.text, (c) => c.notNull())
    .addColumn('manufacturer_id', t.text, (c) => c.notNull())
    .addColumn('year', t.integer)
    .addColumn('un_number', t.text)
    .addColumn('hazard_division', t.text)
    .addColumn('compatibility_group', t.text)
    .addColumn('neq_kg_per_1000', t.real)
    .addColumn('last_entry_id', t.id, (c) => c.notNull())
    .addUniqueConstraint('ammunition_lot_identity_uq', [
      'organisation_id',
      'manufacturer_id',
      'calibre_id',
      'lot_number',
    ])
    .execute();

  await db.schema
    .createTable('ammunition_stock')
    .addColumn('lot_id', t.id, (c) => c.notNull().references('ammunition_lot.id'))
    .addColumn('facility_id', t.id, (c) => c.notNull().references('facility.id'))
    .addColumn('rounds', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('ammunition_stock_pk', ['lot_id', 'facility_id'])
    .execute();
}
