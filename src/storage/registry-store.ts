import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';
import type { AmmunitionLotTable, FacilityTable, FirearmMarkingTable, FirearmTable } from './schema';

export type FacilityRow = FacilityTable;
export type FirearmRow = FirearmTable & { manufacturer_name: string; calibre_name: string };
export type MarkingRow = FirearmMarkingTable;
export type LotRow = AmmunitionLotTable & { manufacturer_name: string; calibre_name: string };

const facilityById = preparedQuery<{ id: string }, FacilityRow>(['id'], (db, p) =>
  db.selectFrom('facility').selectAll().where('id', '=', p.id),
);

export async function findFacility(db: Queryable, id: string): Promise<FacilityRow | undefined> {
  return (await facilityById(db, { id })).rows[0];
}

export async function listFacilities(
  db: Queryable,
  organisationIds: readonly string[] | 'all',
): Promise<FacilityRow[]> {
  let query = db.selectFrom('facility').selectAll();
  if (organisationIds !== 'all') {
    if (organisationIds.length === 0) return [];
    query = query.where('organisation_id', 'in', [...organisationIds]);
  }
  return query.orderBy('code').execute();
}

function firearmQuery(db: Queryable) {
  return db
    .selectFrom('firearm')
    .leftJoin('catalogue_manufacturer', 'catalogue_manufacturer.id', 'firearm.manufacturer_id')
    .leftJoin('catalogue_calibre', 'catalogue_calibre.id', 'firearm.calibre_id')
    .selectAll('firearm')
    .select((eb) => [
      eb.fn.coalesce('catalogue_manufacturer.name', 'firearm.manufacturer_id').as('manufacturer_name'),
      eb.fn.coalesce('catalogue_calibre.name', 'firearm.calibre_id').as('calibre_name'),
    ]);
}

const firearmById = preparedQuery<{ id: string }, FirearmRow>(['id'], (db, p) =>
  firearmQuery(db).where('firearm.id', '=', p.id),
);

export async function findFirearm(db: Queryable, id: string): Promise<FirearmRow | undefined> {
  return (await firearmById(db, { id })).rows[0];
}

/** The guard a weapon is out to and since when (its open issue), or undefined when it is not out. */
export async function findOpenIssueHolder(
  db: Queryable,
  firearmId: string,
): Promise<{ guardName: string; issuedAt: string } | undefined> {
  const row = await db
    .selectFrom('armoury_issue as i')
    .innerJoin('personnel as p', 'p.id', 'i.personnel_id')
    .select(['p.full_name', 'i.issued_at'])
    .where('i.firearm_id', '=', firearmId)
    .where('i.status', '=', 'out')
    .executeTakeFirst();
  return row ? { guardName: row.full_name, issuedAt: row.issued_at } : undefined;
}

export async function findFirearmByIdentity(
  db: Queryable,
  manufacturerId: string,
  serialNormalised: string,
): Promise<Array<Pick<FirearmTable, 'id' | 'model_key' | 'organisation_id'>>> {
  return db
    .selectFrom('firearm')
    .select(['id', 'model_key', 'organisation_id'])
    .where('manufacturer_id', '=', manufacturerId)
    .where('serial_normalised', '=', serialNormalised)
    .execute();
}

/**
 * Weapons of a manufacturer whose serial folds (core/tracing/confusables, as tracing searches it) to
 * the same text: the look-alikes of a serial being registered.
 */
export async function findFirearmsByFoldedSerial(
  db: Queryable,
  manufacturerId: string,
  folded: string,
): Promise<Array<Pick<FirearmTable, 'id' | 'model' | 'serial' | 'serial_normalised' | 'organisation_id'>>> {
  return db
    .selectFrom('serial_search')
    .innerJoin('firearm', 'firearm.id', 'serial_search.firearm_id')
    .select([
      'firearm.id',
      'firearm.model',
      'firearm.serial',
      'firearm.serial_normalised',
      'firearm.organisation_id',
    ])
    .where('serial_search.folded', '=', folded)
    .where('firearm.manufacturer_id', '=', manufacturerId)
    .orderBy('firearm.id')
    .execute();
}

