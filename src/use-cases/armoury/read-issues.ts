import { sql } from 'kysely';
import type { IssueRecord } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type { ShortfallReason, WeaponCondition } from '../../core/armoury/armoury-terms';
import type { IssueOverride } from '../../core/armoury/armoury-entries';
import type { Queryable } from '../../storage/database';
import { preparedQuery } from '../../storage/prepared-query';
import type { ArmouryIssueTable } from '../../storage/schema-armoury';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { companyFor, namesOfActors } from './company-access';

async function byId<T extends { id: string }>(rows: Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await rows).map((r) => [r.id, r]));
}

const unique = (values: ReadonlyArray<string | null>) => [
  ...new Set(values.filter((v): v is string => v !== null)),
];

/** Issue rows as the wire shape, with the names a person reads (batched: a handful of queries per page). */
export async function presentIssues(
  ctx: Context,
  db: Queryable,
  rows: readonly ArmouryIssueTable[],
): Promise<IssueRecord[]> {
  if (rows.length === 0) return [];
  const none = Promise.resolve([] as never[]);
  const firearmIds = unique(rows.map((r) => r.firearm_id));
  const [facilities, firearms, people, posts, lots, names] = await Promise.all([
    byId(
      db
        .selectFrom('facility')
        .select(['id', 'name'])
        .where('id', 'in', unique(rows.map((r) => r.facility_id)))
        .execute(),
    ),
    byId(
      db
        .selectFrom('firearm')
        .leftJoin('catalogue_manufacturer', 'catalogue_manufacturer.id', 'firearm.manufacturer_id')
        .select(['firearm.id', 'firearm.serial', 'firearm.type', 'firearm.model'])
        .select((eb) =>
          eb.fn.coalesce('catalogue_manufacturer.name', 'firearm.manufacturer_id').as('manufacturer'),
        )
        .where('firearm.id', 'in', firearmIds)
        .execute(),
    ),
    byId(
      db
        .selectFrom('personnel')
        .select(['id', 'full_name', 'national_id', 'photo_id'])
        .where('id', 'in', unique(rows.map((r) => r.personnel_id)))
        .execute(),
    ),
    unique(rows.map((r) => r.post_id)).length === 0
      ? byId(none)
      : byId(
          db
            .selectFrom('armoury_post as p')
            .innerJoin('armoury_site as s', 's.id', 'p.site_id')
            .innerJoin('armoury_client as c', 'c.id', 's.client_id')
            .select(['p.id', 'p.name', 'p.site_id', 's.name as site_name', 'c.name as client_name'])
            .where('p.id', 'in', unique(rows.map((r) => r.post_id)))
            .execute(),
        ),
    unique(rows.map((r) => r.lot_id)).length === 0
      ? byId(none)
      : byId(
          db
            .selectFrom('ammunition_lot')
            .select(['id', 'lot_number'])
            .where('id', 'in', unique(rows.map((r) => r.lot_id)))
            .execute(),
        ),
    namesOfActors(db, unique(rows.flatMap((r) => [r.issued_by, r.returned_by]))),
  ]);
  const now = ctx.now();
  return rows.map((r) => toIssueRecord(r, { facilities, firearms, people, posts, lots, names }, now));
}

interface IssueNames {
  readonly facilities: ReadonlyMap<string, { name: string }>;
  readonly firearms: ReadonlyMap<
    string,
    { serial: string; type: string; model: string; manufacturer: string | null }
  >;
  readonly people: ReadonlyMap<string, { full_name: string; national_id: string; photo_id: string | null }>;
  readonly posts: ReadonlyMap<
    string,
    { id: string; name: string; site_id: string; site_name: string; client_name: string }
  >;
  readonly lots: ReadonlyMap<string, { lot_number: string }>;
  readonly names: ReadonlyMap<string, string>;
}

function toIssueRecord(
  r: ArmouryIssueTable,
  { facilities, firearms, people, posts, lots, names }: IssueNames,
  now: string,
): IssueRecord {
  const firearm = firearms.get(r.firearm_id);
  const person = people.get(r.personnel_id);
  const post = r.post_id ? posts.get(r.post_id) : undefined;
  return {
    id: r.id,
    organisationId: r.organisation_id,
    facilityId: r.facility_id,
    facilityName: facilities.get(r.facility_id)?.name ?? '',
    firearm: {
      id: r.firearm_id,
      serial: firearm?.serial ?? '',
      type: firearm?.type ?? '',
      model: firearm?.model ?? '',
      manufacturer: String(firearm?.manufacturer ?? ''),
    },
    personnel: {
      id: r.personnel_id,
      fullName: person?.full_name ?? '',
      nationalId: person?.national_id ?? '',
      photoId: person?.photo_id ?? null,
    },
    post: post
      ? {
          id: post.id,
          name: post.name,
          siteId: post.site_id,
          siteName: post.site_name,
          clientName: post.client_name,
        }
      : null,
    shift: r.shift,
    ammunition: r.lot_id
      ? {
          lotId: r.lot_id,
          lotNumber: lots.get(r.lot_id)?.lot_number ?? '',
          rounds: Number(r.rounds_issued),
        }
      : null,
    issuedAt: r.issued_at,
    issuedByName: names.get(r.issued_by) ?? r.issued_by,
    expectedReturnAt: r.expected_return_at,
    extendedAssignment:
      r.extended_reason !== null
        ? {
            reason: r.extended_reason,
            authorisedBy: r.extended_authorised_by ?? '',
            endsAt: r.expected_return_at,
          }
        : null,
    overrideEntryId: r.override_entry_id,
    status: r.status as 'out' | 'returned' | 'lost',
    isOverdue: r.status === 'out' && r.expected_return_at < now,
    returnedAt: r.returned_at,
    returnedByName: r.returned_by ? (names.get(r.returned_by) ?? r.returned_by) : null,
    roundsReturned: r.rounds_returned === null ? null : Number(r.rounds_returned),
    shortfallReason: r.shortfall_reason as ShortfallReason | null,
    condition: r.condition as WeaponCondition | null,
    issueEntryId: r.issue_entry_id,
    returnEntryId: r.return_entry_id,
  };
}

