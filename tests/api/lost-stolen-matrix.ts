import type { Role } from '../../src/core/access/roles';
import type { TestApp } from '../support/test-app';
import { firearmIn, reportMissing } from './lost-stolen-fixtures';

type Relation = 'own' | 'licensed' | 'foreign';
type Org = { id: string; code: string; kind: string; regulatorId: string | null };
type MatrixRequest = { method: 'GET' | 'POST' | 'PUT'; url: string };

/**
 * Who may read the lost and stolen firearms export (issue #6), written independently of
 * src/core/access/lost-stolen-access.ts: a company's list follows its book (its staff, its
 * regulator, administrators); the national list is the regulator's and the administrators'.
 * Law enforcement uses the quick check only.
 */
const readsCompanyList = (role: Role, rel: Relation) =>
  role === 'system-admin' ||
  (role === 'regulator-officer' && rel !== 'foreign') ||
  ((role === 'psc-manager' || role === 'psc-armourer') && rel === 'own');
const readsNationalList = (role: Role) => role === 'system-admin' || role === 'regulator-officer';

/**
 * The authorisation matrix's view of the lost and stolen export. Each company addressed gets one
 * stolen weapon first, so the national list is never vacuously empty for those who may read it.
 */
export function lostStolenMatrix(app: () => TestApp) {
  const seeded = new Set<string>();
  async function seed(org: Org): Promise<void> {
    if (org.kind !== 'psc' || seeded.has(org.id)) return;
    seeded.add(org.id);
    const t = app();
    const { firearmId } = await firearmIn(t, org.id);
    await reportMissing(t, org.id, firearmId, {
      status: 'stolen',
      incidentReference: `${org.code}-INC-2026-0901`,
    });
  }

  function targetedCases(): Array<{
    key: string;
    allowed: (role: Role, rel: Relation, org: Org) => boolean;
    request(org: Org): Promise<MatrixRequest | null>;
  }> {
    return [
      {
        key: 'GET /api/v1/organisations/{id}/lost-stolen-firearms',
        allowed: (role, rel) => readsCompanyList(role, rel),
        request: async (org) => {
          await seed(org);
          return { method: 'GET', url: `/api/v1/organisations/${org.id}/lost-stolen-firearms?format=csv` };
        },
      },
      {
        key: 'GET /api/v1/lost-stolen-firearms',
        allowed: (role) => readsNationalList(role),
        request: async (org) => {
          await seed(org);
          return { method: 'GET', url: '/api/v1/lost-stolen-firearms?format=csv' };
        },
      },
    ];
  }

  function listCases(): Array<{
    key: string;
    url: string;
    orgOf: (item: Record<string, unknown>) => string | null;
    allowed: (role: Role, rel: Relation) => boolean;
    deniedStatus?: (role: Role) => number | null;
  }> {
    return [
      {
        // The regulator sees the companies it licenses; administrators every company.
        key: 'GET /api/v1/lost-stolen-firearms',
        url: '/api/v1/lost-stolen-firearms?format=json',
        orgOf: (i) => i.organisationId as string,
        allowed: (role, rel) => readsNationalList(role) && (role === 'system-admin' || rel !== 'foreign'),
        deniedStatus: (role) => (readsNationalList(role) ? null : 403),
      },
    ];
  }

  return { targetedCases, listCases };
}
