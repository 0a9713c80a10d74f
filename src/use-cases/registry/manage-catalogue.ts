import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import {
  matchCalibre,
  matchManufacturer,
  type CatalogueEntryLike,
} from '../../core/registry/catalogue-matching';
import { AppError, forbidden } from '../app-error';
import type { Context, RequestInfo } from '../context';
import { recordAuditEvent } from '../record-audit-event';
import { loadCatalogue } from './catalogue';
import { readableBook } from './book-access';

/** The whole reference catalogue, for the forms' pickers (it is reference data: anyone signed in reads it). */
export async function readCatalogue(ctx: Context) {
  const { db } = ctx.database;
  const [manufacturers, calibres, models] = await Promise.all([
    db.selectFrom('catalogue_manufacturer').selectAll().orderBy('name').execute(),
    db.selectFrom('catalogue_calibre').selectAll().orderBy('name').execute(),
    db.selectFrom('catalogue_model').selectAll().orderBy('name').execute(),
  ]);
  return {
    manufacturers: manufacturers.map((m) => ({
      id: m.id,
      name: m.name,
      countryCode: m.country_code,
      aliases: JSON.parse(m.aliases) as string[],
    })),
    calibres: calibres.map((c) => ({
      id: c.id,
      name: c.name,
      category: c.category,
      aliases: JSON.parse(c.aliases) as string[],
    })),
    models: models.map((m) => ({
      id: m.id,
      manufacturerId: m.manufacturer_id,
      name: m.name,
      type: m.type,
      calibreId: m.calibre_id,
    })),
  };
}

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function requireAdministrator(actor: Actor): void {
  if (!hasRole(actor, 'system-admin')) throw forbidden('Only an administrator extends the catalogue');
}

/** A new entry must not be a spelling of one already there (that is what the catalogue prevents). */
function refuseKnown(
  match: { ok: true; value: CatalogueEntryLike } | { ok: false; reason: 'unknown' | 'ambiguous' },
  field: string,
  what: string,
): void {
  if (match.ok || match.reason === 'ambiguous') {
    const existing = match.ok ? match.value.name : 'several entries';
    throw new AppError('CONFLICT', `This ${what} is already in the catalogue as "${existing}"`, {
      fields: [{ path: field, message: `already in the catalogue as "${existing}"` }],
    });
  }
}

function idFrom(name: string, field: string): string {
  const id = slug(name);
  if (!id) {
    throw new AppError('VALIDATION_FAILED', `The ${field} needs at least one letter or digit`, {
      fields: [{ path: field, message: 'needs at least one letter or digit' }],
    });
  }
  return id;
}

export async function addManufacturer(
  ctx: Context,
  actor: Actor,
  input: { name: string; countryCode: string | null; aliases: string[] },
  request: RequestInfo,
) {
  requireAdministrator(actor);
  return ctx.database.db.transaction().execute(async (trx) => {
    const known = await loadCatalogue(trx, 'catalogue_manufacturer');
    for (const [index, written] of [input.name, ...input.aliases].entries()) {
      refuseKnown(
        matchManufacturer(written, known),
        index === 0 ? 'name' : `aliases.${index - 1}`,
        'manufacturer',
      );
    }
    const id = idFrom(input.name, 'name');
    if (known.some((k) => k.id === id))
      refuseKnown({ ok: true, value: known.find((k) => k.id === id)! }, 'name', 'manufacturer');
    await trx
      .insertInto('catalogue_manufacturer')
      .values({
        id,
        name: input.name,
        country_code: input.countryCode,
        aliases: JSON.stringify(input.aliases),
      })
      .execute();
    await recordAuditEvent(ctx, trx, request, {
      type: 'catalogue-extended',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      details: { table: 'manufacturer', id, name: input.name },
    });
    return { id, name: input.name, countryCode: input.countryCode, aliases: input.aliases };
  });
}

export async function addCalibre(
  ctx: Context,
  actor: Actor,
  input: { name: string; category: string; aliases: string[] },
  request: RequestInfo,
) {
  requireAdministrator(actor);
  return ctx.database.db.transaction().execute(async (trx) => {
    const known = await loadCatalogue(trx, 'catalogue_calibre');
    for (const [index, written] of [input.name, ...input.aliases].entries()) {
      refuseKnown(matchCalibre(written, known), index === 0 ? 'name' : `aliases.${index - 1}`, 'calibre');
    }
    const id = idFrom(input.name, 'name');
    if (known.some((k) => k.id === id))
      refuseKnown({ ok: true, value: known.find((k) => k.id === id)! }, 'name', 'calibre');
    await trx
      .insertInto('catalogue_calibre')
      .values({ id, name: input.name, category: input.category, aliases: JSON.stringify(input.aliases) })
      .execute();
    await recordAuditEvent(ctx, trx, request, {
      type: 'catalogue-extended',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      details: { table: 'calibre', id, name: input.name },
    });
    return { id, name: input.name, category: input.category, aliases: input.aliases };
  });
}

export async function addModel(
  ctx: Context,
  actor: Actor,
  input: { manufacturerId: string; name: string; type: string; calibreId: string | null },
  request: RequestInfo,
) {
  requireAdministrator(actor);
  return ctx.database.db.transaction().execute(async (trx) => {
    const maker = await trx
      .selectFrom('catalogue_manufacturer')
      .select('id')
      .where('id', '=', input.manufacturerId)
      .executeTakeFirst();
    if (!maker) {
      throw new AppError('VALIDATION_FAILED', 'Unknown manufacturer', {
        fields: [{ path: 'manufacturerId', message: 'not in the catalogue' }],
      });
    }
    if (input.calibreId) {
      const calibre = await trx
        .selectFrom('catalogue_calibre')
        .select('id')
        .where('id', '=', input.calibreId)
        .executeTakeFirst();
      if (!calibre) {
        throw new AppError('VALIDATION_FAILED', 'Unknown calibre', {
          fields: [{ path: 'calibreId', message: 'not in the catalogue' }],
        });
      }
    }
    const id = `${input.manufacturerId}:${idFrom(input.name, 'name')}`;
    const existing = await trx
      .selectFrom('catalogue_model')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing) {
      throw new AppError('CONFLICT', `This model is already in the catalogue as "${existing.name}"`, {
        fields: [{ path: 'name', message: `already in the catalogue as "${existing.name}"` }],
      });
    }
    await trx
      .insertInto('catalogue_model')
      .values({
        id,
        manufacturer_id: input.manufacturerId,
        name: input.name,
        type: input.type,
        calibre_id: input.calibreId,
      })
      .execute();
    await recordAuditEvent(ctx, trx, request, {
      type: 'catalogue-extended',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      details: { table: 'model', id, name: input.name },
    });
    return { id, ...input };
  });
}

/** Organisations a weapon of this book may be transferred to: licensed, active companies other than itself. */
export async function listTransferRecipients(ctx: Context, actor: Actor, organisationId?: string) {
  const from = organisationId ?? actor.organisationId;
  await readableBook(ctx.database.db, actor, from);
  const rows = await ctx.database.db
    .selectFrom('organisation')
    .select(['id', 'code', 'name', 'country_code'])
    .where('kind', '=', 'psc')
    .where('licensed_by_id', 'is not', null)
    .where('deactivated_at', 'is', null)
    .where('id', '!=', from)
    .orderBy('name')
    .execute();
  return { items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, countryCode: r.country_code })) };
}
