import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

/*
 * Armoury operations (issue #4): personnel and their qualifications, clients/sites/posts, the
 * company's operating authorisation, armoury settings, issues and returns (the rows behind the
 * weapons-out board; the ledger entries are the truth), return discrepancies, overdue alerts,
 * maintenance jobs, count policies and sessions, and opaque weapon tags.
 *
 * No foreign key points at facility, firearm or ammunition_lot: `ledger rebuild` empties and
 * refills those projection tables while these rows stay.
 */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('armoury_settings')
    .addColumn('organisation_id', t.id, (c) => c.primaryKey().references('organisation.id'))
    .addColumn('max_rounds_per_weapon', t.integer)
    .addColumn('qualification_validity_months', t.integer)
    .addColumn('max_assignment_hours', t.integer)
    .addColumn('default_shift_hours', t.integer)
    .addColumn('webhook_url', t.text)
    .addColumn('webhook_secret', t.text)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('operating_authorisation')
    .addColumn('organisation_id', t.id, (c) => c.primaryKey().references('organisation.id'))
    .addColumn('number', t.text, (c) => c.notNull())
    .addColumn('issued_by_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('valid_from', t.date, (c) => c.notNull())
    .addColumn('valid_until', t.date, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by_user_id', t.id)
    .execute();

  await db.schema
    .createTable('personnel')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('national_id', t.text, (c) => c.notNull())
    .addColumn('national_id_key', t.text, (c) => c.notNull())
    .addColumn('full_name', t.text, (c) => c.notNull())
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('photo_id', t.id)
    .addColumn('user_id', t.id, (c) => c.references('app_user.id'))
    .addColumn('licence_number', t.text)
    .addColumn('licence_authority', t.text)
    .addColumn('licence_is_armed', t.integer)
    .addColumn('licence_expires_on', t.date)
    .addColumn('badge_code', t.text, (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('personnel_org_national_id_uq', ['organisation_id', 'national_id_key'])
    .execute();
  await db.schema.createIndex('personnel_user_idx').on('personnel').column('user_id').execute();

  await db.schema
    .createTable('personnel_qualification')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('personnel_id', t.id, (c) => c.notNull().references('personnel.id'))
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('course', t.text, (c) => c.notNull())
    .addColumn('weapon_type', t.text, (c) => c.notNull())
    .addColumn('weapon_model', t.text)
    .addColumn('qualified_on', t.date, (c) => c.notNull())
    .addColumn('result', t.text, (c) => c.notNull())
    .addColumn('valid_until', t.date, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('personnel_qualification_person_idx')
    .on('personnel_qualification')
    .column('personnel_id')
    .execute();

  await db.schema
    .createTable('armoury_client')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('tax_id', t.text)
    .addColumn('contact', t.text)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('armoury_site')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('client_id', t.id, (c) => c.notNull().references('armoury_client.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('address', t.text)
    .addColumn('latitude', t.real)
    .addColumn('longitude', t.real)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('armoury_post')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('site_id', t.id, (c) => c.notNull().references('armoury_site.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('authorised_weapon_types', t.text, (c) => c.notNull())
    .addColumn('max_rounds_per_weapon', t.integer)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('armoury_issue')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('facility_id', t.id, (c) => c.notNull())
    .addColumn('firearm_id', t.id, (c) => c.notNull())
    .addColumn('personnel_id', t.id, (c) => c.notNull().references('personnel.id'))
    .addColumn('post_id', t.id)
    .addColumn('shift', t.text)
    .addColumn('lot_id', t.id)
    .addColumn('rounds_issued', t.integer, (c) => c.notNull())
    .addColumn('issued_at', t.timestamp, (c) => c.notNull())
    .addColumn('issued_by', t.text, (c) => c.notNull())
    .addColumn('expected_return_at', t.timestamp, (c) => c.notNull())
    .addColumn('extended_reason', t.text)
    .addColumn('extended_authorised_by', t.text)
    .addColumn('issue_entry_id', t.id, (c) => c.notNull())
    .addColumn('override_entry_id', t.id)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('returned_at', t.timestamp)
    .addColumn('returned_by', t.text)
    .addColumn('rounds_returned', t.integer)
    .addColumn('shortfall_reason', t.text)
    .addColumn('return_note', t.text)
    .addColumn('condition', t.text)
    .addColumn('return_entry_id', t.id)
    .execute();
  // A weapon is out to one guard at a time, whatever races the application loses.
  await sql`CREATE UNIQUE INDEX armoury_issue_one_out_uq ON armoury_issue (firearm_id) WHERE status = 'out'`.execute(
    db,
  );
  await db.schema
    .createIndex('armoury_issue_org_status_idx')
    .on('armoury_issue')
    .columns(['organisation_id', 'status', 'expected_return_at'])
    .execute();
  await db.schema
    .createIndex('armoury_issue_personnel_idx')
    .on('armoury_issue')
    .columns(['personnel_id', 'status'])
    .execute();

  await db.schema
    .createTable('armoury_discrepancy')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('issue_id', t.id, (c) => c.notNull().references('armoury_issue.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('lot_id', t.id)
    .addColumn('rounds_missing', t.integer, (c) => c.notNull())
    .addColumn('reason', t.text)
    .addColumn('note', t.text)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('armoury_discrepancy_org_idx')
    .on('armoury_discrepancy')
    .columns(['organisation_id', 'status'])
    .execute();

  await db.schema
    .createTable('armoury_alert')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('issue_id', t.id, (c) => c.notNull().references('armoury_issue.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('acknowledged_at', t.timestamp)
    .addColumn('acknowledged_by', t.text)
    .addColumn('webhook_status', t.text, (c) => c.notNull())
    .addColumn('webhook_attempts', t.integer, (c) => c.notNull())
    .addColumn('webhook_last_error', t.text)
    .addColumn('webhook_next_attempt_at', t.timestamp)
    .addUniqueConstraint('armoury_alert_issue_kind_uq', ['issue_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('armoury_alert_webhook_idx')
    .on('armoury_alert')
    .columns(['webhook_status', 'webhook_next_attempt_at'])
    .execute();

  await db.schema
    .createTable('maintenance_job')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('firearm_id', t.id, (c) => c.notNull())
    .addColumn('facility_id', t.id)
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    .addColumn('opened_by', t.text, (c) => c.notNull())
    .addColumn('open_entry_id', t.id, (c) => c.notNull())
    .addColumn('closed_at', t.timestamp)
    .addColumn('closed_by', t.text)
    .addColumn('result', t.text)
    .addColumn('outcome', t.text)
    .addColumn('close_entry_id', t.id)
    .execute();
  await sql`CREATE UNIQUE INDEX maintenance_job_one_open_uq ON maintenance_job (firearm_id) WHERE status = 'open'`.execute(
    db,
  );
  await db.schema
    .createIndex('maintenance_job_org_idx')
    .on('maintenance_job')
    .columns(['organisation_id', 'status'])
    .execute();

  await db.schema
    .createTable('count_policy')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('facility_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('count_policy_facility_kind_uq', ['facility_id', 'kind'])
    .execute();

  await db.schema
    .createTable('count_session')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('facility_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('trigger', t.text, (c) => c.notNull())
    .addColumn('is_blind', t.integer, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('counter_user_id', t.text, (c) => c.notNull())
    .addColumn('second_counter_name', t.text)
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('closed_at', t.timestamp)
    .addColumn('weapons_counted', t.integer)
    .addColumn('expected', t.text)
    .addColumn('close_entry_id', t.id)
    .execute();
  await db.schema
    .createIndex('count_session_facility_idx')
    .on('count_session')
    .columns(['organisation_id', 'facility_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('count_item')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('count_id', t.id, (c) => c.notNull().references('count_session.id'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('code', t.text, (c) => c.notNull())
    .addColumn('firearm_id', t.id)
    .addColumn('lot_id', t.id)
    .addColumn('rounds', t.bigint)
    .addColumn('counted_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('count_item_code_uq', ['count_id', 'kind', 'code'])
    .execute();

  await db.schema
    .createTable('count_discrepancy')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('count_id', t.id, (c) => c.notNull().references('count_session.id'))
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('firearm_id', t.id)
    .addColumn('scanned_code', t.text)
    .addColumn('lot_id', t.id)
    .addColumn('expected', t.bigint)
    .addColumn('counted', t.bigint)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('resolution', t.text)
    .addColumn('note', t.text)
    .addColumn('resolved_at', t.timestamp)
    .addColumn('resolved_by', t.text)
    .addColumn('entry_id', t.id)
    .execute();
  await db.schema
    .createIndex('count_discrepancy_count_idx')
    .on('count_discrepancy')
    .column('count_id')
    .execute();

  await db.schema
    .createTable('firearm_tag')
    .addColumn('code', t.text, (c) => c.primaryKey())
    .addColumn('firearm_id', t.id, (c) => c.notNull().unique())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
}
