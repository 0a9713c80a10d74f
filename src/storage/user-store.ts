import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';
import type { AppUserTable } from './schema';

export type UserRow = AppUserTable;
export type UserWithRoles = UserRow & { roles: string[] };

export async function insertUser(db: Queryable, row: UserRow, roles: readonly string[]): Promise<void> {
  await db.insertInto('app_user').values(row).execute();
  await replaceRoles(db, row.id, roles);
}

export async function replaceRoles(db: Queryable, userId: string, roles: readonly string[]): Promise<void> {
  await db.deleteFrom('user_role').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto('user_role')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

async function withRoles(db: Queryable, users: UserRow[]): Promise<UserWithRoles[]> {
  if (users.length === 0) return [];
  const roleRows = await db
    .selectFrom('user_role')
    .select(['user_id', 'role'])
    .where(
      'user_id',
      'in',
      users.map((u) => u.id),
    )
    .orderBy('role')
    .execute();
  const byUser = new Map<string, string[]>();
  for (const { user_id, role } of roleRows) byUser.set(user_id, [...(byUser.get(user_id) ?? []), role]);
  return users.map((u) => ({ ...u, roles: byUser.get(u.id) ?? [] }));
}

const userById = preparedQuery<{ id: string }, UserRow>(['id'], (db, p) =>
  db.selectFrom('app_user').selectAll().where('id', '=', p.id),
);
const rolesOfUser = preparedQuery<{ userId: string }, { role: string }>(['userId'], (db, p) =>
  db.selectFrom('user_role').select('role').where('user_id', '=', p.userId).orderBy('role'),
);

/** One user with roles: every request's session check asks this, so both reads are compiled once. */
export async function findUser(db: Queryable, id: string): Promise<UserWithRoles | undefined> {
  const row = (await userById(db, { id })).rows[0];
  if (!row) return undefined;
  const roles = (await rolesOfUser(db, { userId: id })).rows.map((r) => r.role);
  return { ...row, roles };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserWithRoles | undefined> {
  const row = await db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

export async function listUsersOfOrganisations(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<UserWithRoles[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('app_user')
    .selectAll()
    .where('organisation_id', 'in', [...organisationIds])
    .orderBy('display_name')
    .execute();
  return withRoles(db, rows);
}

export async function updateUser(
  db: Queryable,
  id: string,
  changes: Partial<Omit<UserRow, 'id' | 'organisation_id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}

export async function countUsers(db: Queryable, organisationIds?: readonly string[]): Promise<number> {
  let query = db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n'));
  if (organisationIds) {
    if (organisationIds.length === 0) return 0;
    query = query.where('organisation_id', 'in', [...organisationIds]);
  }
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Record that a TOTP code of this time step was accepted, unless one of this step or a later one
 * already was: the conditional update makes two simultaneous uses of one code accept only one.
 */
export async function claimTotpStep(db: Queryable, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('app_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
