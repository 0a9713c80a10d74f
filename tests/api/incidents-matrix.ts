import { randomUUID } from 'node:crypto';
import { AcquireFirearmRequest, RegisterFacilityRequest } from '../../src/contracts/registry';
import type { Actor } from '../../src/core/access/actor';
import type { Role } from '../../src/core/access/roles';
import { recordCount, startCount, submitCount } from '../../src/use-cases/armoury/count-sessions';
import { fileIncident } from '../../src/use-cases/incidents/file-incident';
import { acquireFirearm } from '../../src/use-cases/registry/acquire-firearm';
import { registerFacility } from '../../src/use-cases/registry/register-facility';
import type { SignedIn, TestApp } from '../support/test-app';

type Relation = 'own' | 'licensed' | 'foreign';
type Org = { id: string; code: string; kind: string; regulatorId: string | null };
type MatrixRequest = { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object };
interface Case {
  readonly key: string;
  readonly allowed: (role: Role, rel: Relation, org: Org) => boolean;
  request(org: Org, session: SignedIn): Promise<MatrixRequest | null>;
}

/** Who may do what with incidents (issue #6), written independently of src/core/incidents/incidents-access.ts. */
export const incidentsMay = {
  read: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' &&
    (role === 'system-admin' ||
      (role === 'regulator-officer' && rel === 'licensed') ||
      ((role === 'psc-manager' || role === 'psc-armourer') && rel === 'own')),
  file: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' && rel === 'own' && (role === 'psc-manager' || role === 'psc-armourer'),
  regulate: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'psc' && role === 'regulator-officer' && rel === 'licensed',
  recover: (role: Role, rel: Relation, org: Org) =>
    incidentsMay.file(role, rel, org) || incidentsMay.regulate(role, rel, org),
  inbox: (role: Role, rel: Relation) =>
    role === 'system-admin' || (role === 'regulator-officer' && rel === 'licensed'),
  regulatorSettings: (role: Role, rel: Relation, org: Org) =>
    org.kind === 'regulator' && rel === 'own' && (role === 'system-admin' || role === 'regulator-officer'),
};

/**
 * The authorisation matrix's view of incidents: incidents, weapons and count discrepancies made
 * in each company by a stand-in manager (through the use-cases), fresh ones for requests that consume them.
 */
