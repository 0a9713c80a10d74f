import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

// Frozen 2026-11-28: organisations, users and roles, sessions, tokens, audit log.
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('organisation')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('code', t.text, (c) => c.notNull().unique())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('country_code', t.text, (c) => c.notNull())
    .addColumn('licensed_by_id', t.id, (c) => c.references('organisation.id'))
    .addColumn('requires_totp', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('deactivated_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('organisation_licensed_by_idx')
    .on('organisation')
    .column('licensed_by_id')
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('email', t.text, (c) => c.notNull().unique())
    .addColumn('display_name', t.text, (c) => c.notNull())
    .addColumn('password_hash', t.text)
    .addColumn('language', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('totp_secret', t.text)
    .addColumn('totp_enabled', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('app_user_organisation_idx').on('app_user').column('organisation_id').execute();

  await db.schema
    .createTable('user_role')
    .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
    .addColumn('role', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('user_role_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token', t.text, (c) => c.notNull())
    .addColumn('stage', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('ip', t.text)
    .addColumn('user_agent', t.text)
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('email_key', t.text, (c) => c.primaryKey())
    .addColumn('failures', t.integer, (c) => c.notNull())
    .addColumn('window_started_at', t.timestamp)
    .addColumn('locked_until', t.timestamp)
    .execute();

  await db.schema
    .createTable('user_token')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
    .addColumn('purpose', t.text, (c) => c.notNull())
    .addColumn('token_hash', t.text, (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisation.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('token_hash', t.text, (c) => c.notNull().unique())
    .addColumn('roles', t.text, (c) => c.notNull())
    .addColumn('created_by_user_id', t.id, (c) => c.references('app_user.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.references('organisation.id'))
    .addColumn('actor_user_id', t.id)
    .addColumn('subject_user_id', t.id)
    .addColumn('request_id', t.text)
    .addColumn('ip', t.text)
    .addColumn('details', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_event_org_at_idx')
    .on('audit_event')
    .columns(['organisation_id', 'at'])
    .execute();
  await db.schema.createIndex('audit_event_type_at_idx').on('audit_event').columns(['type', 'at']).execute();
}
