import {
  assembleTraceAnswer,
  type AnswerEntry,
  type CountSighting,
  type TraceAnswer,
} from '../../core/tracing/trace-answer';
import type { Queryable } from '../../storage/database';
import { listEntriesOfSubject } from '../../storage/ledger-store';
import { findFirearm } from '../../storage/registry-store';
import { notFound } from '../app-error';

/** The chain of custody of one weapon, from every book it passed through, as the answer to a trace. */
export async function assembleAnswer(db: Queryable, firearmId: string): Promise<TraceAnswer> {
  const firearm = await findFirearm(db, firearmId);
  if (!firearm) throw notFound('Firearm');
  const rows = await listEntriesOfSubject(db, firearmId);
  const entries: AnswerEntry[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    recordedAt: r.recorded_at,
    organisationId: r.organisation_id,
    payload: JSON.parse(r.payload) as unknown,
  }));
  const organisationIds = new Set<string>([firearm.organisation_id]);
  const facilityIds = new Set<string>();
  for (const e of entries) {
    organisationIds.add(e.organisationId);
    const p = e.payload as Record<string, unknown>;
    for (const key of ['toOrganisationId', 'fromOrganisationId'])
      if (typeof p[key] === 'string') organisationIds.add(p[key]);
    for (const key of ['facilityId', 'fromFacilityId', 'toFacilityId'])
      if (typeof p[key] === 'string') facilityIds.add(p[key]);
  }
  if (firearm.facility_id) facilityIds.add(firearm.facility_id);
  const counts = await countsSeenIn(db, firearmId);
  for (const c of counts) facilityIds.add(c.facilityId);
  const personnelIds = new Set<string>();
  for (const e of entries) {
    const id = (e.payload as Record<string, unknown> | null)?.['personnelId'];
    if (typeof id === 'string') personnelIds.add(id);
  }
  const people =
    personnelIds.size === 0
      ? []
      : await db
          .selectFrom('personnel')
          .select(['id', 'full_name', 'national_id'])
          .where('id', 'in', [...personnelIds])
          .execute();
  const personName = new Map(people.map((p) => [p.id, `${p.full_name} (${p.national_id})`]));
  const organisations = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...organisationIds])
    .execute();
  const facilities =
    facilityIds.size === 0
      ? []
      : await db
          .selectFrom('facility')
          .select(['id', 'code', 'name'])
          .where('id', 'in', [...facilityIds])
          .execute();
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  const facilityName = new Map(facilities.map((f) => [f.id, `${f.name} (${f.code})`]));
  return assembleTraceAnswer(
    {
      firearmId: firearm.id,
      serial: firearm.serial,
      manufacturer: firearm.manufacturer_name,
      model: firearm.model,
      type: firearm.type,
      calibre: firearm.calibre_name,
      countryOfManufacture: firearm.country_of_manufacture,
      yearOfManufacture: firearm.year_of_manufacture,
      importCountry: firearm.import_country,
      importYear: firearm.import_year,
      status: firearm.status,
      organisationId: firearm.organisation_id,
      facilityId: firearm.facility_id,
    },
    entries,
    {
      organisation: (id) => organisationName.get(id) ?? id,
      facility: (id) => facilityName.get(id) ?? id,
      person: (id) => personName.get(id) ?? id,
    },
    counts,
  );
}

/**
 * The latest closed stock count whose items include the weapon (a scanned serial or tag resolved
 * to it). Counts are kept per session in count_session/count_item, not as entries about the weapon;
 * a numeric count (no serials) never "sees" a particular weapon.
 */
async function countsSeenIn(db: Queryable, firearmId: string): Promise<CountSighting[]> {
  const row = await db
    .selectFrom('count_item as i')
    .innerJoin('count_session as s', 's.id', 'i.count_id')
    .select(['s.id', 's.facility_id', 's.closed_at', 's.kind'])
    .where('i.firearm_id', '=', firearmId)
    .where('i.kind', '=', 'firearm')
    .where('s.status', '=', 'closed')
    .orderBy('s.closed_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.closed_at
    ? [{ countId: row.id, facilityId: row.facility_id, closedAt: row.closed_at, kind: row.kind }]
    : [];
}
