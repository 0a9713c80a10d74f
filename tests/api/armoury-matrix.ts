import { randomUUID } from 'node:crypto';
import { CreatePersonnelRequest } from '../../src/contracts/armoury';
import { AcquireFirearmRequest, RegisterFacilityRequest } from '../../src/contracts/registry';
import type { Actor } from '../../src/core/access/actor';
import type { Role } from '../../src/core/access/roles';
import { createClient, createSite } from '../../src/use-cases/armoury/clients';
import { recordCount, startCount, submitCount } from '../../src/use-cases/armoury/count-sessions';
import { issueFirearm } from '../../src/use-cases/armoury/issue-firearm';
import { openMaintenance } from '../../src/use-cases/armoury/maintenance';
import { setOperatingAuthorisation } from '../../src/use-cases/armoury/operating-authorisation';
import { addQualification, createPersonnel } from '../../src/use-cases/armoury/personnel';
import { acquireFirearm } from '../../src/use-cases/registry/acquire-firearm';
import { registerFacility } from '../../src/use-cases/registry/register-facility';
import type { TestApp } from '../support/test-app';

type Relation = 'own' | 'licensed' | 'foreign';
type Org = { id: string; code: string; kind: string; regulatorId: string | null };
type MatrixRequest = { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object };
interface Case {
  readonly key: string;
  readonly allowed: (role: Role, rel: Relation, org: Org) => boolean;
  request(org: Org): Promise<MatrixRequest | null>;
}

/** Who may do what in a company's armoury (issue #4), written independently of src/core/armoury/armoury-access.ts. */
export const armouryMay = {
  read: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' &&
    (role === 'system-admin' ||
      (role === 'regulator-officer' && rel === 'licensed') ||
      ((role === 'psc-manager' || role === 'psc-armourer') && rel === 'own')),
  operate: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' && rel === 'own' && (role === 'psc-manager' || role === 'psc-armourer'),
  manage: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' && (role === 'system-admin' || (rel === 'own' && role === 'psc-manager')),
  authorise: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' && (role === 'system-admin' || (role === 'regulator-officer' && rel === 'licensed')),
};

/**
 * The authorisation matrix's view of armoury operations: records made in each company by a
 * stand-in manager (through the use-cases), fresh ones for requests that consume them.
 */