/** The issue with the names joined in, compiled once: every issue and return answers with it. */
const issueWithNames = preparedQuery(['issueId'], (db, p: { issueId: string }) => {
  const actorName = (alias: 'ui' | 'ur', column: 'i.issued_by' | 'i.returned_by') =>
    db
      .selectFrom(`app_user as ${alias}`)
      .select(`${alias}.display_name`)
      .where(sql<boolean>`cast(${sql.ref(`${alias}.id`)} as text) = ${sql.ref(column)}`);
  return db
    .selectFrom('armoury_issue as i')
    .innerJoin('facility as fa', 'fa.id', 'i.facility_id')
    .innerJoin('firearm as w', 'w.id', 'i.firearm_id')
    .leftJoin('catalogue_manufacturer as m', 'm.id', 'w.manufacturer_id')
    .innerJoin('personnel as p', 'p.id', 'i.personnel_id')
    .leftJoin('armoury_post as po', 'po.id', 'i.post_id')
    .leftJoin('armoury_site as s', 's.id', 'po.site_id')
    .leftJoin('armoury_client as c', 'c.id', 's.client_id')
    .leftJoin('ammunition_lot as l', 'l.id', 'i.lot_id')
    .selectAll('i')
    .select([
      'fa.name as facility_name',
      'w.serial as firearm_serial',
      'w.type as firearm_type',
      'w.model as firearm_model',
      'p.full_name as person_full_name',
      'p.national_id as person_national_id',
      'p.photo_id as person_photo_id',
      'po.name as post_name',
      'po.site_id as post_site_id',
      's.name as site_name',
      'c.name as client_name',
      'l.lot_number as lot_number',
    ])
    .select((eb) => [
      eb.fn.coalesce('m.name', 'w.manufacturer_id').as('firearm_manufacturer'),
      actorName('ui', 'i.issued_by').as('issued_by_name'),
      actorName('ur', 'i.returned_by').as('returned_by_name'),
    ])
    .where('i.id', '=', p.issueId);
});

/**
 * One issue as the wire shape, read in a single query (the names joined in): what an issue or a
 * return answers with, on the armourer's hot path.
 */
export async function presentIssueById(ctx: Context, db: Queryable, issueId: string): Promise<IssueRecord> {
  const r = (await issueWithNames(db, { issueId })).rows[0];
  if (!r) throw notFound('Issue');
  const actorLabel = (id: string, name: string | null) => name ?? (id.startsWith('token:') ? 'API' : id);
  const names = new Map([[r.issued_by, actorLabel(r.issued_by, r.issued_by_name)]]);
  if (r.returned_by) names.set(r.returned_by, actorLabel(r.returned_by, r.returned_by_name));
  return toIssueRecord(
    r,
    {
      facilities: new Map([[r.facility_id, { name: r.facility_name }]]),
      firearms: new Map([
        [
          r.firearm_id,
          {
            serial: r.firearm_serial,
            type: r.firearm_type,
            model: r.firearm_model,
            manufacturer: r.firearm_manufacturer,
          },
        ],
      ]),
      people: new Map([
        [
          r.personnel_id,
          { full_name: r.person_full_name, national_id: r.person_national_id, photo_id: r.person_photo_id },
        ],
      ]),
      posts:
        r.post_id && r.post_name !== null && r.post_site_id !== null
          ? new Map([
              [
                r.post_id,
                {
                  id: r.post_id,
                  name: r.post_name,
                  site_id: r.post_site_id,
                  site_name: r.site_name ?? '',
                  client_name: r.client_name ?? '',
                },
              ],
            ])
          : new Map(),
      lots:
        r.lot_id && r.lot_number !== null ? new Map([[r.lot_id, { lot_number: r.lot_number }]]) : new Map(),
      names,
    },
    ctx.now(),
  );
}

