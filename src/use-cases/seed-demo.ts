import type { OrganisationKind, Role } from '../core/access/roles';
import { countOrganisations, insertOrganisation } from '../storage/organisation-store';
import { findUserByEmail, insertUser } from '../storage/user-store';
import type { Context } from './context';
import { hashPassword } from './password-hashing';
import type { Queryable } from '../storage/database';
import { normaliseSerial } from '../core/registry/normalise-serial';
import { appendEntry } from './ledger/append-entry';
import { ensureCatalogue } from './registry/ensure-catalogue';
import { insertSignPosting } from './hazard/hazard-store';
import { seedDemoAssessments } from './assessment/seed-demo-assessments';
import { seedDemoArmoury } from './armoury/seed-demo-armoury';

/** The password of every demo account (printed by `npm start`); a demo instance is not for real data. */
export const DEMO_PASSWORD = 'Custodia-Demo-2026';

interface DemoOrganisation {
  readonly code: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly licensedBy?: string;
}

export const DEMO_COUNTRY = 'PE';

const ORGANISATIONS: readonly DemoOrganisation[] = [
  { code: 'REG-PE', kind: 'regulator', name: 'Superintendencia Nacional de Control (demo)' },
  { code: 'PSC-ANDINA', kind: 'psc', name: 'Seguridad Andina S.A.C.', licensedBy: 'REG-PE' },
  { code: 'PSC-PACIFICO', kind: 'psc', name: 'Vigilancia del Pacífico S.A.', licensedBy: 'REG-PE' },
  { code: 'PSC-CALLAO', kind: 'psc', name: 'Protección Integral Callao S.R.L.', licensedBy: 'REG-PE' },
  { code: 'ASSESS-PE', kind: 'assessor-body', name: 'Centro de Evaluación Técnica (demo)' },
  { code: 'PROG-LAC', kind: 'programme-office', name: 'Oficina del Programa ALC (demo)' },
  { code: 'POL-PE', kind: 'law-enforcement', name: 'Policía Nacional — División de Armas (demo)' },
];

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly organisationCode: string;
  readonly roles: readonly Role[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@custodia.example',
    displayName: 'Ana Administradora',
    organisationCode: 'REG-PE',
    roles: ['system-admin'],
  },
  {
    email: 'regulador@custodia.example',
    displayName: 'Rosa Reguladora',
    organisationCode: 'REG-PE',
    roles: ['regulator-officer'],
  },
  {
    email: 'gerente@andina.example',
    displayName: 'Gustavo Gerente',
    organisationCode: 'PSC-ANDINA',
    roles: ['psc-manager'],
  },
  {
    email: 'armero@andina.example',
    displayName: 'Arturo Armero',
    organisationCode: 'PSC-ANDINA',
    roles: ['psc-armourer'],
  },
  {
    email: 'gerente@pacifico.example',
    displayName: 'Patricia Paredes',
    organisationCode: 'PSC-PACIFICO',
    roles: ['psc-manager'],
  },
  {
    email: 'gerente@callao.example',
    displayName: 'Carlos Cárdenas',
    organisationCode: 'PSC-CALLAO',
    roles: ['psc-manager'],
  },
  {
    email: 'evaluador@custodia.example',
    displayName: 'Elena Evaluadora',
    organisationCode: 'ASSESS-PE',
    roles: ['assessor'],
  },
  {
    email: 'programa@custodia.example',
    displayName: 'Pablo Programa',
    organisationCode: 'PROG-LAC',
    roles: ['programme-officer'],
  },
  {
    email: 'policia@custodia.example',
    displayName: 'Luis Policía',
    organisationCode: 'POL-PE',
    roles: ['law-enforcement-officer'],
  },
];

/**
 * Create the demo country. Refuses to run on a database that already has organisations, so a
 * second `npm start` keeps whatever is there.
 */
export async function seedDemo(ctx: Context): Promise<{ seeded: boolean }> {
  const { db } = ctx.database;
  if ((await countOrganisations(db)) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const idByCode = new Map<string, string>();
    const at = ctx.now();
    for (const org of ORGANISATIONS) {
      const id = ctx.newId();
      idByCode.set(org.code, id);
      await insertOrganisation(trx, {
        id,
        kind: org.kind,
        code: org.code,
        name: org.name,
        country_code: DEMO_COUNTRY,
        licensed_by_id: org.licensedBy ? (idByCode.get(org.licensedBy) ?? null) : null,
        requires_totp: 0,
        created_at: at,
        deactivated_at: null,
      });
    }
    for (const org of ORGANISATIONS.filter((o) => o.kind === 'psc'))
      await seedBook(ctx, trx, idByCode.get(org.code)!, org.code);
    for (const account of DEMO_ACCOUNTS) {
      await insertUser(
        trx,
        {
          id: ctx.newId(),
          organisation_id: idByCode.get(account.organisationCode)!,
          email: account.email,
          display_name: account.displayName,
          password_hash: passwordHash,
          language: 'es',
          status: 'active',
          totp_secret: null,
          totp_enabled: 0,
          totp_last_step: null,
          created_at: at,
          updated_at: at,
        },
        account.roles,
      );
    }
    await seedDemoAssessments(ctx, trx);
    await seedDemoArmoury(ctx, trx);
  });
  return { seeded: true };
}

