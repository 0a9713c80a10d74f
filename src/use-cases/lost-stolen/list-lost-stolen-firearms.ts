import type { LostStolenFirearm, LostStolenFirearmList } from '../../contracts/lost-stolen';
import type { Actor } from '../../core/access/actor';
import { canExportNationalLostStolen } from '../../core/access/lost-stolen-access';
import { forbidden } from '../app-error';
import type { Context } from '../context';
import { readableBook, readableBookIds } from '../registry/book-access';
import { latestLossReports } from './latest-loss-reports';

/*
 * Lost and stolen firearms with the fields an INTERPOL iARMS record needs (issue 6). The source is
 * the registry projection (status 'lost' or 'stolen', set by `firearm-reported-missing` entries)
 * joined with each weapon's latest such entry for the date, place and national reference (the
 * incident reference). Seized weapons are not listed: iARMS records lost and stolen firearms, and a
 * seized weapon is in the authorities' hands.
 */

export type LostStolenScope =
  { readonly kind: 'national' } | { readonly kind: 'company'; readonly organisationId: string };

const LISTED_STATUSES = ['lost', 'stolen'] as const;

export async function listLostStolenFirearms(
  ctx: Context,
  actor: Actor,
  scope: LostStolenScope,
): Promise<LostStolenFirearmList> {
  const { db } = ctx.database;
  let organisationIds: readonly string[] | 'all';
  if (scope.kind === 'national') {
    if (!canExportNationalLostStolen(actor))
      throw forbidden('Only the regulator exports the national list of lost and stolen firearms');
    organisationIds = await readableBookIds(db, actor);
  } else {
    organisationIds = [(await readableBook(db, actor, scope.organisationId)).id];
  }
  const generatedAt = ctx.now();
  if (organisationIds !== 'all' && organisationIds.length === 0) return { items: [], total: 0, generatedAt };
  let query = db
    .selectFrom('firearm as f')
    .innerJoin('organisation as o', 'o.id', 'f.organisation_id')
    .leftJoin('catalogue_manufacturer as m', 'm.id', 'f.manufacturer_id')
    .leftJoin('catalogue_calibre as c', 'c.id', 'f.calibre_id')
    .select((eb) => [
      'f.id',
      'f.organisation_id',
      'f.serial',
      'f.model',
      'f.type',
      'f.status',
      'f.country_of_manufacture',
      'o.name as organisation_name',
      'o.code as organisation_code',
      'o.country_code',
      eb.fn.coalesce('m.name', 'f.manufacturer_id').as('manufacturer_name'),
      eb.fn.coalesce('c.name', 'f.calibre_id').as('calibre_name'),
    ])
    .where('f.status', 'in', [...LISTED_STATUSES]);
  if (organisationIds !== 'all') query = query.where('f.organisation_id', 'in', [...organisationIds]);
  const rows = await query.orderBy('o.code').orderBy('f.serial').orderBy('f.id').execute();
  const reports = await latestLossReports(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r): LostStolenFirearm => {
    const report = reports.get(r.id);
    return {
      nationalReference: report?.incidentReference ?? null,
      status: r.status as LostStolenFirearm['status'],
      serialNumber: r.serial,
      manufacturer: r.manufacturer_name,
      model: r.model,
      type: r.type,
      calibre: r.calibre_name,
      countryOfManufacture: r.country_of_manufacture,
      dateOfLoss: report ? (report.occurredAt ?? report.discoveredAt) : null,
      discoveredAt: report?.discoveredAt ?? null,
      placeOfLoss: report?.place ?? null,
      policeReference: report?.policeReference ?? null,
      reportingOrganisation: r.organisation_name,
      reportingOrganisationCode: r.organisation_code,
      reportingCountry: r.country_code,
      registryId: r.id,
      organisationId: r.organisation_id,
    };
  });
  return { items, total: items.length, generatedAt };
}
