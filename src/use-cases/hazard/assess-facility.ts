import type { FacilityHazard, HazardOverviewItem, SignPosting } from '../../contracts/hazard';
import { assessStore } from '../../core/hazard/assess-store';
import type { CountryHazardSettings } from '../../core/hazard/country-hazard-settings';
import { hazardRulesOf } from '../../core/hazard/country-hazard-settings';
import { storedLotNeqKg, toStoreItem } from '../../core/hazard/decide-receipt-hazard';
import { compareWithLicensedMaximum } from '../../core/hazard/net-explosive-quantity';
import { findRequiredSignCodes } from '../../core/hazard/signs/required-signs';
import { areSignsOutOfDate } from '../../core/hazard/signs/signs-out-of-date';
import type { FacilityRow } from '../../storage/registry-store';
import type { SignPostingRow } from '../../storage/schema-hazard';
import type { HeldLot } from './hazard-store';

export function presentPosting(
  row: Omit<SignPostingRow, 'seq'>,
  names: ReadonlyMap<string, string>,
): SignPosting {
  return {
    id: row.id,
    facilityId: row.facility_id,
    signs: JSON.parse(row.signs) as string[],
    postedOn: row.posted_on,
    note: row.note,
    deliveredBy: row.delivered_by,
    recordedBy: row.recorded_by,
    recordedByName: names.get(row.recorded_by) ?? null,
    recordedAt: row.recorded_at,
  };
}

const sumMg = (values: readonly number[]) =>
  values.reduce((sum, v) => sum + Math.round(v * 1_000_000), 0) / 1_000_000;

/**
 * What the hazard rules say about one facility from the lots it holds, with its signs: the pure part
 * of the facility hazard view, shared by the view and the overview. Lots of unknown classification are
 * listed (and counted) but cannot take part in the rules; lots of unknown NEQ count as 0 kg and make
 * the NEQ incomplete.
 */
export function assessFacility(
  facility: FacilityRow,
  lots: readonly HeldLot[],
  settings: CountryHazardSettings,
  lastPosting: SignPosting | null,
): Omit<FacilityHazard, 'settings'> {
  const items = lots.flatMap((lot) => toStoreItem(lot) ?? []);
  const assessment = assessStore(items, hazardRulesOf(settings));
  const requiredSigns = findRequiredSignCodes(assessment);
  const groups = new Map<string, FacilityHazard['contents'][number]>();
  for (const lot of lots) {
    const classified = toStoreItem(lot);
    const key = classified ? `${classified.hazardDivision}${classified.compatibilityGroup}` : '?';
    const group = groups.get(key) ?? {
      hazardDivision: classified?.hazardDivision ?? null,
      compatibilityGroup: classified?.compatibilityGroup ?? null,
      lots: [],
      rounds: 0,
      neqKg: 0,
    };
    const neqKg = storedLotNeqKg(lot);
    groups.set(key, {
      ...group,
      lots: [
        ...group.lots,
        {
          lotId: lot.lotId,
          lotNumber: lot.lotNumber,
          calibre: lot.calibre,
          unNumber: lot.unNumber,
          rounds: lot.rounds,
          neqKg,
        },
      ],
      rounds: group.rounds + lot.rounds,
      neqKg: sumMg([group.neqKg, neqKg ?? 0]),
    });
  }
  const contents = [...groups.entries()]
    .sort(([a], [b]) => (a === '?' ? 1 : b === '?' ? -1 : a.localeCompare(b)))
    .map(([, group]) => group);
  const maxNeqKg = facility.max_neq_kg === null ? null : Number(facility.max_neq_kg);
  const neqKg = sumMg(lots.map((lot) => storedLotNeqKg(lot) ?? 0));
  return {
    facilityId: facility.id,
    facilityCode: facility.code,
    facilityName: facility.name,
    organisationId: facility.organisation_id,
    contents,
    holdsAmmunition: lots.length > 0,
    unclassifiedLots: lots.length - items.length,
    compatible: assessment.isCompatible,
    conflicts: assessment.conflicts.map((c) => ({ a: c.a, b: c.b, reason: c.reason })),
    hazardDivision: assessment.hazardDivision,
    compatibilityGroup: assessment.compatibilityGroup,
    fireDivision: assessment.fireDivision,
    supplementarySigns: [...assessment.supplementarySigns],
    neqKg,
    isNeqComplete: lots.every((lot) => lot.neqKgPer1000 !== null),
    maxNeqKg,
    isWithinLimit: maxNeqKg === null ? null : compareWithLicensedMaximum(neqKg, maxNeqKg).isWithinLimit,
    requiredSigns,
    lastPosting,
    signsOutOfDate: areSignsOutOfDate(requiredSigns, lastPosting?.signs ?? null),
  };
}

export function toOverviewItem(
  view: Omit<FacilityHazard, 'settings'>,
  organisation: { readonly code: string; readonly name: string },
): HazardOverviewItem {
  return {
    facilityId: view.facilityId,
    code: view.facilityCode,
    name: view.facilityName,
    organisationId: view.organisationId,
    organisationCode: organisation.code,
    organisationName: organisation.name,
    hazardDivision: view.hazardDivision,
    compatibilityGroup: view.compatibilityGroup,
    fireDivision: view.fireDivision,
    compatible: view.compatible,
    neqKg: view.neqKg,
    maxNeqKg: view.maxNeqKg,
    isWithinLimit: view.isWithinLimit,
    holdsAmmunition: view.holdsAmmunition,
    signsOutOfDate: view.signsOutOfDate,
  };
}
