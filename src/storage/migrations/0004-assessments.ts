import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

// Frozen when it lands: armoury assessments (issue 7). Checklist templates are versioned content
// (a published version is never changed: edits make a new draft version); every assessment names
// the version it used, keeps its answers, notes and photos, and once submitted its score, findings,
// recommendations and corrective action plan.
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema
    .createTable('assessment_template_version')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('template_key', t.text, (c) => c.notNull())
    .addColumn('version', t.integer, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    // The whole checklist (title, thresholds, sections, items) as JSON, in the core's shape.
    .addColumn('content', t.text, (c) => c.notNull())
    .addColumn('based_on_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_at', t.timestamp)
    .addColumn('published_by_user_id', t.id)
    .addUniqueConstraint('assessment_template_version_key_version_uq', ['template_key', 'version'])
    .execute();

  await db.schema
    .createTable('assessment')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    // No foreign key to facility: registry tables are projections, dropped and rebuilt from the ledger.
    .addColumn('facility_id', t.id, (c) => c.notNull())
    .addColumn('conducted_by_organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('template_version_id', t.id, (c) => c.notNull().references('assessment_template_version.id'))
    .addColumn('template_key', t.text, (c) => c.notNull())
    .addColumn('planned_on', t.date, (c) => c.notNull())
    .addColumn('assessors', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('answers', t.text, (c) => c.notNull())
    .addColumn('notes', t.text, (c) => c.notNull())
    .addColumn('shared_with_regulator', t.integer, (c) => c.notNull())
    .addColumn('shared_with_programme', t.integer, (c) => c.notNull())
    .addColumn('achieved_level', t.integer)
    .addColumn('result', t.text)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('submitted_by_user_id', t.id)
    .execute();
  await db.schema
    .createIndex('assessment_organisation_idx')
    .on('assessment')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('assessment_conducted_by_idx')
    .on('assessment')
    .column('conducted_by_organisation_id')
    .execute();
  await db.schema.createIndex('assessment_facility_idx').on('assessment').column('facility_id').execute();

  await db.schema
    .createTable('assessment_finding')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('assessment_id', t.id, (c) => c.notNull().references('assessment.id'))
    .addColumn('position', t.integer, (c) => c.notNull())
    .addColumn('item_id', t.text, (c) => c.notNull())
    .addColumn('section_id', t.text, (c) => c.notNull())
    .addColumn('clause', t.text, (c) => c.notNull())
    .addColumn('level', t.integer, (c) => c.notNull())
    .addColumn('answer', t.text, (c) => c.notNull())
    .addColumn('severity', t.text, (c) => c.notNull())
    .addUniqueConstraint('assessment_finding_item_uq', ['assessment_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('assessment_recommendation')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('assessment_id', t.id, (c) => c.notNull().references('assessment.id'))
    .addColumn('finding_id', t.id)
    .addColumn('clause', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .execute();
  await db.schema
    .createIndex('assessment_recommendation_assessment_idx')
    .on('assessment_recommendation')
    .column('assessment_id')
    .execute();

  await db.schema
    .createTable('corrective_action')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('assessment_id', t.id, (c) => c.notNull().references('assessment.id'))
    .addColumn('finding_id', t.id)
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('owner', t.text, (c) => c.notNull())
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('evidence', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by_user_id', t.id)
    .execute();
  await db.schema
    .createIndex('corrective_action_assessment_idx')
    .on('corrective_action')
    .column('assessment_id')
    .execute();

  await db.schema
    .createTable('assessment_photo')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('assessment_id', t.id, (c) => c.notNull().references('assessment.id'))
    .addColumn('item_id', t.text, (c) => c.notNull())
    .addColumn('content_type', t.text, (c) => c.notNull())
    .addColumn('sha256', t.text, (c) => c.notNull())
    .addColumn('byte_length', t.integer, (c) => c.notNull())
    .addColumn('data', bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id)
    .execute();
  await db.schema
    .createIndex('assessment_photo_assessment_idx')
    .on('assessment_photo')
    .column('assessment_id')
    .execute();
}