/** Whether the demo accounts are in this database (so `serve` lists them only where they work). */
export async function hasDemoAccounts(ctx: Context): Promise<boolean> {
  return (await findUserByEmail(ctx.database.db, DEMO_ACCOUNTS[0]!.email)) !== undefined;
}

const DEMO_WEAPONS = [
  { type: 'revolver', manufacturerId: 'taurus', model: '82', calibreId: '38-special', country: 'BR' },
  { type: 'pistol', manufacturerId: 'glock', model: '17', calibreId: '9x19', country: 'AT' },
  { type: 'pistol', manufacturerId: 'bersa', model: 'Thunder 380', calibreId: '380-acp', country: 'AR' },
  { type: 'shotgun', manufacturerId: 'mossberg', model: '500', calibreId: '12-gauge', country: 'US' },
] as const;

/** Each demo company's book: its armoury, a dozen weapons and a lot of .38 rounds, all as ledger entries. */
async function seedBook(ctx: Context, trx: Queryable, organisationId: string, code: string): Promise<void> {
  await ensureCatalogue(trx);
  const facilityId = ctx.newId();
  const append = (kind: string, payload: unknown) =>
    appendEntry(ctx, trx, 'demo-seed', {
      organisationId,
      kind,
      payload,
      idempotencyKey: `demo:${ctx.newId()}`,
    });
  await append('facility-registered', {
    facilityId,
    code: 'ARM-01',
    name: `Armería central ${code}`,
    kind: 'combined',
    address: 'Av. Javier Prado 1234, Lima',
    latitude: -12.09,
    longitude: -77.02,
    licenceNumber: `LIC-${code}-2026`,
    licenceExpiresOn: '2027-06-30',
    maxNeqKg: '25',
    securityFeatures: {
      doorClass: 'RC4',
      locks: 'two key locks',
      racksWithLockingBars: true,
      intrusionAlarm: true,
      alarmResponder: 'monitoring centre',
      cctvCameras: 2,
      lighting: true,
      bulletTrap: false,
      fireExtinguishers: 2,
      separateAmmunitionStorage: true,
    },
  });
  for (let i = 0; i < 12; i++) {
    const weapon = DEMO_WEAPONS[i % DEMO_WEAPONS.length]!;
    const serial = `${code.slice(4, 6)}${String(4701 + i * 37).padStart(5, '0')}`;
    await append('acquisition', {
      firearmId: ctx.newId(),
      facilityId,
      source: { kind: 'initial-registration', name: 'demo', reference: null },
      firearm: {
        type: weapon.type,
        manufacturerId: weapon.manufacturerId,
        model: weapon.model,
        calibreId: weapon.calibreId,
        serial,
        serialNormalised: normaliseSerial(serial),
        countryOfManufacture: weapon.country,
        yearOfManufacture: 2015 + (i % 8),
        importCountry: 'PE',
        importYear: 2016 + (i % 8),
        componentSerials: [],
        permitNumber: `PER-${code}-${i + 1}`,
        permitExpiresOn: i === 3 ? '2026-12-15' : '2027-12-31',
        serialAssigned: false,
      },
      markings: [],
    });
  }
  await append('ammunition-received', {
    lotId: ctx.newId(),
    facilityId,
    rounds: 2400,
    source: 'demo',
    lot: {
      lotNumber: `CBC-38-${code.slice(4)}`,
      calibreId: '38-special',
      manufacturerId: 'cbc',
      year: 2025,
      unNumber: '0012',
      hazardDivision: '1.4',
      compatibilityGroup: 'S',
      neqKgPer1000: '0.35',
    },
  });
  // Signs delivered by the programme and posted, except at one armoury: the regulator's overview
  // then shows one store whose signs do not match its contents (brief, "the regulator's morning").
  if (code !== 'PSC-CALLAO') {
    await insertSignPosting(trx, {
      id: ctx.newId(),
      organisation_id: organisationId,
      facility_id: facilityId,
      signs: JSON.stringify(['fire-division-4', 'class-1-1.4S']),
      posted_on: ctx.now().slice(0, 10),
      note: null,
      delivered_by: 'UNLIREC–DCAF',
      recorded_by: 'demo-seed',
      recorded_at: ctx.now(),
    });
  }
}
