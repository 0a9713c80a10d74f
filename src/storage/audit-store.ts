import type { OrganisationFilter } from '../core/access/policies';
import type { Queryable } from './database';
import type { AuditEventTable } from './schema';

export type AuditEventRow = AuditEventTable;

export async function insertAuditEvent(db: Queryable, row: AuditEventRow): Promise<void> {
  await db.insertInto('audit_event').values(row).execute();
}

export interface AuditQuery {
  readonly filter: OrganisationFilter;
  readonly organisationId?: string | undefined;
  readonly type?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listAuditEvents(
  db: Queryable,
  q: AuditQuery,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  let query = db.selectFrom('audit_event');
  if (q.filter.kind === 'some') {
    const { ids, licensedBy } = q.filter;
    query = query.where((eb) =>
      licensedBy === null
        ? eb('organisation_id', 'in', [...ids])
        : eb.or([
            eb('organisation_id', 'in', [...ids]),
            eb(
              'organisation_id',
              'in',
              eb.selectFrom('organisation').select('id').where('licensed_by_id', '=', licensedBy),
            ),
          ]),
    );
  }
  if (q.organisationId) query = query.where('organisation_id', '=', q.organisationId);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