export async function issuesOfPersonnel(
  ctx: Context,
  db: Queryable,
  organisationId: string,
  personnelId: string,
): Promise<IssueRecord[]> {
  const rows = await db
    .selectFrom('armoury_issue')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('personnel_id', '=', personnelId)
    .where('status', '=', 'out')
    .orderBy('issued_at')
    .execute();
  return presentIssues(ctx, db, rows);
}

export async function listIssues(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: {
    status: 'out' | 'returned' | 'all';
    isOverdue?: boolean | undefined;
    facilityId?: string | undefined;
    personnelId?: string | undefined;
    firearmId?: string | undefined;
    postId?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: IssueRecord[]; total: number; overdue: number }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const now = ctx.now();
  let select = db.selectFrom('armoury_issue').where('organisation_id', '=', organisation.id);
  if (query.status !== 'all') select = select.where('status', '=', query.status);
  if (query.facilityId) select = select.where('facility_id', '=', query.facilityId);
  if (query.personnelId) select = select.where('personnel_id', '=', query.personnelId);
  if (query.firearmId) select = select.where('firearm_id', '=', query.firearmId);
  if (query.postId) select = select.where('post_id', '=', query.postId);
  if (query.isOverdue === true)
    select = select.where('status', '=', 'out').where('expected_return_at', '<', now);
  if (query.isOverdue === false)
    select = select.where((eb) => eb.or([eb('status', '!=', 'out'), eb('expected_return_at', '>=', now)]));
  const [total, overdue, rows] = await Promise.all([
    select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    select
      .where('status', '=', 'out')
      .where('expected_return_at', '<', now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    select
      .selectAll()
      // The board reads oldest-out first: the weapons most likely overdue lead.
      .orderBy(
        query.status === 'out' ? 'expected_return_at' : 'issued_at',
        query.status === 'out' ? 'asc' : 'desc',
      )
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  return { items: await presentIssues(ctx, db, rows), total: Number(total.n), overdue: Number(overdue.n) };
}

export async function readIssue(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  issueId: string,
): Promise<IssueRecord> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const row = await db
    .selectFrom('armoury_issue')
    .selectAll()
    .where('id', '=', issueId)
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  if (!row) throw notFound('Issue');
  const [issue] = await presentIssues(ctx, db, [row]);
  return issue!;
}

/** Every override is its own ledger entry; this lists them for the company and its regulator. */
export async function listOverrides(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  page: { limit: number; offset: number },
) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const select = db
    .selectFrom('ledger_entry')
    .where('chain_id', '=', organisation.id)
    .where('kind', '=', 'issue-override');
  const [total, rows] = await Promise.all([
    select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    select.selectAll().orderBy('sequence', 'desc').limit(page.limit).offset(page.offset).execute(),
  ]);
  const payloads = rows.map((r) => JSON.parse(r.payload) as IssueOverride);
  const names = await namesOfActors(
    db,
    rows.map((r) => r.actor_id),
  );
  const firearmIds = unique(payloads.map((p) => p.firearmId));
  const personIds = unique(payloads.map((p) => p.personnelId));
  const [firearms, people] = await Promise.all([
    firearmIds.length
      ? byId(db.selectFrom('firearm').select(['id', 'serial']).where('id', 'in', firearmIds).execute())
      : new Map<string, { serial: string }>(),
    personIds.length
      ? byId(db.selectFrom('personnel').select(['id', 'full_name']).where('id', 'in', personIds).execute())
      : new Map<string, { full_name: string }>(),
  ]);
  return {
    total: Number(total.n),
    items: rows.map((r, i) => {
      const p = payloads[i]!;
      return {
        entryId: r.id,
        issueId: p.issueId,
        recordedAt: r.recorded_at,
        refusals: [...p.refusals],
        reason: p.reason,
        authorisedByName: names.get(r.actor_id) ?? r.actor_id,
        firearmSerial: firearms.get(p.firearmId)?.serial ?? '',
        personnelName: people.get(p.personnelId)?.full_name ?? '',
      };
    }),
  };
}

export async function listDiscrepancies(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  status: 'open' | 'closed' | 'all',
) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  let select = db
    .selectFrom('armoury_discrepancy as d')
    .innerJoin('armoury_issue as i', 'i.id', 'd.issue_id')
    .innerJoin('personnel as p', 'p.id', 'i.personnel_id')
    .leftJoin('firearm as f', 'f.id', 'i.firearm_id')
    .selectAll('d')
    .select(['p.full_name', 'f.serial'])
    .where('d.organisation_id', '=', organisation.id);
  if (status !== 'all') select = select.where('d.status', '=', status);
  const rows = await select.orderBy('d.created_at', 'desc').limit(500).execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      issueId: r.issue_id,
      kind: r.kind as 'discharge' | 'unexplained-shortfall',
      lotId: r.lot_id,
      roundsMissing: Number(r.rounds_missing),
      reason: r.reason as ShortfallReason | null,
      note: r.note,
      status: r.status as 'open' | 'closed',
      createdAt: r.created_at,
      personnelName: r.full_name,
      firearmSerial: r.serial ?? '',
    })),
  };
}
