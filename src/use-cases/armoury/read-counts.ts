import type { CountSession } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type {
  CountDiscrepancyKind,
  CountKind,
  CountResolution,
  CountStatus,
  CountTrigger,
} from '../../core/armoury/armoury-terms';
import type { Queryable } from '../../storage/database';
import type { CountSessionTable } from '../../storage/schema-armoury';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { companyFor, namesOfActors } from './company-access';

/** What the book expected, frozen when counting was submitted. */
export interface ExpectedSnapshot {
  weapons: Array<{ firearmId: string; serial: string; status: string }>;
  lots: Array<{ lotId: string; lotNumber: string; rounds: number }>;
  weaponsInStore: number;
}

export async function getCountRow(
  db: Queryable,
  organisationId: string,
  countId: string,
): Promise<CountSessionTable> {
  const row = await db
    .selectFrom('count_session')
    .selectAll()
    .where('id', '=', countId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound('Count');
  return row;
}

function summaryOf(
  row: CountSessionTable,
  discrepancies: ReadonlyArray<{ kind: string; status: string }>,
  matched: number,
) {
  if (row.status === 'counting') return null;
  const of = (kind: CountDiscrepancyKind) => discrepancies.filter((d) => d.kind === kind).length;
  return {
    matched,
    missing: of('missing'),
    extra: of('extra'),
    wrongFacility: of('wrong-facility'),
    lotVariances: of('ammunition-variance') + of('numeric-variance'),
    unresolved: discrepancies.filter((d) => d.status === 'open').length,
  };
}

export async function presentCount(db: Queryable, row: CountSessionTable): Promise<CountSession> {
  const [facility, items, discrepancies, names] = await Promise.all([
    db.selectFrom('facility').select('name').where('id', '=', row.facility_id).executeTakeFirst(),
    db
      .selectFrom('count_item as c')
      .leftJoin('firearm as f', 'f.id', 'c.firearm_id')
      .leftJoin('ammunition_lot as l', 'l.id', 'c.lot_id')
      .select(['c.kind', 'c.code', 'c.firearm_id', 'c.lot_id', 'c.rounds', 'f.serial', 'l.lot_number'])
      .where('c.count_id', '=', row.id)
      .orderBy('c.counted_at')
      .orderBy('c.id')
      .execute(),
    db
      .selectFrom('count_discrepancy as d')
      .leftJoin('firearm as f', 'f.id', 'd.firearm_id')
      .leftJoin('ammunition_lot as l', 'l.id', 'd.lot_id')
      .selectAll('d')
      .select(['f.serial', 'f.status as firearm_status', 'l.lot_number'])
      .where('d.count_id', '=', row.id)
      .orderBy('d.kind')
      .orderBy('d.id')
      .execute(),
    namesOfActors(db, [row.counter_user_id]),
  ]);
  const expected = row.expected ? (JSON.parse(row.expected) as ExpectedSnapshot) : null;
  const isHidden = row.is_blind === 1 && row.status === 'counting';
  const weapons = items.filter((i) => i.kind === 'firearm');
  const matched = expected
    ? new Set(
        weapons
          .filter((w) => w.firearm_id && expected.weapons.some((e) => e.firearmId === w.firearm_id))
          .map((w) => w.firearm_id),
      ).size
    : 0;
  return {
    id: row.id,
    facilityId: row.facility_id,
    facilityName: facility?.name ?? '',
    kind: row.kind as CountKind,
    trigger: row.trigger as CountTrigger,
    isBlind: row.is_blind === 1,
    status: row.status as CountStatus,
    counterName: names.get(row.counter_user_id) ?? row.counter_user_id,
    secondCounterName: row.second_counter_name,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    closedAt: row.closed_at,
    counted: {
      // A code that names no weapon of this company is set aside, never counted as a weapon
      // (issue 14, defect 12); it is stored as "?CODE" and becomes an "extra" discrepancy.
      weapons: weapons.flatMap((w) =>
        w.firearm_id ? [{ firearmId: w.firearm_id, code: w.code, serial: w.serial ?? null }] : [],
      ),
      notOfArmoury: weapons.filter((w) => !w.firearm_id).map((w) => w.code.replace(/^\?/, '')),
      lots: items
        .filter((i) => i.kind === 'lot')
        .map((l) => ({ lotId: l.lot_id!, lotNumber: l.lot_number ?? '', rounds: Number(l.rounds) })),
      weaponsCounted: row.weapons_counted,
    },
    expected: isHidden ? null : expected,
    summary: summaryOf(
      row,
      discrepancies,
      row.kind === 'numeric' ? (discrepancies.length === 0 ? Number(row.weapons_counted ?? 0) : 0) : matched,
    ),
    discrepancies: discrepancies.map((d) => ({
      id: d.id,
      kind: d.kind as CountDiscrepancyKind,
      firearm: d.firearm_id
        ? { id: d.firearm_id, serial: d.serial ?? '', status: d.firearm_status ?? '' }
        : null,
      scannedCode: d.scanned_code,
      lotId: d.lot_id,
      lotNumber: d.lot_number ?? null,
      expected: d.expected === null ? null : Number(d.expected),
      counted: d.counted === null ? null : Number(d.counted),
      status: d.status as 'open' | 'resolved',
      resolution: d.resolution as CountResolution | null,
      note: d.note,
    })),
    closeEntryId: row.close_entry_id,
  };
}

export async function readCount(ctx: Context, actor: Actor, organisationId: string, countId: string) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  return presentCount(db, await getCountRow(db, organisation.id, countId));
}

export async function listCounts(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: { facilityId?: string | undefined; limit: number; offset: number },
) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  let select = db.selectFrom('count_session').where('organisation_id', '=', organisation.id);
  if (query.facilityId) select = select.where('facility_id', '=', query.facilityId);
  const [total, rows] = await Promise.all([
    select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    select
      .selectAll()
      .orderBy('started_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  const items = [];
  for (const row of rows) {
    const { counted: _c, expected: _e, discrepancies: _d, ...rest } = await presentCount(db, row);
    items.push(rest);
  }
  return { items, total: Number(total.n) };
}
