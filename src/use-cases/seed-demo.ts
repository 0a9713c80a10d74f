import type { OrganisationKind, Role } from '../core/access/roles';
import { countOrganisations, insertOrganisation } from '../storage/organisation-store';
import { findUserByEmail, insertUser } from '../storage/user-store';
import type { Context } from './context';
import { hashPassword } from './password-hashing';

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
  { email: 'admin@custodia.example', displayName: 'Ana Administradora', organisationCode: 'REG-PE', roles: ['system-admin'] },
  { email: 'regulador@custodia.example', displayName: 'Rosa Reguladora', organisationCode: 'REG-PE', roles: ['regulator-officer'] },
  { email: 'gerente@andina.example', displayName: 'Gustavo Gerente', organisationCode: 'PSC-ANDINA', roles: ['psc-manager'] },
  { email: 'armero@andina.example', displayName: 'Arturo Armero', organisationCode: 'PSC-ANDINA', roles: ['psc-armourer'] },
  { email: 'gerente@pacifico.example', displayName: 'Patricia Paredes', organisationCode: 'PSC-PACIFICO', roles: ['psc-manager'] },
  { email: 'gerente@callao.example', displayName: 'Carlos Cárdenas', organisationCode: 'PSC-CALLAO', roles: ['psc-manager'] },
  { email: 'evaluador@custodia.example', displayName: 'Elena Evaluadora', organisationCode: 'ASSESS-PE', roles: ['assessor'] },
  { email: 'programa@custodia.example', displayName: 'Pablo Programa', organisationCode: 'PROG-LAC', roles: ['programme-officer'] },
  { email: 'policia@custodia.example', displayName: 'Luis Policía', organisationCode: 'POL-PE', roles: ['law-enforcement-officer'] },
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
          created_at: at,
          updated_at: at,
        },
        account.roles,
      );
    }
  });
  return { seeded: true };
}

/** Whether the demo accounts are in this database (so `serve` lists them only where they work). */
export async function hasDemoAccounts(ctx: Context): Promise<boolean> {
  return (await findUserByEmail(ctx.database.db, DEMO_ACCOUNTS[0]!.email)) !== undefined;
}
