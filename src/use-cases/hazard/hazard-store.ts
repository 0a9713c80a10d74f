import type { StoredLot } from '../../core/hazard/decide-receipt-hazard';
import type { Queryable } from '../../storage/database';
import type {
  HazardCountrySettingTable,
  NewSignPostingRow,
  SignPostingRow,
} from '../../storage/schema-hazard';

// The hazard capability's queries (both dialects). Kept beside its use-cases: no other code reads these tables.

export interface HeldLot extends StoredLot {
  readonly facilityId: string;
  readonly lotNumber: string;
  readonly calibre: string;
}

/** The lots each facility holds (rounds above zero), with their classification and NEQ per 1,000. */
export async function listHeldLots(db: Queryable, facilityIds: readonly string[]): Promise<HeldLot[]> {
  if (facilityIds.length === 0) return [];
  const rows = await db
    .selectFrom('ammunition_stock')
    .innerJoin('ammunition_lot', 'ammunition_lot.id', 'ammunition_stock.lot_id')
    .leftJoin('catalogue_calibre', 'catalogue_calibre.id', 'ammunition_lot.calibre_id')
    .select((eb) => [
      'ammunition_stock.facility_id',
      'ammunition_stock.rounds',
      'ammunition_lot.id',
      'ammunition_lot.lot_number',
      'ammunition_lot.un_number',
      'ammunition_lot.hazard_division',
      'ammunition_lot.compatibility_group',
      'ammunition_lot.neq_kg_per_1000',
      eb.fn.coalesce('catalogue_calibre.name', 'ammunition_lot.calibre_id').as('calibre_name'),
    ])
    .where('ammunition_stock.facility_id', 'in', [...facilityIds])
    .where('ammunition_stock.rounds', '>', 0)
    .orderBy('ammunition_lot.lot_number')
    .orderBy('ammunition_lot.id')
    .execute();
  return rows.map((r) => ({
    facilityId: r.facility_id,
    lotId: r.id,
    lotNumber: r.lot_number,
    calibre: r.calibre_name,
    unNumber: r.un_number,
    hazardDivision: r.hazard_division,
    compatibilityGroup: r.compatibility_group,
    neqKgPer1000: r.neq_kg_per_1000 === null ? null : Number(r.neq_kg_per_1000),
    rounds: Number(r.rounds),
  }));
}

export async function findCountrySettingRow(
  db: Queryable,
  countryCode: string,
): Promise<HazardCountrySettingTable | undefined> {
  return db
    .selectFrom('hazard_country_setting')
    .selectAll()
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
}

export async function insertSignPosting(db: Queryable, row: NewSignPostingRow): Promise<SignPostingRow> {
  return db.insertInto('hazard_sign_posting').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Postings of the facilities, newest first (in the order they were recorded). */
export async function listSignPostingRows(
  db: Queryable,
  facilityIds: readonly string[],
): Promise<SignPostingRow[]> {
  if (facilityIds.length === 0) return [];
  return db
    .selectFrom('hazard_sign_posting')
    .selectAll()
    .where('facility_id', 'in', [...facilityIds])
    .orderBy('seq', 'desc')
    .execute();
}

/** Display names of the users among the ids (others, e.g. `token:…`, are left out). */
export async function findUserNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const userIds = [...new Set(ids)].filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
