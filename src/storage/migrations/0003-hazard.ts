import { type Kysely, sql } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

// Hazard settings per country and the record of signs posted at each facility (issue 5).
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('hazard_country_setting')
    .addColumn('country_code', t.text, (c) => c.primaryKey())
    .addColumn('mixing_rule_set_id', t.text, (c) => c.notNull())
    .addColumn('violation_mode', t.text, (c) =>
      c.notNull().check(sql`violation_mode in ('refuse', 'warn-override')`),
    )
    .addColumn('fire_division_mapping', t.text, (c) => c.notNull())
    .addColumn('qd_factor_table_id', t.text, (c) => c.notNull())
    .addColumn('caption_language', t.text, (c) => c.notNull())
    .addColumn('is_confirmed', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('note', t.text)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  let posting = db.schema.createTable('hazard_sign_posting');
  // seq orders postings recorded within the same millisecond: "the last posted" must be exact.
  posting =
    dialect === 'postgres'
      ? posting.addColumn('seq', 'bigserial', (c) => c.primaryKey())
      : posting.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
  await posting
    .addColumn('id', t.id, (c) => c.notNull().unique())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    // No foreign key to facility: rebuilding the registry projection deletes and refills facility rows.
    .addColumn('facility_id', t.id, (c) => c.notNull())
    .addColumn('signs', t.text, (c) => c.notNull())
    .addColumn('posted_on', t.date, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('delivered_by', t.text)
    .addColumn('recorded_by', t.text, (c) => c.notNull())
    .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hazard_sign_posting_facility_idx')
    .on('hazard_sign_posting')
    .columns(['facility_id', 'seq'])
    .execute();
}
