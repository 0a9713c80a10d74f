import type { Actor } from '../../src/core/access/actor';
import type { Role } from '../../src/core/access/roles';
import { createTraceRequest } from '../../src/use-cases/tracing/create-trace-request';
import { addTracePhoto } from '../../src/use-cases/tracing/trace-photos';
import { answerTraceRequest } from '../../src/use-cases/tracing/trace-requests';
import { multipart, TINY_PNG } from './multipart';
import type { TestApp } from './test-app';

type Relation = 'own' | 'licensed' | 'foreign';
type Org = { id: string; code: string; kind: string; regulatorId: string | null };
type MatrixRequest = {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
};

export const TRACE_REQUEST_BODY = {
  manufacturer: 'Taurus',
  model: '82',
  type: 'revolver',
  calibre: '.38',
  serial: null,
  serialObliterated: true,
  serialLegible: '4?7 1B2',
  countryOfOrigin: 'BR',
  otherMarks: null,
  recoveredAt: '2026-11-27',
  recoveredPlace: 'Callao',
  illicitReason: 'No licence',
  urgency: 'urgent' as const,
  urgencyReason: null,
  caseReference: 'CASE-1',
  pointOfContact: 'Officer on duty',
  intendedUse: 'criminal investigation',
};

/**
 * The authorisation matrix's view of tracing (issue #6). Targets: a trace request made by a
 * law-enforcement agency (POL-PE, POL-2: both in Peru, so addressed to REG-PE), or a request
 * addressed to a regulator (REG-PE from POL-2; REG-CO from POL-2 acting as if in Colombia).
 */
