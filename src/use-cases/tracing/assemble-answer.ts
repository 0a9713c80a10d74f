import { assembleTraceAnswer, type AnswerEntry, type TraceAnswer } from '../../core/tracing/trace-answer';
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
  );
}