export function armouryMatrix(app: () => TestApp) {
  let serial = 0;
  const next = () => ++serial;
  const ctx = () => app().ctx;
  const manager = (org: Org): Actor =>
    ({
      userId: null,
      apiTokenId: 'matrix',
      organisationId: org.id,
      organisationKind: 'psc',
      countryCode: 'PE',
      roles: ['psc-manager'],
    }) as unknown as Actor;
  const admin = (org: Org): Actor =>
    ({
      userId: null,
      apiTokenId: 'matrix-admin',
      organisationId: org.regulatorId ?? org.id,
      organisationKind: 'regulator',
      countryCode: 'PE',
      roles: ['system-admin'],
    }) as unknown as Actor;
  const base = (org: Org) => `/api/v1/organisations/${org.id}`;
  const known = new Map<
    string,
    { guardId: string; clientId: string; siteId: string; issueId: string; alertId: string }
  >();

  async function facility(org: Org): Promise<string> {
    const n = next();
    const written = await registerFacility(
      ctx(),
      manager(org),
      RegisterFacilityRequest.parse({
        idempotencyKey: `matrix-fac-${n}`,
        organisationId: org.id,
        code: `AMX-${n}`,
        name: `Matrix ${n}`,
        kind: 'combined',
      }),
    );
    return (written.entry.payload as { facilityId: string }).facilityId;
  }
  async function firearm(org: Org, facilityId: string): Promise<string> {
    const n = next();
    const written = await acquireFirearm(
      ctx(),
      manager(org),
      org.id,
      AcquireFirearmRequest.parse({
        idempotencyKey: `matrix-fa-${n}`,
        facilityId,
        source: { kind: 'supplier', name: 'S' },
        type: 'pistol',
        manufacturer: 'Glock',
        model: '17',
        calibre: '9mm',
        serial: `AMX${n}`,
        // Sequential serials (1 and 7 fold together): confirmed different weapons.
        confirmDifferentFromLookalikes: true,
        countryOfManufacture: 'AT',
      }),
    );
    return (written.entry.payload as { firearmId: string }).firearmId;
  }
  async function issued(
    org: Org,
    guardId: string,
  ): Promise<{ firearmId: string; facilityId: string; issueId: string }> {
    const facilityId = await facility(org);
    const firearmId = await firearm(org, facilityId);
    const written = await issueFirearm(ctx(), manager(org), org.id, {
      idempotencyKey: `matrix-issue-${next()}`,
      facilityId,
      personnelId: guardId,
      firearmId,
      postId: null,
      shift: null,
      ammunition: null,
      expectedReturnAt: null,
      extendedAssignment: null,
      override: null,
    });
    return { firearmId, facilityId, issueId: written.issue.id };
  }
  /** The company's standing records, made once. */
  async function records(org: Org) {
    const have = known.get(org.id);
    if (have) return have;
    await setOperatingAuthorisation(ctx(), admin(org), org.id, {
      number: 'AUT-M',
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    });
    const guard = await createPersonnel(
      ctx(),
      manager(org),
      org.id,
      CreatePersonnelRequest.parse({
        nationalId: `9${next()}`,
        fullName: 'Matrix Guard',
        role: 'guard',
        licence: { number: 'L-M', authority: 'SUCAMEC', isArmed: true, expiresOn: '2027-12-31' },
      }),
    );
    await addQualification(ctx(), manager(org), org.id, guard.id, {
      course: 'Tiro',
      weaponType: 'pistol',
      weaponModel: null,
      qualifiedOn: '2026-11-01',
      result: 'pass',
      validUntil: null,
    });
    const client = await createClient(ctx(), manager(org), org.id, {
      name: 'Cliente M',
      taxId: null,
      contact: null,
    });
    const site = await createSite(ctx(), manager(org), org.id, {
      clientId: client.id,
      name: 'Sede',
      address: null,
      latitude: null,
      longitude: null,
    });
    const { issueId } = await issued(org, guard.id);
    const alertId = randomUUID();
    await ctx()
      .database.db.insertInto('armoury_alert')
      .values({
        id: alertId,
        organisation_id: org.id,
        kind: 'overdue',
        issue_id: issueId,
        created_at: ctx().now(),
        acknowledged_at: null,
        acknowledged_by: null,
        webhook_status: 'none',
        webhook_attempts: 0,
        webhook_last_error: null,
        webhook_next_attempt_at: null,
      })
      .execute();
    const made = { guardId: guard.id, clientId: client.id, siteId: site.id, issueId, alertId };
    known.set(org.id, made);
    return made;
  }
  async function count(org: Org, stage: 'counting' | 'with-discrepancy' | 'reconciled'): Promise<string> {
    const facilityId = await facility(org);
    const started = await startCount(ctx(), manager(org), org.id, {
      facilityId,
      kind: 'numeric',
      trigger: 'ad-hoc',
      isBlind: true,
      secondCounterName: null,
    });
    if (stage === 'counting') return started.id;
    await recordCount(ctx(), manager(org), org.id, started.id, {
      scannedCodes: [],
      lots: [],
      weaponsCounted: stage === 'with-discrepancy' ? 1 : 0,
    });
    await submitCount(ctx(), manager(org), org.id, started.id);
    return started.id;
  }
  const isPsc = (org: Org) => org.kind === 'psc';
  const id = () => randomUUID();
  const key = () => `matrix-armoury-${next()}`;

  const cases: Case[] = [
    {
      key: 'GET /api/v1/organisations/{id}/personnel',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/personnel` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/personnel',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/personnel`,
        payload: { nationalId: `8${next()}`, fullName: 'Nuevo', role: 'guard' },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/personnel/{personnelId}',
      allowed: armouryMay.read,
      request: async (org) => ({
        method: 'GET',
        url: `${base(org)}/personnel/${isPsc(org) ? (await records(org)).guardId : id()}`,
      }),
    },
    {
      key: 'PUT /api/v1/organisations/{id}/personnel/{personnelId}',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'PUT',
        url: `${base(org)}/personnel/${isPsc(org) ? (await records(org)).guardId : id()}`,
        payload: { fullName: 'Matrix Guard' },
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/personnel/{personnelId}/qualifications',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/personnel/${isPsc(org) ? (await records(org)).guardId : id()}/qualifications`,
        payload: { course: 'Tiro', weaponType: 'revolver', qualifiedOn: '2026-11-01', result: 'pass' },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/clients',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/clients` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/clients',
      allowed: armouryMay.manage,
      request: async (org) => ({ method: 'POST', url: `${base(org)}/clients`, payload: { name: 'Cliente' } }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/sites',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/sites`,
        payload: { clientId: isPsc(org) ? (await records(org)).clientId : id(), name: 'Sede' },
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/posts',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/posts`,
        payload: {
          siteId: isPsc(org) ? (await records(org)).siteId : id(),
          name: 'Puesto',
          authorisedWeaponTypes: ['pistol'],
        },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/operating-authorisation',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/operating-authorisation` }),
    },
    {
      key: 'PUT /api/v1/organisations/{id}/operating-authorisation',
      allowed: armouryMay.authorise,
      request: async (org) => ({
        method: 'PUT',
        url: `${base(org)}/operating-authorisation`,
        payload: { number: 'AUT-M', validFrom: '2026-01-01', validUntil: '2027-12-31' },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury-settings',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury-settings` }),
    },
    {
      key: 'PUT /api/v1/organisations/{id}/armoury-settings',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'PUT',
        url: `${base(org)}/armoury-settings`,
        payload: { maxRoundsPerWeapon: 30 },
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/issue-checks',
      allowed: armouryMay.operate,
      request: async (org) => {
        if (!isPsc(org))
          return {
            method: 'POST',
            url: `${base(org)}/armoury/issue-checks`,
            payload: { facilityId: id(), personnelId: id(), firearmId: id() },
          };
        const facilityId = await facility(org);
        return {
          method: 'POST',
          url: `${base(org)}/armoury/issue-checks`,
          payload: {
            facilityId,
            personnelId: (await records(org)).guardId,
            firearmId: await firearm(org, facilityId),
          },
        };
      },
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/issues',
      allowed: armouryMay.operate,
      request: async (org) => {
        if (!isPsc(org))
          return {
            method: 'POST',
            url: `${base(org)}/armoury/issues`,
            payload: { idempotencyKey: key(), facilityId: id(), personnelId: id(), firearmId: id() },
          };
        const facilityId = await facility(org);
        return {
          method: 'POST',
          url: `${base(org)}/armoury/issues`,
          payload: {
            idempotencyKey: key(),
            facilityId,
            personnelId: (await records(org)).guardId,
            firearmId: await firearm(org, facilityId),
          },
        };
      },
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/issues',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/issues` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/returns',
      allowed: armouryMay.operate,
      request: async (org) => {
        if (!isPsc(org))
          return {
            method: 'POST',
            url: `${base(org)}/armoury/returns`,
            payload: { idempotencyKey: key(), firearmId: id(), facilityId: id(), roundsReturned: 0 },
          };
        const out = await issued(org, (await records(org)).guardId);
        return {
          method: 'POST',
          url: `${base(org)}/armoury/returns`,
          payload: {
            idempotencyKey: key(),
            firearmId: out.firearmId,
            facilityId: out.facilityId,
            roundsReturned: 0,
          },
        };
      },
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/issues/{issueId}',
      allowed: armouryMay.read,
      request: async (org) => ({
        method: 'GET',
        url: `${base(org)}/armoury/issues/${isPsc(org) ? (await records(org)).issueId : id()}`,
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/issues/{issueId}/receipt.pdf',
      allowed: armouryMay.read,
      request: async (org) => ({
        method: 'GET',
        url: `${base(org)}/armoury/issues/${isPsc(org) ? (await records(org)).issueId : id()}/receipt.pdf`,
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/overrides',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/overrides` }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/discrepancies',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/discrepancies` }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/alerts',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/alerts` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/alerts/{alertId}/acknowledgement',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/alerts/${isPsc(org) ? (await records(org)).alertId : id()}/acknowledgement`,
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/overdue-sweep',
      allowed: armouryMay.operate,
      request: async (org) => ({ method: 'POST', url: `${base(org)}/armoury/overdue-sweep` }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/maintenance',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/maintenance` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/maintenance',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/maintenance`,
        payload: {
          idempotencyKey: key(),
          firearmId: isPsc(org) ? await firearm(org, await facility(org)) : id(),
          kind: 'cleaning',
        },
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/maintenance/{jobId}/completion',
      allowed: armouryMay.operate,
      request: async (org) => {
        let jobId: string = id();
        if (isPsc(org)) {
          const job = await openMaintenance(ctx(), manager(org), org.id, {
            idempotencyKey: key(),
            firearmId: await firearm(org, await facility(org)),
            kind: 'inspection',
            note: null,
          });
          jobId = job.id;
        }
        return {
          method: 'POST',
          url: `${base(org)}/armoury/maintenance/${jobId}/completion`,
          payload: { idempotencyKey: key(), result: 'OK', outcome: 'returned-to-service' },
        };
      },
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/count-policies',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/count-policies` }),
    },
    {
      key: 'PUT /api/v1/organisations/{id}/armoury/count-policies',
      allowed: armouryMay.manage,
      request: async (org) => ({
        method: 'PUT',
        url: `${base(org)}/armoury/count-policies`,
        payload: { facilityId: isPsc(org) ? await facility(org) : id(), kinds: ['serial-weekly'] },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/counts-due',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/counts-due` }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/counts',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/counts` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/counts',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/counts`,
        payload: { facilityId: isPsc(org) ? await facility(org) : id(), kind: 'serial' },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/counts/{countId}',
      allowed: armouryMay.read,
      request: async (org) => ({
        method: 'GET',
        url: `${base(org)}/armoury/counts/${isPsc(org) ? await count(org, 'counting') : id()}`,
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/counts/{countId}/items',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/counts/${isPsc(org) ? await count(org, 'counting') : id()}/items`,
        payload: { weaponsCounted: 0 },
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/counts/{countId}/submission',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/counts/${isPsc(org) ? await count(org, 'counting') : id()}/submission`,
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/counts/{countId}/discrepancies/{discrepancyId}/resolution',
      allowed: armouryMay.operate,
      request: async (org) => {
        let countId: string = id();
        let discrepancyId: string = id();
        if (isPsc(org)) {
          countId = await count(org, 'with-discrepancy');
          const row = await ctx()
            .database.db.selectFrom('count_discrepancy')
            .select('id')
            .where('count_id', '=', countId)
            .executeTakeFirstOrThrow();
          discrepancyId = row.id;
        }
        return {
          method: 'POST',
          url: `${base(org)}/armoury/counts/${countId}/discrepancies/${discrepancyId}/resolution`,
          payload: { resolution: 'found', note: 'Recounted' },
        };
      },
    },
    {
      key: 'POST /api/v1/organisations/{id}/armoury/counts/{countId}/closure',
      allowed: armouryMay.operate,
      request: async (org) => ({
        method: 'POST',
        url: `${base(org)}/armoury/counts/${isPsc(org) ? await count(org, 'reconciled') : id()}/closure`,
        payload: { idempotencyKey: key() },
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/counts/{countId}/report.pdf',
      allowed: armouryMay.read,
      request: async (org) => ({
        method: 'GET',
        url: `${base(org)}/armoury/counts/${isPsc(org) ? await count(org, 'reconciled') : id()}/report.pdf`,
      }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/labels.pdf',
      allowed: armouryMay.operate,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/labels.pdf?subject=badges` }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/armoury/lookup',
      allowed: armouryMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/armoury/lookup?code=X1` }),
    },
  ];
  return { targetedCases: () => cases };
}