export function incidentsMatrix(app: () => TestApp) {
  let serial = 0;
  const next = () => ++serial;
  const ctx = () => app().ctx;
  const manager = (org: Org): Actor =>
    ({
      userId: null,
      apiTokenId: 'matrix-incidents',
      organisationId: org.id,
      organisationKind: 'psc',
      countryCode: 'PE',
      roles: ['psc-manager'],
    }) as unknown as Actor;
  const base = (org: Org) => `/api/v1/organisations/${org.id}`;
  const isPsc = (org: Org) => org.kind === 'psc';

  async function facility(org: Org): Promise<string> {
    const n = next();
    const written = await registerFacility(
      ctx(),
      manager(org),
      RegisterFacilityRequest.parse({
        idempotencyKey: `matrix-inc-fac-${n}`,
        organisationId: org.id,
        code: `IMX-${n}`,
        name: `Incident matrix ${n}`,
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
        idempotencyKey: `matrix-inc-fa-${n}`,
        facilityId,
        source: { kind: 'supplier', name: 'S' },
        type: 'pistol',
        manufacturer: 'Glock',
        model: '17',
        calibre: '9mm',
        serial: `IMX${n}`,
        // Sequential serials (1 and 7 fold together): confirmed different weapons.
        confirmDifferentFromLookalikes: true,
        countryOfManufacture: 'AT',
      }),
    );
    return (written.entry.payload as { firearmId: string }).firearmId;
  }
  const body = (extra: object = {}) => ({
    kind: 'other',
    occurredAt: null,
    discoveredAt: ctx().now(),
    place: 'Matrix',
    facilityId: null,
    circumstances: 'Matrix incident',
    injuries: null,
    damage: null,
    measuresTaken: null,
    policeReportNumber: null,
    notificationsMade: null,
    regulatorNotifiedAt: null,
    firearms: [],
    ammunition: [],
    persons: [],
    ...extra,
  });
  async function incident(org: Org): Promise<string> {
    return (await fileIncident(ctx(), manager(org), org.id, body() as never)).incidentId;
  }
  async function lostWeapon(org: Org): Promise<{ firearmId: string; facilityId: string }> {
    const facilityId = await facility(org);
    const firearmId = await firearm(org, facilityId);
    await fileIncident(
      ctx(),
      manager(org),
      org.id,
      body({ kind: 'loss', firearms: [{ firearmId, role: null }] }) as never,
    );
    return { firearmId, facilityId };
  }
  /** A serial count of a facility holding one weapon that was not scanned: one open "missing" discrepancy. */
  async function countDiscrepancy(org: Org): Promise<string> {
    const facilityId = await facility(org);
    await firearm(org, facilityId);
    const started = await startCount(ctx(), manager(org), org.id, {
      facilityId,
      kind: 'serial',
      trigger: 'ad-hoc',
      isBlind: false,
      secondCounterName: null,
    });
    await recordCount(ctx(), manager(org), org.id, started.id, {
      scannedCodes: [],
      lots: [],
      weaponsCounted: null,
    });
    const submitted = await submitCount(ctx(), manager(org), org.id, started.id);
    return submitted.discrepancies[0]!.id;
  }
  const one = (org: Org, id: string) => `${base(org)}/incidents/${id}`;
  const ownOnly = (org: Org, session: SignedIn) => org.id === session.organisationId;

  const cases: Case[] = [
    {
      key: 'GET /api/v1/organisations/{id}/incidents',
      allowed: incidentsMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/incidents` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents',
      allowed: incidentsMay.file,
      request: async (org) => ({ method: 'POST', url: `${base(org)}/incidents`, payload: body() }),
    },
    {
      key: 'GET /api/v1/organisations/{id}/incidents/{incidentId}',
      allowed: incidentsMay.read,
      request: async (org) =>
        isPsc(org)
          ? { method: 'GET', url: one(org, await incident(org)) }
          : { method: 'GET', url: one(org, randomUUID()) },
    },
    {
      key: 'GET /api/v1/organisations/{id}/incidents/{incidentId}/report.pdf',
      allowed: incidentsMay.read,
      request: async (org) =>
        isPsc(org) ? { method: 'GET', url: `${one(org, await incident(org))}/report.pdf` } : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/follow-up',
      allowed: incidentsMay.file,
      request: async (org) =>
        isPsc(org)
          ? {
              method: 'POST',
              url: `${one(org, await incident(org))}/follow-up`,
              payload: { report: 'Follow-up' },
            }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/answers',
      allowed: incidentsMay.file,
      request: async (org) =>
        isPsc(org)
          ? { method: 'POST', url: `${one(org, await incident(org))}/answers`, payload: { body: 'Answer' } }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/acknowledge',
      allowed: incidentsMay.regulate,
      request: async (org) =>
        isPsc(org)
          ? { method: 'POST', url: `${one(org, await incident(org))}/acknowledge`, payload: {} }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/request-information',
      allowed: incidentsMay.regulate,
      request: async (org) =>
        isPsc(org)
          ? {
              method: 'POST',
              url: `${one(org, await incident(org))}/request-information`,
              payload: { body: 'Why?' },
            }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/outcome',
      allowed: incidentsMay.regulate,
      request: async (org) =>
        isPsc(org)
          ? {
              method: 'POST',
              url: `${one(org, await incident(org))}/outcome`,
              payload: { outcome: 'No breach' },
            }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/{incidentId}/close',
      allowed: incidentsMay.regulate,
      request: async (org) =>
        isPsc(org)
          ? { method: 'POST', url: `${one(org, await incident(org))}/close`, payload: { note: null } }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/recoveries',
      allowed: incidentsMay.recover,
      request: async (org) => {
        if (!isPsc(org)) return null;
        const { firearmId, facilityId } = await lostWeapon(org);
        return {
          method: 'POST',
          url: `${base(org)}/incidents/recoveries`,
          payload: {
            firearmId,
            recoveredAt: ctx().now(),
            place: 'Matrix',
            recoveredBy: 'Police',
            custody: 'company',
            facilityId,
          },
        };
      },
    },
    {
      key: 'POST /api/v1/organisations/{id}/incidents/seizures',
      allowed: incidentsMay.regulate,
      request: async (org) => {
        if (!isPsc(org)) return null;
        const firearmId = await firearm(org, await facility(org));
        return {
          method: 'POST',
          url: `${base(org)}/incidents/seizures`,
          payload: {
            firearmId,
            seizedAt: ctx().now(),
            place: 'Matrix',
            authority: 'Regulator',
            reason: 'Inspection',
          },
        };
      },
    },
    {
      key: 'GET /api/v1/organisations/{id}/discrepancies',
      allowed: incidentsMay.read,
      request: async (org) => ({ method: 'GET', url: `${base(org)}/discrepancies` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/discrepancies/{source}/{discrepancyId}/incident',
      allowed: incidentsMay.file,
      request: async (org) =>
        isPsc(org)
          ? {
              method: 'POST',
              url: `${base(org)}/discrepancies/count/${await countDiscrepancy(org)}/incident`,
              payload: {},
            }
          : null,
    },
    {
      key: 'POST /api/v1/organisations/{id}/discrepancies/{source}/{discrepancyId}/resolve',
      allowed: incidentsMay.file,
      request: async (org) =>
        isPsc(org)
          ? {
              method: 'POST',
              url: `${base(org)}/discrepancies/count/${await countDiscrepancy(org)}/resolve`,
              payload: { reason: 'In the cleaning room' },
            }
          : null,
    },
    {
      key: 'PUT /api/v1/incidents/clock-settings/{countryCode}',
      allowed: (role, rel) => rel === 'own' && (role === 'system-admin' || role === 'regulator-officer'),
      request: async (org, session) => {
        if (!ownOnly(org, session)) return null;
        const row = await ctx()
          .database.db.selectFrom('organisation')
          .select('country_code')
          .where('id', '=', org.id)
          .executeTakeFirstOrThrow();
        return {
          method: 'PUT',
          url: `/api/v1/incidents/clock-settings/${row.country_code}`,
          payload: { notifyWithinHours: 48, followUpWithinDays: 10 },
        };
      },
    },
    {
      key: 'GET /api/v1/incidents/webhook-settings',
      allowed: incidentsMay.regulatorSettings,
      request: async (org, session) =>
        ownOnly(org, session) ? { method: 'GET', url: '/api/v1/incidents/webhook-settings' } : null,
    },
    {
      key: 'PUT /api/v1/incidents/webhook-settings',
      allowed: incidentsMay.regulatorSettings,
      request: async (org, session) =>
        ownOnly(org, session)
          ? { method: 'PUT', url: '/api/v1/incidents/webhook-settings', payload: { webhookUrl: null } }
          : null,
    },
  ];

  return {
    targetedCases: () => cases,
    listCases: () => [
      {
        key: 'GET /api/v1/incidents/inbox',
        url: '/api/v1/incidents/inbox?limit=500',
        orgOf: (i: Record<string, unknown>) => i.organisationId as string,
        allowed: incidentsMay.inbox,
        deniedStatus: (role: Role) => (role === 'system-admin' || role === 'regulator-officer' ? null : 403),
      },
      {
        key: 'GET /api/v1/incidents/overview',
        url: '/api/v1/incidents/overview',
        orgOf: (i: Record<string, unknown>) => i.organisationId as string,
        // Only late or overdue incidents: it may rightly be empty, so no role's "own" list must hold some.
        allowed: (role: Role, rel: Relation) => rel !== 'own' && incidentsMay.inbox(role, rel),
        deniedStatus: (role: Role) => (role === 'system-admin' || role === 'regulator-officer' ? null : 403),
      },
    ],
    /** About the caller alone: every role reaches them. */
    selfScoped: [
      'GET /api/v1/incidents/clock-settings',
      'GET /api/v1/notifications',
      'POST /api/v1/notifications/read-all',
    ],
    /** A notification is its recipient's: tests/api/incidents.test.ts shows another user gets 404. */
    recipientOnly: ['POST /api/v1/notifications/{notificationId}/read'],
  };
}