export function traceFixtures(app: () => TestApp, orgs: () => Map<string, Org>) {
  const known = new Map<string, string>();
  const byCode = (code: string) => orgs().get(code)!;

  function agency(org: Org, countryCode: string): Actor {
    return {
      userId: null,
      apiTokenId: 'matrix',
      organisationId: org.id,
      organisationKind: 'law-enforcement',
      countryCode,
      roles: ['law-enforcement-officer'],
    } as unknown as Actor;
  }

  function regulatorActor(org: Org): Actor {
    return {
      userId: null,
      apiTokenId: 'matrix',
      organisationId: org.id,
      organisationKind: 'regulator',
      countryCode: org.code === 'REG-CO' ? 'CO' : 'PE',
      roles: ['regulator-officer'],
    } as unknown as Actor;
  }

  /** A fresh request of (or to) the organisation; null when it is neither an agency nor a regulator. */
  async function fresh(org: Org): Promise<string | null> {
    const t = app();
    if (org.kind === 'law-enforcement')
      return (await createTraceRequest(t.ctx, agency(org, 'PE'), TRACE_REQUEST_BODY)).id;
    if (org.kind === 'regulator')
      return (
        await createTraceRequest(
          t.ctx,
          agency(byCode('POL-2'), org.code === 'REG-CO' ? 'CO' : 'PE'),
          TRACE_REQUEST_BODY,
        )
      ).id;
    return null;
  }

  async function once(key: string, org: Org, make: (id: string) => Promise<void> = async () => undefined) {
    const cached = known.get(`${key}:${org.code}`);
    if (cached) return cached;
    const id = await fresh(org);
    if (!id) return null;
    await make(id);
    known.set(`${key}:${org.code}`, id);
    return id;
  }

  const regulatorOf = (org: Org) =>
    org.kind === 'regulator' ? org : byCode(org.code === 'POL-CO' ? 'REG-CO' : 'REG-PE');
  const answered = (org: Org) =>
    once('answered', org, async (id) => {
      await answerTraceRequest(app().ctx, regulatorActor(regulatorOf(org)), id, {
        outcome: 'no-record',
        note: null,
      });
    });
  const photos = new Map<string, string>();
  async function photoOf(org: Org): Promise<{ requestId: string; photoId: string } | null> {
    const requestId = await once('photo', org);
    if (!requestId) return null;
    let photoId = photos.get(requestId);
    if (!photoId) {
      const requester = org.kind === 'law-enforcement' ? org : byCode('POL-2');
      const countryCode = org.code === 'REG-CO' ? 'CO' : 'PE';
      photoId = (await addTracePhoto(app().ctx, agency(requester, countryCode), requestId, TINY_PNG)).id;
      photos.set(requestId, photoId);
    }
    return { requestId, photoId };
  }

  // Who may read a request: administrators, the regulator it is addressed to, the agency that made it.
  const readsTrace = (role: Role, rel: Relation, org: Org) =>
    role === 'system-admin' ||
    (rel === 'own' &&
      ((role === 'regulator-officer' && org.kind === 'regulator') ||
        (role === 'law-enforcement-officer' && org.kind === 'law-enforcement')));
  const answersTrace = (role: Role, rel: Relation, org: Org) =>
    role === 'regulator-officer' && rel === 'own' && org.kind === 'regulator';
  const searches = (role: Role) => role === 'system-admin' || role === 'regulator-officer';

  function targetedCases(): Array<{
    key: string;
    allowed: (role: Role, rel: Relation, org: Org) => boolean;
    /** Whether the actor sees the trace request named (else a refusal answers 404). */
    sees?: (role: Role, rel: Relation, org: Org) => boolean;
    request(org: Org): Promise<MatrixRequest | null>;
  }> {
    return [
      {
        key: 'GET /api/v1/trace/search',
        allowed: (role) => searches(role),
        request: async () => ({ method: 'GET', url: '/api/v1/trace/search?serial=4%3F7' }),
      },
      {
        key: 'GET /api/v1/trace/quick-check',
        allowed: (role) => searches(role) || role === 'law-enforcement-officer',
        request: async () => ({ method: 'GET', url: '/api/v1/trace/quick-check?serial=AN04701' }),
      },
      {
        key: 'GET /api/v1/trace/settings',
        allowed: (role) => searches(role),
        request: async () => ({ method: 'GET', url: '/api/v1/trace/settings' }),
      },
      {
        key: 'PUT /api/v1/trace/settings',
        allowed: (role) => searches(role),
        request: async () => ({
          method: 'PUT',
          url: '/api/v1/trace/settings',
          payload: { urgentHours: 24, routineHours: 120 },
        }),
      },
      {
        key: 'POST /api/v1/trace/requests',
        allowed: (role) => role === 'law-enforcement-officer',
        request: async () => ({ method: 'POST', url: '/api/v1/trace/requests', payload: TRACE_REQUEST_BODY }),
      },
      {
        key: 'GET /api/v1/trace/requests/{id}',
        allowed: readsTrace,
        request: async (org) => {
          const id = await once('read', org);
          return id ? { method: 'GET', url: `/api/v1/trace/requests/${id}` } : null;
        },
      },
      {
        key: 'GET /api/v1/trace/requests/{id}/candidates',
        sees: readsTrace,
        allowed: (role, rel, org) => role === 'system-admin' || answersTrace(role, rel, org),
        request: async (org) => {
          const id = await once('read', org);
          return id ? { method: 'GET', url: `/api/v1/trace/requests/${id}/candidates` } : null;
        },
      },
      {
        key: 'POST /api/v1/trace/requests/{id}/answer',
        sees: readsTrace,
        allowed: answersTrace,
        request: async (org) => {
          const id = await fresh(org);
          return id
            ? {
                method: 'POST',
                url: `/api/v1/trace/requests/${id}/answer`,
                payload: { outcome: 'no-record', note: null },
              }
            : null;
        },
      },
      {
        key: 'GET /api/v1/trace/requests/{id}/answer.pdf',
        allowed: readsTrace,
        request: async (org) => {
          const id = await answered(org);
          return id ? { method: 'GET', url: `/api/v1/trace/requests/${id}/answer.pdf` } : null;
        },
      },
      {
        key: 'POST /api/v1/trace/requests/{id}/photos',
        sees: readsTrace,
        allowed: (role, rel, org) =>
          role === 'law-enforcement-officer' && rel === 'own' && org.kind === 'law-enforcement',
        request: async (org) => {
          const id = await once('read', org);
          if (!id) return null;
          const body = multipart({}, { name: 'p.png', type: 'image/png', data: TINY_PNG });
          return {
            method: 'POST',
            url: `/api/v1/trace/requests/${id}/photos`,
            payload: body.payload,
            headers: body.headers,
          };
        },
      },
      {
        key: 'GET /api/v1/trace/requests/{id}/photos/{photoId}',
        allowed: readsTrace,
        request: async (org) => {
          const photo = await photoOf(org);
          return (
            photo && {
              method: 'GET',
              url: `/api/v1/trace/requests/${photo.requestId}/photos/${photo.photoId}`,
            }
          );
        },
      },
    ];
  }

  const deniedUnlessTracing = (role: Role) =>
    role === 'system-admin' || role === 'regulator-officer' || role === 'law-enforcement-officer'
      ? null
      : 403;

  function listCases(): Array<{
    key: string;
    url: string;
    orgOf: (item: Record<string, unknown>) => string | null;
    allowed: (role: Role, rel: Relation) => boolean;
    deniedStatus?: (role: Role) => number | null;
  }> {
    return [
      {
        // An agency sees its own requests; the regulator its queue (addressed to it, from any agency).
        key: 'GET /api/v1/trace/requests',
        url: '/api/v1/trace/requests?limit=200',
        orgOf: (i) => i.requestingOrganisationId as string,
        allowed: (role, rel) => role === 'system-admin' || role === 'regulator-officer' || rel === 'own',
        deniedStatus: deniedUnlessTracing,
      },
      {
        key: 'GET /api/v1/trace/search-log',
        url: '/api/v1/trace/search-log?limit=500',
        orgOf: (i) => i.organisationId as string | null,
        allowed: (role) => searches(role),
        deniedStatus: (role) => (searches(role) ? null : 403),
      },
    ];
  }

  return { targetedCases, listCases };
}
