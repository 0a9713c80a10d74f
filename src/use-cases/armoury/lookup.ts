import type { LookupResult } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import { dayOf } from '../../core/armoury/calendar';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import type { Context } from '../context';
import { companyFor } from './company-access';
import { qualificationsOf, toPersonnel } from './personnel';

/**
 * What a scanned or typed code names in this company: a weapon (its QR tag or serial), a lot
 * (lot number) or a person (badge QR or national id). A keyboard-wedge scanner types the code and
 * Enter into whatever field has focus; every such field resolves through here.
 */
export async function lookupCode(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  code: string,
): Promise<LookupResult> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const raw = code.trim();
  const key = normaliseSerial(raw);
  const matches: LookupResult['matches'] = [];

  const tag = await db
    .selectFrom('firearm_tag')
    .select('firearm_id')
    .where('code', '=', raw.toUpperCase())
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  let firearmQuery = db
    .selectFrom('firearm')
    .select(['id', 'serial', 'type', 'model', 'status', 'facility_id'])
    .where('organisation_id', '=', organisation.id);
  firearmQuery = tag
    ? firearmQuery.where('id', '=', tag.firearm_id)
    : firearmQuery.where('serial_normalised', '=', key);
  const firearms = key || tag ? await firearmQuery.limit(20).execute() : [];
  const open = firearms.length
    ? await db
        .selectFrom('armoury_issue')
        .select(['id', 'firearm_id'])
        .where(
          'firearm_id',
          'in',
          firearms.map((f) => f.id),
        )
        .where('status', '=', 'out')
        .execute()
    : [];
  for (const f of firearms)
    matches.push({
      kind: 'firearm',
      id: f.id,
      serial: f.serial,
      type: f.type,
      model: f.model,
      status: f.status,
      facilityId: f.facility_id,
      openIssueId: open.find((o) => o.firearm_id === f.id)?.id ?? null,
    });

  const lots = await db
    .selectFrom('ammunition_lot')
    .select(['id', 'lot_number', 'calibre_id'])
    .where('organisation_id', '=', organisation.id)
    .where((eb) =>
      eb.or([eb('lot_number', '=', raw), eb(eb.fn('upper', ['lot_number']), '=', raw.toUpperCase())]),
    )
    .limit(20)
    .execute();
  for (const lot of lots)
    matches.push({ kind: 'lot', id: lot.id, lotNumber: lot.lot_number, calibreId: lot.calibre_id });

  const people = await db
    .selectFrom('personnel')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .where((eb) =>
      eb.or([eb('badge_code', '=', raw.toUpperCase()), ...(key ? [eb('national_id_key', '=', key)] : [])]),
    )
    .limit(20)
    .execute();
  const qualifications = await qualificationsOf(
    db,
    people.map((p) => p.id),
  );
  const today = dayOf(ctx.now());
  for (const p of people)
    matches.push({ kind: 'personnel', personnel: toPersonnel(p, qualifications.get(p.id) ?? [], today) });
  return { matches };
}
