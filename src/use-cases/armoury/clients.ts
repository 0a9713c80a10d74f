import type { Client } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type { Context } from '../context';
import { companyFor, fieldError } from './company-access';

export async function listClients(ctx: Context, actor: Actor, organisationId: string): Promise<Client[]> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const clients = await db
    .selectFrom('armoury_client')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .orderBy('name')
    .execute();
  const sites = await db
    .selectFrom('armoury_site')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .orderBy('name')
    .execute();
  const posts = await db
    .selectFrom('armoury_post')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .orderBy('name')
    .execute();
  return clients.map((c) => ({
    id: c.id,
    organisationId: c.organisation_id,
    name: c.name,
    taxId: c.tax_id,
    contact: c.contact,
    sites: sites
      .filter((s) => s.client_id === c.id)
      .map((s) => ({
        id: s.id,
        clientId: s.client_id,
        name: s.name,
        address: s.address,
        latitude: s.latitude === null ? null : Number(s.latitude),
        longitude: s.longitude === null ? null : Number(s.longitude),
        posts: posts
          .filter((p) => p.site_id === s.id)
          .map((p) => ({
            id: p.id,
            siteId: p.site_id,
            name: p.name,
            authorisedWeaponTypes: JSON.parse(p.authorised_weapon_types) as string[],
            maxRoundsPerWeapon: p.max_rounds_per_weapon,
          })),
      })),
  }));
}

export async function createClient(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: { name: string; taxId: string | null; contact: string | null },
): Promise<{ id: string }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'manage');
  const id = ctx.newId();
  await db
    .insertInto('armoury_client')
    .values({
      id,
      organisation_id: organisation.id,
      name: input.name,
      tax_id: input.taxId,
      contact: input.contact,
      created_at: ctx.now(),
    })
    .execute();
  return { id };
}

export async function createSite(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: {
    clientId: string;
    name: string;
    address: string | null;
    latitude: number | null;
    longitude: number | null;
  },
): Promise<{ id: string }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    const client = await trx
      .selectFrom('armoury_client')
      .select('id')
      .where('id', '=', input.clientId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!client) throw fieldError('clientId', 'not a client of this organisation');
    const id = ctx.newId();
    await trx
      .insertInto('armoury_site')
      .values({
        id,
        organisation_id: organisation.id,
        client_id: client.id,
        name: input.name,
        address: input.address,
        latitude: input.latitude,
        longitude: input.longitude,
        created_at: ctx.now(),
      })
      .execute();
    return { id };
  });
}

export async function createPost(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: { siteId: string; name: string; authorisedWeaponTypes: string[]; maxRoundsPerWeapon: number | null },
): Promise<{ id: string }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    const site = await trx
      .selectFrom('armoury_site')
      .select('id')
      .where('id', '=', input.siteId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!site) throw fieldError('siteId', 'not a site of this organisation');
    const id = ctx.newId();
    await trx
      .insertInto('armoury_post')
      .values({
        id,
        organisation_id: organisation.id,
        site_id: site.id,
        name: input.name,
        authorised_weapon_types: JSON.stringify(
          [...new Set(input.authorisedWeaponTypes.map((t) => t.trim().toLowerCase()))].sort(),
        ),
        max_rounds_per_weapon: input.maxRoundsPerWeapon,
        created_at: ctx.now(),
      })
      .execute();
    return { id };
  });
}
