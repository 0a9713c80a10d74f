import type { Queryable } from './database';
import type { ApiTokenTable, UserTokenTable } from './schema';

export type UserTokenRow = UserTokenTable;
export type ApiTokenRow = ApiTokenTable;

export async function insertUserToken(db: Queryable, row: UserTokenRow): Promise<void> {
  await db.insertInto('user_token').values(row).execute();
}

export async function findUserTokenByHash(
  db: Queryable,
  tokenHash: string,
): Promise<UserTokenRow | undefined> {
  return db.selectFrom('user_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function markUserTokenUsed(db: Queryable, id: string, at: string): Promise<void> {
  await db.updateTable('user_token').set({ used_at: at }).where('id', '=', id).execute();
}

/** A new link replaces older unused ones for the same purpose. */
export async function expireUserTokens(
  db: Queryable,
  userId: string,
  purpose: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('user_token')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertApiToken(db: Queryable, row: ApiTokenRow): Promise<void> {
  await db.insertInto('api_token').values(row).execute();
}

export async function findApiTokenByHash(db: Queryable, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function findApiToken(db: Queryable, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A token with the name of the person who made it (null when that account no longer exists). */
export type ApiTokenListRow = ApiTokenRow & { creator_name: string | null };

export async function listApiTokens(
  db: Queryable,
  organisationIds: readonly string[] | 'all',
): Promise<ApiTokenListRow[]> {
  let query = db
    .selectFrom('api_token')
    .leftJoin('app_user', 'app_user.id', 'api_token.created_by_user_id')
    .selectAll('api_token')
    .select('app_user.display_name as creator_name');
  if (organisationIds !== 'all') {
    if (organisationIds.length === 0) return [];
    query = query.where('api_token.organisation_id', 'in', [...organisationIds]);
  }
  return query.orderBy('api_token.created_at', 'desc').execute();
}

export async function revokeApiToken(db: Queryable, id: string, at: string): Promise<void> {
  await db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).execute();
}

export async function touchApiToken(db: Queryable, id: string, at: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
