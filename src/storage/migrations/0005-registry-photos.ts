import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

// Photos of facilities and markings (kept as bytes with their SHA-256, which the ledger entry that
// references a photo carries, so a swapped picture is detectable), and the book a verification
// covered (null: every chain).
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema.alterTable('ledger_verification').addColumn('organisation_id', t.id).execute();

  await db.schema
    .createTable('photo')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('content_type', t.text, (c) => c.notNull())
    .addColumn('sha256', t.text, (c) => c.notNull())
    .addColumn('byte_length', t.integer, (c) => c.notNull())
    .addColumn('data', bytes, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .execute();
  await db.schema.createIndex('photo_organisation_idx').on('photo').column('organisation_id').execute();

  await db.schema.alterTable('firearm_marking').addColumn('photo_id', t.id).execute();
  await db.schema
    .alterTable('facility')
    .addColumn('photos', t.text, (c) => c.notNull().defaultTo('[]'))
    .execute();
}
