import { type Kysely, sql } from 'kysely';
import type { MigrationDialect } from './column-types';
import { columnTypes } from './column-types';

/*
 * Account security (issue #15): API tokens expire (existing tokens get 90 days from their creation),
 * a TOTP code is accepted once per user (the last accepted time step is kept), and a half-signed-in
 * session counts its wrong codes so it can be ended.
 */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema.alterTable('api_token').addColumn('expires_at', t.timestamp).execute();
  if (dialect === 'postgres') {
    await sql`UPDATE api_token SET expires_at = created_at + interval '90 days'`.execute(db);
  } else {
    await sql`UPDATE api_token SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+90 days')`.execute(
      db,
    );
  }

  await db.schema.alterTable('app_user').addColumn('totp_last_step', t.integer).execute();
  await db.schema
    .alterTable('session')
    .addColumn('second_factor_failures', t.integer, (c) => c.notNull().defaultTo(0))
    .execute();
}
