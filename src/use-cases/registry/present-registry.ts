import type { AmmunitionLot, Facility, Firearm, LedgerEntry } from '../../contracts/registry';
import type { LedgerEntryRow } from '../../storage/ledger-store';
import type { FacilityRow, FirearmRow, LotRow } from '../../storage/registry-store';

export interface WrittenEntry {
  readonly entry: LedgerEntry;
  readonly replayed: boolean;
}

export function toLedgerEntry(row: LedgerEntryRow, correctedBy: readonly string[] = []): LedgerEntry {
  return {
    id: row.id,
    chainId: row.chain_id,
    sequence: Number(row.sequence),
    kind: row.kind,
    recordedAt: row.recorded_at,
    organisationId: row.organisation_id,
    actorId: row.actor_id,
    corrects: row.corrects,
    correctedBy: [...correctedBy],
    payload: JSON.parse(row.payload) as unknown,
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}

export function presentEntry(written: { entry: LedgerEntryRow; replayed: boolean }): WrittenEntry {
  return { entry: toLedgerEntry(written.entry), replayed: written.replayed };
}

export function toFacility(row: FacilityRow): Facility {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    code: row.code,
    name: row.name,
    kind: row.kind as Facility['kind'],
    address: row.address,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    licenceNumber: row.licence_number,
    licenceExpiresOn: row.licence_expires_on,
    maxNeqKg: row.max_neq_kg === null ? null : Number(row.max_neq_kg),
    securityFeatures: JSON.parse(row.security_features) as Record<string, unknown>,
    photos: JSON.parse(row.photos) as Facility['photos'],
  };
}

export function toFirearm(row: FirearmRow): Firearm {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    facilityId: row.facility_id,
    type: row.type,
    manufacturerId: row.manufacturer_id,
    manufacturer: row.manufacturer_name,
    model: row.model,
    calibreId: row.calibre_id,
    calibre: row.calibre_name,
    serial: row.serial,
    countryOfManufacture: row.country_of_manufacture,
    yearOfManufacture: row.year_of_manufacture === null ? null : Number(row.year_of_manufacture),
    importCountry: row.import_country,
    importYear: row.import_year === null ? null : Number(row.import_year),
    permitNumber: row.permit_number,
    permitExpiresOn: row.permit_expires_on,
    status: row.status,
    inTransitToId: row.in_transit_to_id,
    inadequatelyMarked: row.inadequately_marked === 1,
  };
}

export function toLot(
  row: LotRow,
  stock: ReadonlyArray<{ facility_id: string; rounds: number }>,
): AmmunitionLot {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    lotNumber: row.lot_number,
    calibreId: row.calibre_id,
    calibre: row.calibre_name,
    manufacturerId: row.manufacturer_id,
    manufacturer: row.manufacturer_name,
    year: row.year === null ? null : Number(row.year),
    unNumber: row.un_number,
    hazardDivision: row.hazard_division,
    compatibilityGroup: row.compatibility_group,
    neqKgPer1000: row.neq_kg_per_1000 === null ? null : Number(row.neq_kg_per_1000),
    stock: stock.map((s) => ({ facilityId: s.facility_id, rounds: s.rounds })),
    totalRounds: stock.reduce((sum, s) => sum + s.rounds, 0),
  };
}
