import type { Actor } from '../../core/access/actor';
import type { LabelStock } from '../../core/armoury/armoury-terms';
import { renderLabels as renderLabelSheet, type LabelItem } from '../../reports/armoury/labels-document';
import type { Context } from '../context';
import { companyFor, newOpaqueCode } from './company-access';

/**
 * QR label sheets for weapons (their opaque tag, created on first print) or badges. Printing
 * creates tags, so it needs the right to operate the armoury.
 */
export async function renderLabels(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: {
    subject: 'firearms' | 'badges';
    stock: LabelStock;
    facilityId?: string | undefined;
    ids?: string | undefined;
  },
): Promise<{ pdf: Buffer; fileName: string }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'operate');
  const ids = query.ids
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  let items: LabelItem[];
  if (query.subject === 'firearms') {
    let select = db
      .selectFrom('firearm')
      .leftJoin('catalogue_manufacturer as m', 'm.id', 'firearm.manufacturer_id')
      .select(['firearm.id', 'firearm.serial', 'firearm.type', 'firearm.model'])
      .select((eb) => eb.fn.coalesce('m.name', 'firearm.manufacturer_id').as('manufacturer'))
      .where('firearm.organisation_id', '=', organisation.id)
      .where('firearm.status', 'in', ['in-store', 'issued', 'under-maintenance']);
    if (query.facilityId) select = select.where('firearm.facility_id', '=', query.facilityId);
    if (ids)
      select = select.where('firearm.id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
    const firearms = await select.orderBy('firearm.serial').limit(2000).execute();
    const tags = await ctx.database.db.transaction().execute(async (trx) => {
      const known = firearms.length
        ? await trx
            .selectFrom('firearm_tag')
            .selectAll()
            .where(
              'firearm_id',
              'in',
              firearms.map((f) => f.id),
            )
            .execute()
        : [];
      const byFirearm = new Map(known.map((t) => [t.firearm_id, t.code]));
      for (const f of firearms.filter((x) => !byFirearm.has(x.id))) {
        const code = newOpaqueCode('W');
        await trx
          .insertInto('firearm_tag')
          .values({ code, firearm_id: f.id, organisation_id: organisation.id, created_at: ctx.now() })
          .onConflict((oc) => oc.column('firearm_id').doNothing())
          .execute();
      }
      const all = firearms.length
        ? await trx
            .selectFrom('firearm_tag')
            .selectAll()
            .where(
              'firearm_id',
              'in',
              firearms.map((f) => f.id),
            )
            .execute()
        : [];
      return new Map(all.map((t) => [t.firearm_id, t.code]));
    });
    items = firearms.map((f) => ({
      code: tags.get(f.id)!,
      lines: [`${f.type} · ${String(f.manufacturer)} ${f.model}`.trim(), `S/N ${f.serial}`],
    }));
  } else {
    let select = db
      .selectFrom('personnel')
      .select(['id', 'full_name', 'badge_code', 'role'])
      .where('organisation_id', '=', organisation.id)
      .where('status', '!=', 'dismissed');
    if (ids) select = select.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
    const people = await select.orderBy('full_name').limit(2000).execute();
    items = people.map((p) => ({ code: p.badge_code, lines: [p.full_name, organisation.name] }));
  }
  const pdf = await renderLabelSheet(
    query.stock,
    items,
    query.subject === 'firearms' ? 'Weapon labels' : 'Badges',
  );
  return { pdf, fileName: `etiquetas-${query.subject}-${query.stock}.pdf` };
}
