import { addMonths, dayOf } from '../../core/armoury/calendar';
import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import { newOpaqueCode } from './company-access';
import { nationalIdKey } from './personnel';

const GUARDS = [
  { nationalId: '40123456', fullName: 'Juan Pérez Quispe', role: 'guard', types: ['revolver', 'shotgun'] },
  { nationalId: '41234567', fullName: 'María Huamán Torres', role: 'guard', types: ['revolver', 'pistol'] },
  { nationalId: '42345678', fullName: 'Carlos Mamani Rojas', role: 'guard', types: ['revolver'] },
  { nationalId: '43456789', fullName: 'Lucía Flores Vargas', role: 'escort', types: ['pistol', 'revolver'] },
  {
    nationalId: '44567890',
    fullName: 'Pedro Condori Ramos',
    role: 'guard',
    types: ['revolver'],
    licenceLapsed: true,
  },
  { nationalId: '45678901', fullName: 'Rosa Chávez Medina', role: 'guard', types: [], unarmed: true },
  {
    nationalId: '46789012',
    fullName: 'Jorge Salazar Díaz',
    role: 'supervisor',
    types: ['revolver', 'pistol'],
  },
  {
    nationalId: '47890123',
    fullName: 'Ana Gutiérrez León',
    role: 'armourer',
    types: ['revolver', 'pistol', 'shotgun'],
  },
] as const;

/**
 * Armoury demo data for every demo company (issue #4): its operating authorisation, guards with
 * licences and qualifications (one with a lapsed licence, one unarmed, to show refusals), a
 * client with a site and posts, and count policies for its armoury.
 */
export async function seedDemoArmoury(ctx: Context, trx: Queryable): Promise<void> {
  const now = ctx.now();
  const today = dayOf(now);
  const companies = await trx
    .selectFrom('organisation')
    .select(['id', 'code', 'licensed_by_id'])
    .where('kind', '=', 'psc')
    .orderBy('code')
    .execute();
  for (const [index, company] of companies.entries()) {
    if (company.licensed_by_id)
      await trx
        .insertInto('operating_authorisation')
        .values({
          organisation_id: company.id,
          number: `AUT-${company.code}-2026`,
          issued_by_id: company.licensed_by_id,
          valid_from: addMonths(today, -6),
          valid_until: addMonths(today, 18),
          updated_at: now,
          updated_by_user_id: null,
        })
        .execute();
    for (const guard of GUARDS) {
      const id = ctx.newId();
      const nationalId = `${index}${guard.nationalId.slice(1)}`;
      await trx
        .insertInto('personnel')
        .values({
          id,
          organisation_id: company.id,
          national_id: nationalId,
          national_id_key: nationalIdKey(nationalId),
          full_name: guard.fullName,
          role: guard.role,
          status: 'active',
          photo_id: null,
          user_id: null,
          licence_number: `L-${nationalId}`,
          licence_authority: 'SUCAMEC',
          licence_is_armed: 'unarmed' in guard ? 0 : 1,
          licence_expires_on: 'licenceLapsed' in guard ? addMonths(today, -1) : addMonths(today, 20),
          badge_code: newOpaqueCode('B'),
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const type of guard.types)
        await trx
          .insertInto('personnel_qualification')
          .values({
            id: ctx.newId(),
            personnel_id: id,
            organisation_id: company.id,
            course: `Tiro y manejo seguro — ${type}`,
            weapon_type: type,
            weapon_model: null,
            qualified_on: addMonths(today, -3),
            result: 'pass',
            valid_until: addMonths(today, 9),
            created_at: now,
          })
          .execute();
    }
    const clientId = ctx.newId();
    await trx
      .insertInto('armoury_client')
      .values({
        id: clientId,
        organisation_id: company.id,
        name: 'Banco del Sur S.A.',
        tax_id: '20100047218',
        contact: null,
        created_at: now,
      })
      .execute();
    const siteId = ctx.newId();
    await trx
      .insertInto('armoury_site')
      .values({
        id: siteId,
        organisation_id: company.id,
        client_id: clientId,
        name: 'Agencia Miraflores',
        address: 'Av. José Larco 345, Miraflores, Lima',
        latitude: -12.1219,
        longitude: -77.0297,
        created_at: now,
      })
      .execute();
    for (const [name, types, rounds] of [
      ['Puerta principal', ['revolver'], 12],
      ['Bóveda', ['revolver', 'shotgun'], 18],
      ['Custodia de valores (escolta)', ['pistol', 'revolver'], 30],
    ] as const)
      await trx
        .insertInto('armoury_post')
        .values({
          id: ctx.newId(),
          organisation_id: company.id,
          site_id: siteId,
          name,
          authorised_weapon_types: JSON.stringify([...types]),
          max_rounds_per_weapon: rounds,
          created_at: now,
        })
        .execute();
    const facilities = await trx
      .selectFrom('facility')
      .select('id')
      .where('organisation_id', '=', company.id)
      .execute();
    for (const facility of facilities)
      for (const kind of ['opening-closing-numeric', 'serial-weekly', 'full-annual'] as const)
        await trx
          .insertInto('count_policy')
          .values({
            id: ctx.newId(),
            organisation_id: company.id,
            facility_id: facility.id,
            kind,
            created_at: now,
          })
          .execute();
  }
}
