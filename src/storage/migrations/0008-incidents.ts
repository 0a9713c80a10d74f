import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

/*
 * Incidents (issue #6): the incident with the content of ICoC para 63, the weapons, rounds and
 * people involved, the thread between the company and the regulator, what became of each armoury
 * discrepancy, in-app notifications, the statutory clocks per country and the regulator's webhook.
 *
 * No column references firearm or ammunition_lot: the registry projection is rebuilt from the ledger.
 */

// Frozen copy of the per-country defaults as of this migration (migrations import no application code).
// Sources: shared/standards/countries.md. Where it says NOT FOUND the platform default (24 h, 10 days) applies.
const CLOCK_DEFAULTS: ReadonlyArray<readonly [country: string, hours: number, days: number, source: string]> =
  [
    ['PE', 48, 10, 'SUCAMEC: notify within 48 h of the loss or theft [P]; follow-up: platform default'],
    ['GT', 24, 10, 'DIGECAM: notice within 24 h (Ley de Armas y Municiones art. 67) [P]'],
    ['CR', 192, 10, 'DCAE: report the loss in writing within 8 days (Ley 7530 art. 47) [C·m]'],
    [
      'BR',
      24,
      10,
      'PF: within 24 h (Decreto 5.123/2004 art. 39); police report and details within 10 working days [P]',
    ],
    ['CO', 24, 10, 'Deadline for a lost weapon NOT FOUND: platform default'],
    ['SV', 24, 10, 'Deadline NOT FOUND: platform default'],
    ['MX', 24, 10, 'Deadline NOT FOUND: platform default'],
    ['DO', 24, 10, 'Deadline NOT FOUND: platform default'],
  ];

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('incident')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('reference', t.text, (c) => c.notNull().unique())
    .addColumn('year', t.integer, (c) => c.notNull())
    .addColumn('sequence', t.integer, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp)
    .addColumn('discovered_at', t.timestamp, (c) => c.notNull())
    .addColumn('place', t.text, (c) => c.notNull())
    .addColumn('facility_id', t.id)
    .addColumn('circumstances', t.text, (c) => c.notNull())
    .addColumn('injuries', t.text)
    .addColumn('damage', t.text)
    .addColumn('measures_taken', t.text)
    .addColumn('police_report_number', t.text)
    .addColumn('notifications_made', t.text)
    .addColumn('created_by', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('regulator_notified_at', t.timestamp, (c) => c.notNull())
    .addColumn('notify_within_hours', t.integer, (c) => c.notNull())
    .addColumn('follow_up_within_days', t.integer, (c) => c.notNull())
    .addColumn('clock_country_code', t.text, (c) => c.notNull())
    .addColumn('follow_up_report', t.text)
    .addColumn('follow_up_submitted_at', t.timestamp)
    .addColumn('acknowledged_at', t.timestamp)
    .addColumn('outcome', t.text)
    .addColumn('outcome_at', t.timestamp)
    .addColumn('closing_note', t.text)
    .addColumn('closed_at', t.timestamp)
    .addColumn('webhook_status', t.text, (c) => c.notNull())
    .addColumn('webhook_attempts', t.integer, (c) => c.notNull())
    .addColumn('webhook_last_error', t.text)
    .addColumn('webhook_next_attempt_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('incident_sequence_idx')
    .on('incident')
    .columns(['organisation_id', 'year', 'sequence'])
    .unique()
    .execute();
  await db.schema
    .createIndex('incident_organisation_idx')
    .on('incident')
    .columns(['organisation_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('incident_firearm')
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incident.id'))
    .addColumn('firearm_id', t.id, (c) => c.notNull())
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('entry_id', t.id)
    .addPrimaryKeyConstraint('incident_firearm_pk', ['incident_id', 'firearm_id'])
    .execute();
  await db.schema
    .createIndex('incident_firearm_firearm_idx')
    .on('incident_firearm')
    .column('firearm_id')
    .execute();

  await db.schema
    .createTable('incident_ammunition')
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incident.id'))
    .addColumn('lot_id', t.id, (c) => c.notNull())
    .addColumn('rounds', t.integer, (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_ammunition_pk', ['incident_id', 'lot_id'])
    .execute();

  await db.schema
    .createTable('incident_person')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incident.id'))
    .addColumn('position', t.integer, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('personnel_id', t.id)
    .addColumn('injured', t.integer, (c) => c.notNull())
    .addColumn('injury_description', t.text)
    .execute();
  await db.schema
    .createIndex('incident_person_incident_idx')
    .on('incident_person')
    .column('incident_id')
    .execute();

  await db.schema
    .createTable('incident_message')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incident.id'))
    /** 1, 2, 3… within the incident: the thread's order (several messages may share a timestamp). */
    .addColumn('position', t.integer, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('body', t.text, (c) => c.notNull())
    .addColumn('author_id', t.text, (c) => c.notNull())
    .addColumn('author_organisation_id', t.id, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_message_incident_idx')
    .on('incident_message')
    .columns(['incident_id', 'position'])
    .unique()
    .execute();

  // What became of each discrepancy of a return or a count: an incident, or a written reason.
  await db.schema
    .createTable('discrepancy_disposition')
    .addColumn('discrepancy_id', t.id, (c) => c.primaryKey())
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.notNull())
    .addColumn('incident_id', t.id)
    .addColumn('reason', t.text)
    .addColumn('decided_at', t.timestamp, (c) => c.notNull())
    .addColumn('decided_by', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discrepancy_disposition_incident_idx')
    .on('discrepancy_disposition')
    .column('incident_id')
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('incident_id', t.id, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('read_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('notification_user_idx')
    .on('notification')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('incident_clock_setting')
    .addColumn('country_code', t.text, (c) => c.primaryKey())
    .addColumn('notify_within_hours', t.integer, (c) => c.notNull())
    .addColumn('follow_up_within_days', t.integer, (c) => c.notNull())
    .addColumn('is_default', t.integer, (c) => c.notNull())
    .addColumn('source', t.text)
    .addColumn('updated_at', t.timestamp)
    .addColumn('updated_by', t.text)
    .execute();
  await db
    .insertInto('incident_clock_setting' as never)
    .values(
      CLOCK_DEFAULTS.map(([country_code, notify_within_hours, follow_up_within_days, source]) => ({
        country_code,
        notify_within_hours,
        follow_up_within_days,
        is_default: 1,
        source,
        updated_at: null,
        updated_by: null,
      })) as never,
    )
    .execute();

  await db.schema
    .createTable('incident_webhook_setting')
    .addColumn('regulator_id', t.id, (c) => c.primaryKey().references('organisation.id'))
    .addColumn('webhook_url', t.text)
    .addColumn('webhook_secret', t.text)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}
