import type { Queryable } from './database';
import type { TraceRequestTable, TraceSearchLogTable, TraceSettingTable } from './schema-tracing';

export type TraceRequestRow = TraceRequestTable & { requesting_organisation_name: string };

function requestQuery(db: Queryable) {
  return db
    .selectFrom('trace_request as r')
    .innerJoin('organisation as o', 'o.id', 'r.requesting_organisation_id')
    .selectAll('r')
    .select('o.name as requesting_organisation_name');
}

export async function insertTraceRequest(db: Queryable, row: TraceRequestTable): Promise<void> {
  await db.insertInto('trace_request').values(row).execute();
}

export async function findTraceRequest(db: Queryable, id: string): Promise<TraceRequestRow | undefined> {
  return requestQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/** How many requests carry a reference of this year: the next number is one more. */
export async function countTraceRequestsWithPrefix(db: Queryable, prefix: string): Promise<number> {
  const row = await db
    .selectFrom('trace_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface TraceRequestListQuery {
  readonly scope: { kind: 'all' } | { kind: 'requester' | 'regulator'; organisationId: string };
  readonly status?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listTraceRequests(
  db: Queryable,
  q: TraceRequestListQuery,
): Promise<{ rows: TraceRequestRow[]; total: number }> {
  let query = requestQuery(db);
  let count = db.selectFrom('trace_request as r').select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.scope.kind !== 'all') {
    const column = q.scope.kind === 'requester' ? 'r.requesting_organisation_id' : 'r.regulator_id';
    query = query.where(column, '=', q.scope.organisationId);
    count = count.where(column, '=', q.scope.organisationId);
  }
  if (q.status) {
    query = query.where('r.status', '=', q.status);
    count = count.where('r.status', '=', q.status);
  }
  const [rows, total] = await Promise.all([
    // Open requests first, the most pressing on top; then answered ones, newest first.
    query
      .orderBy('r.status', 'desc')
      .orderBy('r.due_at', 'asc')
      .orderBy('r.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function recordTraceAnswer(
  db: Queryable,
  id: string,
  answer: Pick<
    TraceRequestTable,
    'answered_at' | 'answered_by_user_id' | 'outcome' | 'firearm_id' | 'answer_note' | 'answer'
  >,
): Promise<number> {
  const result = await db
    .updateTable('trace_request')
    .set({ ...answer, status: 'answered' })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listTracePhotos(
  db: Queryable,
  requestIds: readonly string[],
): Promise<Array<{ id: string; request_id: string; sha256: string; content_type: string }>> {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('trace_request_photo')
    .select(['id', 'request_id', 'sha256', 'content_type'])
    .where('request_id', 'in', [...requestIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertTracePhoto(
  db: Queryable,
  row: {
    id: string;
    request_id: string;
    content_type: string;
    sha256: string;
    byte_length: number;
    data: Buffer;
    created_at: string;
  },
): Promise<void> {
  await db.insertInto('trace_request_photo').values(row).execute();
}

export async function findTracePhoto(db: Queryable, id: string) {
  return db.selectFrom('trace_request_photo').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTraceSetting(
  db: Queryable,
  regulatorId: string,
): Promise<TraceSettingTable | undefined> {
  return db
    .selectFrom('trace_setting')
    .selectAll()
    .where('regulator_id', '=', regulatorId)
    .executeTakeFirst();
}

export async function saveTraceSetting(db: Queryable, row: TraceSettingTable): Promise<void> {
  await db
    .insertInto('trace_setting')
    .values(row)
    .onConflict((oc) =>
      oc.column('regulator_id').doUpdateSet({
        urgent_hours: row.urgent_hours,
        routine_hours: row.routine_hours,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function insertSearchLog(db: Queryable, row: TraceSearchLogTable): Promise<void> {
  await db.insertInto('trace_search_log').values(row).execute();
}

export async function listSearchLog(
  db: Queryable,
  q: { countryCode: string | null; limit: number; offset: number },
) {
  let query = db
    .selectFrom('trace_search_log as l')
    .leftJoin('organisation as o', 'o.id', 'l.organisation_id')
    .selectAll('l')
    .select(['o.name as organisation_name']);
  let count = db
    .selectFrom('trace_search_log as l')
    .leftJoin('organisation as o', 'o.id', 'l.organisation_id')
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.countryCode !== null) {
    query = query.where('o.country_code', '=', q.countryCode);
    count = count.where('o.country_code', '=', q.countryCode);
  }
  const [rows, total] = await Promise.all([
    query.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(q.limit).offset(q.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Display names of the users among actor ids (a token's actor id is `token:<id>`, not a user). */
export async function userNames(db: Queryable, actorIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds)].filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
