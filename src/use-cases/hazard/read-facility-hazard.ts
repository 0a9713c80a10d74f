import type { FacilityHazard, HazardOverview } from '../../contracts/hazard';
import type { Actor } from '../../core/access/actor';
import type { CountryHazardSettings } from '../../core/hazard/country-hazard-settings';
import type { Queryable } from '../../storage/database';
import { listOrganisations } from '../../storage/organisation-store';
import { findFacility, listFacilities, type FacilityRow } from '../../storage/registry-store';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { getOrganisation } from '../load-organisation';
import { readableBook, readableBookIds } from '../registry/book-access';
import { assessFacility, presentPosting, toOverviewItem } from './assess-facility';
import { loadCountryHazardSettings } from './country-settings';
import { findUserNames, listHeldLots, listSignPostingRows } from './hazard-store';

/** A facility the actor may read (anything else is "not found"), with its organisation. */
export async function readableFacility(db: Queryable, actor: Actor, facilityId: string) {
  const facility = await findFacility(db, facilityId);
  if (!facility) throw notFound('Facility');
  const organisation = await readableBook(db, actor, facility.organisation_id).catch(() => {
    throw notFound('Facility');
  });
  return { facility, organisation };
}

function settingsView(settings: CountryHazardSettings): FacilityHazard['settings'] {
  return {
    countryCode: settings.countryCode,
    mixingRuleSetId: settings.mixingRuleSetId,
    violationMode: settings.violationMode,
    captionLanguage: settings.captionLanguage,
    isConfirmed: settings.isConfirmed,
    note: settings.note,
  };
}

/** Everything the hazard page of one facility shows. */
export async function loadFacilityHazard(
  db: Queryable,
  facility: FacilityRow,
  countryCode: string,
): Promise<FacilityHazard> {
  const settings = await loadCountryHazardSettings(db, countryCode);
  const lots = await listHeldLots(db, [facility.id]);
  const [latest] = await listSignPostingRows(db, [facility.id]);
  const names = await findUserNames(db, latest ? [latest.recorded_by] : []);
  const lastPosting = latest ? presentPosting(latest, names) : null;
  return { settings: settingsView(settings), ...assessFacility(facility, lots, settings, lastPosting) };
}

export async function readFacilityHazard(
  ctx: Context,
  actor: Actor,
  facilityId: string,
): Promise<FacilityHazard> {
  const db = ctx.database.db;
  const { facility, organisation } = await readableFacility(db, actor, facilityId);
  return loadFacilityHazard(db, facility, organisation.country_code);
}

/**
 * Every facility of the books the actor may read, with its hazard figures and whether its signs are out
 * of date: the company's own list, and the regulator's overview of the companies it licenses.
 */
export async function readHazardOverview(
  ctx: Context,
  actor: Actor,
  organisationId?: string,
): Promise<HazardOverview> {
  const db = ctx.database.db;
  const ids = await readableBookIds(db, actor, organisationId);
  const facilities = await listFacilities(db, ids);
  if (facilities.length === 0) return { items: [] };
  const facilityIds = facilities.map((f) => f.id);
  const organisationIds = [...new Set(facilities.map((f) => f.organisation_id))];
  const organisations = new Map(
    (await listOrganisations(db, { kind: 'some', ids: organisationIds, licensedBy: null })).map((o) => [
      o.id,
      o,
    ]),
  );
  for (const id of organisationIds) {
    if (!organisations.has(id)) organisations.set(id, await getOrganisation(db, id));
  }
  const lots = await listHeldLots(db, facilityIds);
  const postings = await listSignPostingRows(db, facilityIds);
  const settingsByCountry = new Map<string, CountryHazardSettings>();
  const items = [];
  for (const facility of facilities) {
    const organisation = organisations.get(facility.organisation_id)!;
    let settings = settingsByCountry.get(organisation.country_code);
    if (!settings) {
      settings = await loadCountryHazardSettings(db, organisation.country_code);
      settingsByCountry.set(organisation.country_code, settings);
    }
    const latest = postings.find((p) => p.facility_id === facility.id);
    const view = assessFacility(
      facility,
      lots.filter((lot) => lot.facilityId === facility.id),
      settings,
      latest ? presentPosting(latest, new Map()) : null,
    );
    items.push(toOverviewItem(view, organisation));
  }
  items.sort((a, b) => a.organisationCode.localeCompare(b.organisationCode) || a.code.localeCompare(b.code));
  return { items };
}
