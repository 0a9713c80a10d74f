import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';
import type { SessionTable, SignInThrottleTable } from './schema';

export type SessionRow = SessionTable;

export async function insertSession(db: Queryable, row: SessionRow): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

const sessionById = preparedQuery<{ id: string }, SessionRow>(['id'], (db, p) =>
  db.selectFrom('session').selectAll().where('id', '=', p.id),
);

export async function findSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
  return (await sessionById(db, { id })).rows[0];
}

export async function touchSession(db: Queryable, id: string, at: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export async function findThrottle(
  db: Queryable,
  emailKey: string,
): Promise<SignInThrottleTable | undefined> {
  return db.selectFrom('sign_in_throttle').selectAll().where('email_key', '=', emailKey).executeTakeFirst();
}

export async function saveThrottle(db: Queryable, row: SignInThrottleTable): Promise<void> {
  await db
    .insertInto('sign_in_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('email_key').doUpdateSet({
        failures: row.failures,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Queryable, emailKey: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('email_key', '=', emailKey).execute();
}

/** One more wrong second-factor code in a half-signed-in session; returns the new count. */
export async function countSecondFactorFailure(db: Queryable, id: string): Promise<number> {
  await db
    .updateTable('session')
    .set((eb) => ({ second_factor_failures: eb('second_factor_failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await db
    .selectFrom('session')
    .select('second_factor_failures')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.second_factor_failures ?? 0;
}

export async function setSessionStage(db: Queryable, id: string, stage: string, at?: string): Promise<void> {
  await db
    .updateTable('session')
    .set(at === undefined ? { stage } : { stage, last_seen_at: at })
    .where('id', '=', id)
    .execute();
}