export interface FirearmListQuery {
  readonly organisationIds: readonly string[] | 'all';
  /** Only weapons in transit to this organisation (its transfers to receive), whoever holds them. */
  readonly inTransitTo?: string | undefined;
  readonly facilityId?: string | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
  /** Any part of the normalised serial. */
  readonly serialPart?: string | undefined;
  readonly sort: 'serial' | 'manufacturer' | 'type' | 'status';
  readonly direction: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

const SORT_COLUMN = {
  serial: 'firearm.serial_normalised',
  manufacturer: 'firearm.manufacturer_id',
  type: 'firearm.type',
  status: 'firearm.status',
} as const;

export async function listFirearms(
  db: Queryable,
  q: FirearmListQuery,
): Promise<{ rows: FirearmRow[]; total: number }> {
  let query = firearmQuery(db);
  let count = db.selectFrom('firearm').select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.inTransitTo) {
    query = query
      .where('firearm.status', '=', 'in-transit')
      .where('firearm.in_transit_to_id', '=', q.inTransitTo);
    count = count
      .where('firearm.status', '=', 'in-transit')
      .where('firearm.in_transit_to_id', '=', q.inTransitTo);
  } else if (q.organisationIds !== 'all') {
    if (q.organisationIds.length === 0) return { rows: [], total: 0 };
    query = query.where('firearm.organisation_id', 'in', [...q.organisationIds]);
    count = count.where('firearm.organisation_id', 'in', [...q.organisationIds]);
  }
  if (q.facilityId) {
    query = query.where('firearm.facility_id', '=', q.facilityId);
    count = count.where('firearm.facility_id', '=', q.facilityId);
  }
  if (q.status) {
    query = query.where('firearm.status', '=', q.status);
    count = count.where('firearm.status', '=', q.status);
  }
  if (q.type) {
    query = query.where('firearm.type', '=', q.type);
    count = count.where('firearm.type', '=', q.type);
  }
  if (q.serialPart) {
    const pattern = `%${q.serialPart.replace(/[%_\\]/g, '')}%`;
    query = query.where('firearm.serial_normalised', 'like', pattern);
    count = count.where('firearm.serial_normalised', 'like', pattern);
  }
  const [rows, total] = await Promise.all([
    query
      .orderBy(SORT_COLUMN[q.sort], q.direction)
      .orderBy('firearm.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function listMarkings(db: Queryable, firearmId: string): Promise<MarkingRow[]> {
  return db
    .selectFrom('firearm_marking')
    .selectAll()
    .where('firearm_id', '=', firearmId)
    .orderBy('applied_on')
    .orderBy('id')
    .execute();
}

function lotQuery(db: Queryable) {
  return db
    .selectFrom('ammunition_lot')
    .leftJoin('catalogue_manufacturer', 'catalogue_manufacturer.id', 'ammunition_lot.manufacturer_id')
    .leftJoin('catalogue_calibre', 'catalogue_calibre.id', 'ammunition_lot.calibre_id')
    .selectAll('ammunition_lot')
    .select((eb) => [
      eb.fn.coalesce('catalogue_manufacturer.name', 'ammunition_lot.manufacturer_id').as('manufacturer_name'),
      eb.fn.coalesce('catalogue_calibre.name', 'ammunition_lot.calibre_id').as('calibre_name'),
    ]);
}

export async function findLot(db: Queryable, id: string): Promise<LotRow | undefined> {
  return lotQuery(db).where('ammunition_lot.id', '=', id).executeTakeFirst();
}

export async function findLotByIdentity(
  db: Queryable,
  organisationId: string,
  manufacturerId: string,
  calibreId: string,
  lotNumber: string,
): Promise<LotRow | undefined> {
  return lotQuery(db)
    .where('ammunition_lot.organisation_id', '=', organisationId)
    .where('ammunition_lot.manufacturer_id', '=', manufacturerId)
    .where('ammunition_lot.calibre_id', '=', calibreId)
    .where('ammunition_lot.lot_number', '=', lotNumber)
    .executeTakeFirst();
}

export async function listLots(
  db: Queryable,
  q: {
    organisationIds: readonly string[] | 'all';
    facilityId?: string | undefined;
    lotNumber?: string | undefined;
    calibre?: string | undefined;
    sort?: 'lotNumber' | 'calibre' | 'manufacturer' | 'year';
    direction?: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ rows: LotRow[]; total: number }> {
  let query = lotQuery(db);
  let count = db.selectFrom('ammunition_lot').select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.organisationIds !== 'all') {
    if (q.organisationIds.length === 0) return { rows: [], total: 0 };
    query = query.where('ammunition_lot.organisation_id', 'in', [...q.organisationIds]);
    count = count.where('ammunition_lot.organisation_id', 'in', [...q.organisationIds]);
  }
  if (q.facilityId) {
    const inFacility = db
      .selectFrom('ammunition_stock')
      .select('lot_id')
      .where('facility_id', '=', q.facilityId);
    query = query.where('ammunition_lot.id', 'in', inFacility);
    count = count.where('ammunition_lot.id', 'in', inFacility);
  }
  if (q.lotNumber) {
    const pattern = `%${q.lotNumber.replace(/[%_\\]/g, '')}%`;
    query = query.where('ammunition_lot.lot_number', 'like', pattern);
    count = count.where('ammunition_lot.lot_number', 'like', pattern);
  }
  if (q.calibre) {
    query = query.where('ammunition_lot.calibre_id', '=', q.calibre);
    count = count.where('ammunition_lot.calibre_id', '=', q.calibre);
  }
  const direction = q.direction ?? 'asc';
  const sortColumn = {
    lotNumber: 'ammunition_lot.lot_number',
    calibre: 'calibre_name',
    manufacturer: 'manufacturer_name',
    year: 'ammunition_lot.year',
  } as const;
  const [rows, total] = await Promise.all([
    query
      .orderBy(sortColumn[q.sort ?? 'lotNumber'], direction)
      .orderBy('ammunition_lot.id', direction)
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function stockOfLots(
  db: Queryable,
  lotIds: readonly string[],
): Promise<Array<{ lot_id: string; facility_id: string; rounds: number }>> {
  if (lotIds.length === 0) return [];
  const rows = await db
    .selectFrom('ammunition_stock')
    .selectAll()
    .where('lot_id', 'in', [...lotIds])
    .orderBy('facility_id')
    .execute();
  return rows.map((r) => ({ ...r, rounds: Number(r.rounds) }));
}

export async function roundsInStock(db: Queryable, lotId: string, facilityId: string): Promise<number> {
  const row = await db
    .selectFrom('ammunition_stock')
    .select('rounds')
    .where('lot_id', '=', lotId)
    .where('facility_id', '=', facilityId)
    .executeTakeFirst();
  return row ? Number(row.rounds) : 0;
}
