import type {
  Acquisition,
  AmmunitionConsumed,
  AmmunitionReceived,
  AmmunitionReturned,
  Correction,
  Disposal,
  FacilityPhotoAdded,
  FacilityRegistered,
  Marking,
  MarkingApplied,
  PhotoReference,
  Move,
  TransferIn,
  TransferOut,
} from '../core/holdings/holding-entries';
import type { FirearmRecovered, FirearmReportedMissing } from '../core/incidents/incident-entries';
import type { Queryable } from './database';
import { applyArmouryEntry } from './armoury-projection';
import { applyToSerialSearch } from './serial-search-projection';
import type { FirearmTable } from './schema';

/**
 * The registry tables as a projection of the ledger. The same function applies an entry at append
 * time and during `ledger rebuild`, so both produce exactly the same rows. Unknown kinds (added
 * by later capabilities) are ignored here; their own projections handle them.
 */
export interface ProjectedEntry {
  readonly id: string;
  readonly organisationId: string;
  readonly kind: string;
  readonly payload: unknown;
}

/** Decimal strings from payloads are stored as numbers in the projection. */
function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function modelKey(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

async function insertMarking(
  db: Queryable,
  firearmId: string,
  entryId: string,
  marking: Marking,
): Promise<void> {
  await db
    .insertInto('firearm_marking')
    .values({
      id: marking.markingId,
      firearm_id: firearmId,
      entry_id: entryId,
      kind: marking.kind,
      text: marking.text,
      location: marking.location,
      applied_on: marking.appliedOn,
      applied_by: marking.appliedBy,
      includes: JSON.stringify(marking.includes),
      photo_id: marking.photo?.photoId ?? null,
    })
    .execute();
}

async function adjustStock(db: Queryable, lotId: string, facilityId: string, delta: number): Promise<void> {
  await db
    .insertInto('ammunition_stock')
    .values({ lot_id: lotId, facility_id: facilityId, rounds: delta })
    .onConflict((oc) =>
      oc
        .columns(['lot_id', 'facility_id'])
        .doUpdateSet((eb) => ({ rounds: eb('ammunition_stock.rounds', '+', delta) })),
    )
    .execute();
}

async function setFirearm(
  db: Queryable,
  id: string,
  entryId: string,
  changes: Partial<FirearmTable>,
): Promise<void> {
  await db
    .updateTable('firearm')
    .set({ ...changes, last_entry_id: entryId })
    .where('id', '=', id)
    .execute();
}

/** The firearm row an acquisition creates (before its markings are judged). Shared with the bulk import path. */
export function firearmRowOfAcquisition(
  entryId: string,
  organisationId: string,
  p: Acquisition,
): FirearmTable {
  const f = p.firearm;
  return {
    id: p.firearmId,
    organisation_id: organisationId,
    facility_id: p.facilityId,
    type: f.type,
    manufacturer_id: f.manufacturerId,
    model: f.model,
    model_key: modelKey(f.model),
    calibre_id: f.calibreId,
    serial: f.serial,
    serial_normalised: f.serialNormalised,
    country_of_manufacture: f.countryOfManufacture,
    year_of_manufacture: f.yearOfManufacture,
    import_country: f.importCountry,
    import_year: f.importYear,
    component_serials: JSON.stringify(f.componentSerials),
    permit_number: f.permitNumber,
    permit_expires_on: f.permitExpiresOn,
    status: 'in-store',
    in_transit_to_id: null,
    inadequately_marked: 0,
    acquired_entry_id: entryId,
    last_entry_id: entryId,
  };
}

/** Bulk insert of projection rows (the import path), in chunks that fit both dialects' parameter limits. */
export async function insertFirearmRows(db: Queryable, rows: readonly FirearmTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('firearm')
      .values(rows.slice(i, i + 500))
      .execute();
}

export type MarkingAdequacy = (firearmId: string, db: Queryable) => Promise<boolean>;

export async function applyToRegistry(
  db: Queryable,
  entry: ProjectedEntry,
  isInadequatelyMarked: MarkingAdequacy,
): Promise<void> {
  await applyToSerialSearch(db, entry);
  switch (entry.kind) {
    case 'facility-registered': {
      const p = entry.payload as FacilityRegistered;
      await db
        .insertInto('facility')
        .values({
          id: p.facilityId,
          organisation_id: entry.organisationId,
          code: p.code,
          name: p.name,
          kind: p.kind,
          address: p.address,
          latitude: p.latitude,
          longitude: p.longitude,
          licence_number: p.licenceNumber,
          licence_expires_on: p.licenceExpiresOn,
          max_neq_kg: decimal(p.maxNeqKg),
          security_features: JSON.stringify(p.securityFeatures),
          photos: JSON.stringify(p.photos ?? []),
          last_entry_id: entry.id,
        })
        .execute();
      return;
    }
    case 'facility-photo-added': {
      const p = entry.payload as FacilityPhotoAdded;
      const facility = await db
        .selectFrom('facility')
        .select('photos')
        .where('id', '=', p.facilityId)
        .executeTakeFirstOrThrow();
      const photos = [...(JSON.parse(facility.photos) as PhotoReference[]), p.photo];
      await db
        .updateTable('facility')
        .set({ photos: JSON.stringify(photos), last_entry_id: entry.id })
        .where('id', '=', p.facilityId)
        .execute();
      return;
    }
    case 'acquisition': {
      const p = entry.payload as Acquisition;
      await db
        .insertInto('firearm')
        .values(firearmRowOfAcquisition(entry.id, entry.organisationId, p))
        .execute();
      for (const marking of p.markings) await insertMarking(db, p.firearmId, entry.id, marking);
      // With no marks recorded and a serial as found, the ITI rule cannot flag it: skip the lookups.
      if (p.markings.length > 0 || p.firearm.serialAssigned) {
        await setFirearm(db, p.firearmId, entry.id, {
          inadequately_marked: (await isInadequatelyMarked(p.firearmId, db)) ? 1 : 0,
        });
      }
      return;
    }
    case 'transfer-out': {
      const p = entry.payload as TransferOut;
      await setFirearm(db, p.firearmId, entry.id, {
        status: 'in-transit',
        in_transit_to_id: p.toOrganisationId,
        facility_id: null,
      });
      return;
    }
    case 'transfer-in': {
      const p = entry.payload as TransferIn;
      await setFirearm(db, p.firearmId, entry.id, {
        status: 'in-store',
        in_transit_to_id: null,
        organisation_id: entry.organisationId,
        facility_id: p.facilityId,
      });
      return;
    }
    case 'move': {
      const p = entry.payload as Move;
      await setFirearm(db, p.firearmId, entry.id, { facility_id: p.toFacilityId });
      return;
    }
    case 'marking': {
      const p = entry.payload as MarkingApplied;
      await insertMarking(db, p.firearmId, entry.id, p.marking);
      await setFirearm(db, p.firearmId, entry.id, {
        inadequately_marked: (await isInadequatelyMarked(p.firearmId, db)) ? 1 : 0,
      });
      return;
    }
    case 'ammunition-received': {
      const p = entry.payload as AmmunitionReceived;
      await db
        .insertInto('ammunition_lot')
        .values({
          id: p.lotId,
          organisation_id: entry.organisationId,
          lot_number: p.lot.lotNumber,
          calibre_id: p.lot.calibreId,
          manufacturer_id: p.lot.manufacturerId,
          year: p.lot.year,
          un_number: p.lot.unNumber,
          hazard_division: p.lot.hazardDivision,
          compatibility_group: p.lot.compatibilityGroup,
          neq_kg_per_1000: decimal(p.lot.neqKgPer1000),
          last_entry_id: entry.id,
        })
        .onConflict((oc) => oc.column('id').doUpdateSet({ last_entry_id: entry.id }))
        .execute();
      await adjustStock(db, p.lotId, p.facilityId, p.rounds);
      return;
    }
    case 'ammunition-consumed':
    case 'ammunition-returned-to-supplier': {
      const p = entry.payload as AmmunitionConsumed | AmmunitionReturned;
      await adjustStock(db, p.lotId, p.facilityId, -p.rounds);
      await db
        .updateTable('ammunition_lot')
        .set({ last_entry_id: entry.id })
        .where('id', '=', p.lotId)
        .execute();
      return;
    }
    case 'disposal': {
      const p = entry.payload as Disposal;
      const status =
        p.method === 'destruction'
          ? 'destroyed'
          : p.method === 'deactivation'
            ? 'deactivated'
            : 'transferred-out';
      await setFirearm(db, p.firearmId, entry.id, { status, facility_id: null });
      return;
    }
    case 'correction': {
      const p = entry.payload as Correction;
      if (p.firearm) await applyFirearmCorrection(db, entry.id, p.firearm.firearmId, p.firearm.changes);
      if (p.stock) await adjustStock(db, p.stock.lotId, p.stock.facilityId, p.stock.roundsDelta);
      return;
    }
    case 'firearm-issued':
    case 'firearm-returned':
    case 'maintenance-opened':
    case 'maintenance-closed':
    case 'count-adjustment':
      await applyArmouryEntry(db, entry);
      return;
    case 'firearm-reported-missing': {
      const p = entry.payload as FirearmReportedMissing;
      await setFirearm(db, p.firearmId, entry.id, { status: p.status });
      return;
    }
    case 'firearm-recovered': {
      const p = entry.payload as FirearmRecovered;
      await setFirearm(
        db,
        p.firearmId,
        entry.id,
        p.custody === 'company' ? { status: 'in-store', facility_id: p.facilityId } : { status: 'seized' },
      );
      return;
    }
    default:
      return;
  }
}

const FIREARM_COLUMNS: Record<string, keyof FirearmTable> = {
  type: 'type',
  manufacturerId: 'manufacturer_id',
  model: 'model',
  calibreId: 'calibre_id',
  serial: 'serial',
  countryOfManufacture: 'country_of_manufacture',
  yearOfManufacture: 'year_of_manufacture',
  importCountry: 'import_country',
  importYear: 'import_year',
  permitNumber: 'permit_number',
  permitExpiresOn: 'permit_expires_on',
};

async function applyFirearmCorrection(
  db: Queryable,
  entryId: string,
  firearmId: string,
  changes: Readonly<Record<string, string | number | null | undefined>>,
): Promise<void> {
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    const column = FIREARM_COLUMNS[field];
    if (column && value !== undefined) set[column] = value;
  }
  if (typeof changes.model === 'string') set.model_key = modelKey(changes.model);
  if (typeof changes.serialNormalised === 'string') set.serial_normalised = changes.serialNormalised;
  await setFirearm(db, firearmId, entryId, set as Partial<FirearmTable>);
}

/** The registry tables, in the order they are emptied before a rebuild (children first). */
export const PROJECTION_TABLES = [
  'serial_search',
  'ledger_subject',
  'firearm_marking',
  'ammunition_stock',
  'ammunition_lot',
  'firearm',
  'facility',
] as const;

export async function clearRegistry(db: Queryable): Promise<void> {
  for (const table of PROJECTION_TABLES) await db.deleteFrom(table).execute();
}
