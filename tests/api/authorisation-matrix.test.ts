import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/access/roles';
import { createAccount } from '../../src/use-cases/create-account';
import { countRows, tablesOf } from '../support/table-counts';
import { createOrganisation } from '../../src/use-cases/create-organisation';
import { hashSecret } from '../../src/use-cases/context';
import { NO_REQUEST } from '../../src/use-cases/context';
import { TEST_DIALECTS } from '../support/test-database';
import { multipart, TINY_PNG } from '../support/multipart';
import { traceFixtures } from '../support/trace-fixtures';
import { armouryMatrix } from './armoury-matrix';
import { incidentsMatrix } from './incidents-matrix';
import { lostStolenMatrix } from './lost-stolen-matrix';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

/*
 * Every endpoint × every role × own and foreign organisations. The expectations are written here
 * as a table, independently of the policy code, so a scoping mistake in a use-case shows up.
 * A denied request answers exactly 404 when the actor may not see the record it names (so ids cannot
 * be probed) and 403 when it may see it but not change it (`seesOf` and each case's `sees`), carries
 * no data, and writes nothing in any table; lists must hold only what the role may see.
 */

type Relation = 'own' | 'licensed' | 'foreign';
type Org = { id: string; code: string; kind: string; regulatorId: string | null };

const ACCOUNTS: Record<Role, string> = {
  'system-admin': 'admin@custodia.example',
  'regulator-officer': 'regulador@custodia.example',
  'psc-manager': 'gerente@andina.example',
  'psc-armourer': 'armero@andina.example',
  assessor: 'evaluador@custodia.example',
  'programme-officer': 'programa@custodia.example',
  'law-enforcement-officer': 'policia@custodia.example',
};

// Who may do what to an organisation in each relation to them (the product's access rules).
const may = {
  readOrganisation: (role: Role, rel: Relation) =>
    role === 'system-admin' ||
    role === 'programme-officer' ||
    rel === 'own' ||
    (role === 'regulator-officer' && rel === 'licensed'),
  licensePsc: (role: Role, rel: Relation) =>
    role === 'system-admin' || (role === 'regulator-officer' && rel !== 'foreign'),
  changeSettings: (role: Role, rel: Relation) =>
    role === 'system-admin' || (rel === 'own' && (role === 'psc-manager' || role === 'regulator-officer')),
  readUsers: (role: Role, rel: Relation) =>
    role === 'system-admin' ||
    (role === 'regulator-officer' && rel !== 'foreign') ||
    (role === 'psc-manager' && rel === 'own'),
  manageUsers: (role: Role, rel: Relation) =>
    role === 'system-admin' || (rel === 'own' && (role === 'psc-manager' || role === 'regulator-officer')),
  readAudit: (role: Role, rel: Relation) =>
    role === 'system-admin' || (role === 'regulator-officer' && rel !== 'foreign'),
  manageTokens: (role: Role, rel: Relation) =>
    role === 'system-admin' || (rel === 'own' && (role === 'psc-manager' || role === 'regulator-officer')),
  // A company's book: its staff, its regulator and the administrators read it; only its staff write.
  readBook: (role: Role, rel: Relation) =>
    role === 'system-admin' ||
    (role === 'regulator-officer' && rel !== 'foreign') ||
    ((role === 'psc-manager' || role === 'psc-armourer') && rel === 'own'),
  manageBook: (role: Role, rel: Relation, org?: Org) =>
    org?.kind === 'psc' && rel === 'own' && role === 'psc-manager',
  keepArmoury: (role: Role, rel: Relation, org?: Org) =>
    org?.kind === 'psc' && rel === 'own' && (role === 'psc-manager' || role === 'psc-armourer'),
};

/**
 * Whether the actor may see the record a request names, by the family of the endpoint. A denied
 * request answers 404 when the record is not visible (its existence is not revealed) and 403 when it is.
 */
const everyone = () => true;
const editsTemplates = (role: Role): boolean => role === 'system-admin' || role === 'programme-officer';
function seesOf(key: string): (role: Role, rel: Relation, org: Org) => boolean {
  const path = key.split(' ')[1]!;
  // No record named: the role itself may not do this (e.g. create an organisation, edit the catalogue).
  if (
    /^\/api\/v1\/(organisations|catalogue\/.*|trace\/(search|quick-check|settings|requests)|incidents\/(webhook-settings|clock-settings\/.*)|lost-stolen-firearms|assessments|assessment-templates\/versions\/\{id\}\/drafts)$/.test(
      path,
    )
  )
    return everyone;
  if (/armoury|personnel|clients|sites|posts|operating-authorisation|incidents|discrepancies/.test(path))
    return (role, rel, org) => org.kind === 'psc' && may.readBook(role, rel);
  if (/^\/api\/v1\/assessments\/\{id\}/.test(path))
    return (role, rel) =>
      role === 'system-admin' || role === 'assessor' || (role === 'psc-manager' && rel === 'own');
  // The audit log is refused by role before any organisation is looked at (the same answer for any id).
  if (path === '/api/v1/audit-events')
    return (role, rel) => role !== 'regulator-officer' || rel !== 'foreign';
  // Adding a user or a token to an organisation, or changing its settings: the organisation is the record.
  if (key === 'POST /api/v1/users' || key === 'POST /api/v1/api-tokens' || path.endsWith('/settings'))
    return (role, rel) => may.readOrganisation(role, rel);
  if (path.startsWith('/api/v1/api-tokens/')) return (role, rel) => may.manageTokens(role, rel);
  if (path.startsWith('/api/v1/users')) return (role, rel) => may.readUsers(role, rel);
  // Drafts of the assessment templates are seen only by those who edit them.
  if (path.startsWith('/api/v1/assessment-templates/versions/{id}')) return (role) => editsTemplates(role);
  return (role, rel) => may.readBook(role, rel);
}

const MEMBER_ROLE: Record<string, Role> = {
  regulator: 'regulator-officer',
  psc: 'psc-armourer',
  'assessor-body': 'assessor',
  'programme-office': 'programme-officer',
  'law-enforcement': 'law-enforcement-officer',
};

describe.each(TEST_DIALECTS)('authorisation matrix (%s)', (dialect) => {
  let t: TestApp;
  const orgs = new Map<string, Org>();
  const sessions = new Map<Role, SignedIn>();
  let serial = 0;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await signIn(t.app, ACCOUNTS['system-admin']);
    const adminActor = {
      userId: admin.userId,
      apiTokenId: null,
      organisationId: admin.organisationId,
      organisationKind: 'regulator',
      countryCode: 'PE',
      roles: ['system-admin'],
    } as const;
    // A second tenant of every kind: another country's regulator with its own company, and so on.
    const co = await createOrganisation(
      t.ctx,
      adminActor as never,
      { kind: 'regulator', code: 'REG-CO', name: 'Regulador CO', countryCode: 'CO', licensedById: null },
      NO_REQUEST,
    );
    await createOrganisation(
      t.ctx,
      adminActor as never,
      { kind: 'psc', code: 'PSC-CO', name: 'Seguridad CO', countryCode: 'CO', licensedById: co.id },
      NO_REQUEST,
    );
    for (const [kind, code] of [
      ['assessor-body', 'ASSESS-2'],
      ['programme-office', 'PROG-2'],
      ['law-enforcement', 'POL-2'],
    ] as const) {
      await createOrganisation(
        t.ctx,
        adminActor as never,
        { kind, code, name: code, countryCode: 'PE', licensedById: null },
        NO_REQUEST,
      );
    }
    await loadOrganisations();
    for (const [role, email] of Object.entries(ACCOUNTS) as Array<[Role, string]>)
      sessions.set(role, await signIn(t.app, email));
  });
  afterAll(async () => t.close());

  async function loadOrganisations(): Promise<void> {
    const rows = await t.ctx.database.db.selectFrom('organisation').selectAll().execute();
    for (const row of rows)
      orgs.set(row.code, { id: row.id, code: row.code, kind: row.kind, regulatorId: row.licensed_by_id });
  }

  function targetsOf(role: Role): Array<[Relation, Org]> {
    const byCode = (code: string) => orgs.get(code)!;
    switch (role) {
      case 'system-admin':
        return [
          ['own', byCode('REG-PE')],
          ['foreign', byCode('REG-CO')],
          ['foreign', byCode('PSC-CO')],
        ];
      case 'regulator-officer':
        return [
          ['own', byCode('REG-PE')],
          ['licensed', byCode('PSC-ANDINA')],
          ['foreign', byCode('REG-CO')],
          ['foreign', byCode('PSC-CO')],
        ];
      case 'psc-manager':
      case 'psc-armourer':
        return [
          ['own', byCode('PSC-ANDINA')],
          ['foreign', byCode('PSC-PACIFICO')],
          ['foreign', byCode('REG-PE')],
        ];
      case 'assessor':
        return [
          ['own', byCode('ASSESS-PE')],
          ['foreign', byCode('ASSESS-2')],
          ['foreign', byCode('PSC-ANDINA')],
        ];
      case 'programme-officer':
        return [
          ['own', byCode('PROG-LAC')],
          ['foreign', byCode('PROG-2')],
          ['foreign', byCode('PSC-CO')],
        ];
      case 'law-enforcement-officer':
        return [
          ['own', byCode('POL-PE')],
          ['foreign', byCode('POL-2')],
          ['foreign', byCode('PSC-ANDINA')],
        ];
    }
  }

  function relationOf(role: Role, orgId: string): Relation {
    const session = sessions.get(role)!;
    if (orgId === session.organisationId) return 'own';
    const org = [...orgs.values()].find((o) => o.id === orgId)!;
    return org.regulatorId === session.organisationId ? 'licensed' : 'foreign';
  }

  // Every table of the schema but the audit log and the sign-in throttle (which record attempts).
  let tables: string[] = [];
  async function counts(): Promise<string> {
    if (tables.length === 0) tables = await tablesOf(t.ctx.database, ['audit_event', 'sign_in_throttle']);
    const out = await countRows(t.ctx.database, tables);
    const settings = await t.ctx.database.db.selectFrom('organisation').select('requires_totp').execute();
    const statuses = await t.ctx.database.db
      .selectFrom('app_user')
      .select(['status', 'password_hash'])
      .execute();
    return JSON.stringify([out, settings, statuses]);
  }

  async function memberOf(org: Org): Promise<string> {
    serial++;
    const { id } = await createAccount(t.ctx, {
      organisationCode: org.code,
      email: `member${serial}@${org.code.toLowerCase()}.example`,
      displayName: `Member ${serial}`,
      roles: [MEMBER_ROLE[org.kind]!],
      password: 'a long enough test password',
      language: 'es',
    });
    return id;
  }

  async function tokenOf(org: Org): Promise<string> {
    serial++;
    const id = t.ctx.newId();
    await t.ctx.database.db
      .insertInto('api_token')
      .values({
        id,
        organisation_id: org.id,
        name: `t${serial}`,
        token_hash: hashSecret(`secret-${serial}`),
        roles: JSON.stringify([MEMBER_ROLE[org.kind]]),
        created_by_user_id: null,
        created_at: t.ctx.now(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    return id;
  }

  interface TargetedCase {
    readonly key: string;
    /** Whether the actor may see the record the request names (denied: 403 if it may, 404 if not). */
    readonly sees?: (role: Role, rel: Relation, org: Org) => boolean;
    readonly allowed: (role: Role, rel: Relation, org: Org) => boolean;
    /** The request, or null when the target holds no such record (a book exists only in a company). */
    request(
      org: Org,
      actor: SignedIn,
    ): Promise<{
      method: 'GET' | 'POST' | 'PUT';
      url: string;
      payload?: object | Buffer;
      headers?: Record<string, string>;
    } | null>;
  }

  // Records in each company's book, made by that company's own manager.
  const managers = new Map<string, SignedIn>();
  const facilities = new Map<string, string[]>();
  async function managerOf(org: Org): Promise<SignedIn> {
    const known = managers.get(org.code);
    if (known) return known;
    const emails: Record<string, string> = {
      'PSC-ANDINA': 'gerente@andina.example',
      'PSC-PACIFICO': 'gerente@pacifico.example',
      'PSC-CALLAO': 'gerente@callao.example',
    };
    let email = emails[org.code];
    if (!email) {
      email = `gerente@${org.code.toLowerCase()}.example`;
      await createAccount(t.ctx, {
        organisationCode: org.code,
        email,
        displayName: 'Gerente',
        roles: ['psc-manager'],
        password: 'a long enough test password',
        language: 'es',
      });
    }
    const session = await signIn(t.app, email, emails[org.code] ? undefined : 'a long enough test password');
    managers.set(org.code, session);
    return session;
  }
  async function write(session: SignedIn, url: string, payload: object): Promise<Record<string, any>> {
    serial++;
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: as(session),
      payload: { idempotencyKey: `matrix-${serial}`, ...payload },
    });
    if (response.statusCode >= 300) throw new Error(`setup ${url} failed: ${response.body}`);
    return response.json().entry;
  }
  async function facilitiesOf(org: Org): Promise<string[] | null> {
    if (org.kind !== 'psc') return null;
    const known = facilities.get(org.code);
    if (known) return known;
    const m = await managerOf(org);
    const ids: string[] = [];
    for (const code of ['F1', 'F2']) {
      ids.push(
        (await write(m, '/api/v1/facilities', { organisationId: org.id, code, name: code, kind: 'combined' }))
          .payload.facilityId,
      );
    }
    facilities.set(org.code, ids);
    return ids;
  }
  async function firearmOf(org: Org): Promise<{ firearmId: string; entryId: string } | null> {
    const f = await facilitiesOf(org);
    if (!f) return null;
    const entry = await write(await managerOf(org), `/api/v1/organisations/${org.id}/firearms`, {
      facilityId: f[0],
      source: { kind: 'supplier', name: 'S' },
      type: 'pistol',
      manufacturer: 'Glock',
      model: '17',
      calibre: '9mm',
      serial: `MX${serial}`,
      countryOfManufacture: 'AT',
      // Sequential serials differ by one digit, and 1 and 7 fold together (look-alike serials): different weapons.
      confirmDifferentFromLookalikes: true,
    });
    return { firearmId: entry.payload.firearmId, entryId: entry.id };
  }
  async function lotOf(org: Org): Promise<{ lotId: string; entryId: string; facilityId: string } | null> {
    const f = await facilitiesOf(org);
    if (!f) return null;
    const entry = await write(await managerOf(org), `/api/v1/organisations/${org.id}/ammunition`, {
      facilityId: f[0],
      rounds: 500,
      lotNumber: `LOT-${serial}`,
      calibre: '9mm',
      manufacturer: 'CBC',
      unNumber: '0012',
    });
    return { lotId: entry.payload.lotId, entryId: entry.id, facilityId: f[0]! };
  }
  const marking = { kind: 'psc-secondary', text: 'M-1', includesSerial: true };

  // Assessments (issue 7) of a company's facility, planned by the demo assessor body's assessor.
  const assessments = new Map<string, string>();
  async function assessmentOf(
    org: Org,
    stage: 'planned' | 'submitted',
    sharedWithRegulator = false,
    isFresh = false,
  ): Promise<string | null> {
    // One assessment per company, stage and consent serves every case that does not consume it.
    const cacheKey = `${org.code}|${stage}|${sharedWithRegulator}`;
    const known = assessments.get(cacheKey);
    if (known && !isFresh) return known;
    const f = await facilitiesOf(org);
    if (!f) return null;
    const assessor = sessions.get('assessor')!;
    const call = async (session: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
      const response = await t.app.inject({
        method,
        url,
        headers: as(session),
        ...(payload ? { payload } : {}),
      });
      if (response.statusCode >= 300) throw new Error(`setup ${url} failed: ${response.body}`);
      return response.json();
    };
    const templates = await call(assessor, 'GET', '/api/v1/assessment-templates');
    const planned = await call(assessor, 'POST', '/api/v1/assessments', {
      kind: 'voluntary',
      facilityId: f[0],
      templateVersionId: templates.items[0].latestPublished.id,
      plannedOn: '2026-11-20',
      assessors: ['Matrix'],
    });
    if (stage === 'submitted') await call(assessor, 'POST', `/api/v1/assessments/${planned.id}/submission`);
    if (sharedWithRegulator)
      await call(await managerOf(org), 'PUT', `/api/v1/assessments/${planned.id}/sharing`, {
        isSharedWithRegulator: true,
      });
    if (!isFresh) assessments.set(cacheKey, planned.id);
    return planned.id;
  }
  async function templateDraft(): Promise<{ id: string; content: object }> {
    const admin = sessions.get('system-admin')!;
    const templates = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessment-templates',
      headers: as(admin),
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessment-templates/versions/${templates.json().items[0].latestPublished.id}/drafts`,
      headers: as(admin),
    });
    return response.json();
  }
  // Who may read an assessment the demo assessor body made, before and after the company shares it.
  const readsAssessment = (role: Role, rel: Relation): boolean =>
    role === 'system-admin' || role === 'assessor' || (role === 'psc-manager' && rel === 'own');
  const readsSharedAssessment = (role: Role, rel: Relation): boolean =>
    readsAssessment(role, rel) || (role === 'regulator-officer' && rel === 'licensed');
  const conductsAssessment = (role: Role): boolean => role === 'system-admin' || role === 'assessor';
  const photos = new Map<string, string>();
  async function photoOf(org: Org): Promise<string | null> {
    if (org.kind !== 'psc') return null;
    const known = photos.get(org.code);
    if (known) return known;
    const body = multipart({}, { name: 'p.png', type: 'image/png', data: TINY_PNG });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/photos`,
      headers: { ...as(await managerOf(org)), ...body.headers },
      payload: body.payload,
    });
    if (response.statusCode !== 201) throw new Error(`setup photo failed: ${response.body}`);
    photos.set(org.code, response.json().id);
    return response.json().id;
  }
  const anyoneSignedIn = () => true;
  const startsVerification = (role: Role, rel: Relation) =>
    may.readBook(role, rel) && role !== 'psc-armourer';

  // Trace requests from an agency, or addressed to a regulator (tests/support/trace-fixtures.ts).
  const traces = traceFixtures(
    () => t,
    () => orgs,
  );
  // Armoury operations in each company (tests/api/armoury-matrix.ts).
  const armoury = armouryMatrix(() => t);
  // Incidents of each company (tests/api/incidents-matrix.ts).
  const incidents = incidentsMatrix(() => t);
  // Lost and stolen firearms export (tests/api/lost-stolen-matrix.ts).
  const lostStolen = lostStolenMatrix(() => t);
  const targeted: TargetedCase[] = [
    {
      key: 'GET /api/v1/organisations/{id}',
      allowed: may.readOrganisation,
      request: async (org) => ({ method: 'GET', url: `/api/v1/organisations/${org.id}` }),
    },
    {
      key: 'POST /api/v1/organisations',
      allowed: may.licensePsc,
      request: async (org) => {
        serial++;
        const regulatorId = org.kind === 'regulator' ? org.id : org.regulatorId;
        const regulator = [...orgs.values()].find((o) => o.id === regulatorId);
        return {
          method: 'POST',
          url: '/api/v1/organisations',
          payload: {
            kind: 'psc',
            code: `PSC-M${serial}`,
            name: `Matrix ${serial}`,
            countryCode: regulator?.code === 'REG-CO' ? 'CO' : 'PE',
            licensedById: regulatorId ?? orgs.get('REG-PE')!.id,
          },
        };
      },
    },
    {
      key: 'PUT /api/v1/organisations/{id}/settings',
      allowed: may.changeSettings,
      request: async (org) => ({
        method: 'PUT',
        url: `/api/v1/organisations/${org.id}/settings`,
        payload: { requiresTotp: false },
      }),
    },
    {
      key: 'GET /api/v1/users',
      allowed: may.readUsers,
      request: async (org) => ({ method: 'GET', url: `/api/v1/users?organisationId=${org.id}` }),
    },
    {
      key: 'POST /api/v1/users',
      allowed: may.manageUsers,
      request: async (org) => {
        serial++;
        return {
          method: 'POST',
          url: '/api/v1/users',
          payload: {
            organisationId: org.id,
            email: `invited${serial}@matrix.example`,
            displayName: `Invited ${serial}`,
            roles: [MEMBER_ROLE[org.kind]],
          },
        };
      },
    },
    {
      key: 'POST /api/v1/users/{id}/deactivation',
      allowed: may.manageUsers,
      request: async (org) => ({ method: 'POST', url: `/api/v1/users/${await memberOf(org)}/deactivation` }),
    },
    {
      key: 'PUT /api/v1/users/{id}/roles',
      allowed: may.manageUsers,
      request: async (org) => ({
        method: 'PUT',
        url: `/api/v1/users/${await memberOf(org)}/roles`,
        payload: { roles: [MEMBER_ROLE[org.kind]] },
      }),
    },
    {
      key: 'POST /api/v1/users/{id}/password-reset',
      allowed: may.manageUsers,
      request: async (org) => ({
        method: 'POST',
        url: `/api/v1/users/${await memberOf(org)}/password-reset`,
      }),
    },
    {
      key: 'GET /api/v1/audit-events',
      allowed: may.readAudit,
      request: async (org) => ({ method: 'GET', url: `/api/v1/audit-events?organisationId=${org.id}` }),
    },
    {
      key: 'POST /api/v1/api-tokens',
      allowed: may.manageTokens,
      request: async (org) => ({
        method: 'POST',
        url: '/api/v1/api-tokens',
        payload: {
          organisationId: org.id,
          name: 'matrix',
          roles: [MEMBER_ROLE[org.kind] === 'psc-armourer' ? 'psc-manager' : MEMBER_ROLE[org.kind]],
        },
      }),
    },
    {
      key: 'POST /api/v1/api-tokens/{id}/revocation',
      allowed: may.manageTokens,
      request: async (org) => ({
        method: 'POST',
        url: `/api/v1/api-tokens/${await tokenOf(org)}/revocation`,
      }),
    },
    {
      key: 'GET /api/v1/facilities',
      allowed: may.readBook,
      request: async (org) => ({ method: 'GET', url: `/api/v1/facilities?organisationId=${org.id}` }),
    },
    {
      key: 'POST /api/v1/facilities',
      allowed: may.manageBook,
      request: async (org) => ({
        method: 'POST',
        url: '/api/v1/facilities',
        payload: {
          idempotencyKey: `matrix-mx-fac-${++serial}`,
          organisationId: org.id,
          code: `MX${serial}`,
          name: 'Matrix',
          kind: 'armoury',
        },
      }),
    },
    {
      key: 'GET /api/v1/facilities/{id}',
      allowed: may.readBook,
      request: async (org) =>
        (await facilitiesOf(org))
          ? { method: 'GET', url: `/api/v1/facilities/${(await facilitiesOf(org))![0]}` }
          : null,
    },
    // Hazard view, signs and postings of a facility: whoever reads the book; its staff record postings.
    ...['hazard', 'signs/fire-division-4.svg?size=half', 'sign-postings'].map((tail): TargetedCase => ({
      key: `GET /api/v1/facilities/{id}/${tail.startsWith('signs/') ? 'signs/{sign}.svg' : tail}`,
      allowed: may.readBook,
      request: async (org) => {
        const f = await facilitiesOf(org);
        return f ? { method: 'GET', url: `/api/v1/facilities/${f[0]}/${tail}` } : null;
      },
    })),
    {
      key: 'GET /api/v1/facilities/{id}/signs.pdf',
      allowed: may.readBook,
      request: async (org) => {
        const l = await lotOf(org);
        return l && { method: 'GET', url: `/api/v1/facilities/${l.facilityId}/signs.pdf?size=half` };
      },
    },
    {
      key: 'POST /api/v1/facilities/{id}/sign-postings',
      allowed: may.keepArmoury,
      request: async (org) => {
        const f = await facilitiesOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/facilities/${f[0]}/sign-postings`,
            payload: { signs: ['fire-division-4', 'class-1-1.4S'], postedOn: '2026-11-27' },
          }
        );
      },
    },
    {
      key: 'GET /api/v1/firearms',
      allowed: may.readBook,
      request: async (org) => ({ method: 'GET', url: `/api/v1/firearms?organisationId=${org.id}` }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/firearms',
      allowed: may.manageBook,
      request: async (org) => ({
        method: 'POST',
        url: `/api/v1/organisations/${org.id}/firearms`,
        payload: {
          idempotencyKey: `matrix-mx-acq-${++serial}`,
          facilityId: (await facilitiesOf(org))?.[0] ?? org.id,
          source: { kind: 'supplier', name: 'S' },
          type: 'pistol',
          manufacturer: 'Glock',
          model: '19',
          calibre: '9mm',
          serial: `MXA${serial}`,
          countryOfManufacture: 'AT',
        },
      }),
    },
    {
      key: 'GET /api/v1/firearms/{id}',
      allowed: may.readBook,
      request: async (org) => {
        const f = await firearmOf(org);
        return f && { method: 'GET', url: `/api/v1/firearms/${f.firearmId}` };
      },
    },
    {
      key: 'GET /api/v1/history/{id}',
      allowed: may.readBook,
      request: async (org) => {
        const f = await firearmOf(org);
        return f && { method: 'GET', url: `/api/v1/history/${f.firearmId}` };
      },
    },
    {
      key: 'GET /api/v1/organisations/{id}/book-integrity',
      allowed: may.readBook,
      request: async (org) => ({ method: 'GET', url: `/api/v1/organisations/${org.id}/book-integrity` }),
    },
    {
      key: 'POST /api/v1/firearms/{id}/transfer-out',
      allowed: may.manageBook,
      request: async (org) => {
        const f = await firearmOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/firearms/${f.firearmId}/transfer-out`,
            payload: {
              idempotencyKey: `matrix-mx-to-${++serial}`,
              toOrganisationId: orgs.get('PSC-CALLAO')!.id,
            },
          }
        );
      },
    },
    {
      key: 'POST /api/v1/firearms/{id}/transfer-in',
      // The weapon is sent by PSC-CALLAO (licensed by REG-PE): seen by its regulator and by the receiver.
      sees: (role, rel) =>
        role === 'system-admin' ||
        role === 'regulator-officer' ||
        (rel === 'own' && (role === 'psc-manager' || role === 'psc-armourer')),
      // The receiving company's manager confirms a weapon sent to it by another company.
      allowed: may.manageBook,
      request: async (org, actor) => {
        const receiving = await facilitiesOf(org);
        if (!receiving || org.code === 'PSC-CALLAO') return null;
        const callao = orgs.get('PSC-CALLAO')!;
        const sent = await firearmOf(callao);
        await write(await managerOf(callao), `/api/v1/firearms/${sent!.firearmId}/transfer-out`, {
          toOrganisationId: org.id,
        });
        const own = facilities.get(
          [...orgs.values()].find((o) => o.id === actor.organisationId)?.code ?? '',
        )?.[0];
        return {
          method: 'POST',
          url: `/api/v1/firearms/${sent!.firearmId}/transfer-in`,
          payload: { idempotencyKey: `matrix-mx-ti-${++serial}`, facilityId: own ?? receiving[0] },
        };
      },
    },
    {
      key: 'POST /api/v1/firearms/{id}/moves',
      allowed: may.keepArmoury,
      request: async (org) => {
        const f = await firearmOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/firearms/${f.firearmId}/moves`,
            payload: {
              idempotencyKey: `matrix-mx-mv-${++serial}`,
              toFacilityId: (await facilitiesOf(org))![1],
            },
          }
        );
      },
    },
    {
      key: 'POST /api/v1/firearms/{id}/markings',
      allowed: may.keepArmoury,
      request: async (org) => {
        const f = await firearmOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/firearms/${f.firearmId}/markings`,
            payload: { idempotencyKey: `matrix-mx-mk-${++serial}`, marking },
          }
        );
      },
    },
    {
      key: 'POST /api/v1/firearms/{id}/disposal',
      allowed: may.manageBook,
      request: async (org) => {
        const f = await firearmOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/firearms/${f.firearmId}/disposal`,
            payload: {
              idempotencyKey: `matrix-mx-dp-${++serial}`,
              method: 'destruction',
              certificateReference: 'C-1',
            },
          }
        );
      },
    },
    {
      key: 'POST /api/v1/firearms/{id}/corrections',
      allowed: may.manageBook,
      request: async (org) => {
        const f = await firearmOf(org);
        return (
          f && {
            method: 'POST',
            url: `/api/v1/firearms/${f.firearmId}/corrections`,
            payload: {
              idempotencyKey: `matrix-mx-cf-${++serial}`,
              correctsEntryId: f.entryId,
              reason: 'typo',
              changes: { model: '17 Gen 5' },
            },
          }
        );
      },
    },
    {
      key: 'GET /api/v1/ammunition-lots',
      allowed: may.readBook,
      request: async (org) => ({ method: 'GET', url: `/api/v1/ammunition-lots?organisationId=${org.id}` }),
    },
    // Exports apply the list's own scope and filters: one organisation's weapons, or its users.
    {
      key: 'GET /api/v1/exports/{list}',
      allowed: may.readBook,
      request: async (org) => ({
        method: 'GET',
        url: `/api/v1/exports/firearms?format=csv&organisationId=${org.id}`,
      }),
    },
    {
      key: 'GET /api/v1/exports/{list}',
      allowed: may.readUsers,
      sees: (role, rel) => may.readUsers(role, rel),
      request: async (org) => ({
        method: 'GET',
        url: `/api/v1/exports/users?format=xlsx&organisationId=${org.id}`,
      }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/ammunition',
      allowed: may.keepArmoury,
      request: async (org) => ({
        method: 'POST',
        url: `/api/v1/organisations/${org.id}/ammunition`,
        payload: {
          idempotencyKey: `matrix-mx-am-${++serial}`,
          facilityId: (await facilitiesOf(org))?.[0] ?? org.id,
          rounds: 50,
          lotNumber: `L${serial}`,
          calibre: '9mm',
          manufacturer: 'CBC',
          unNumber: '0012',
          neqKgPer1000: '0.3',
        },
      }),
    },
    {
      key: 'GET /api/v1/ammunition-lots/{id}',
      allowed: may.readBook,
      request: async (org) => {
        const l = await lotOf(org);
        return l && { method: 'GET', url: `/api/v1/ammunition-lots/${l.lotId}` };
      },
    },
    {
      key: 'POST /api/v1/ammunition-lots/{id}/consumption',
      allowed: may.keepArmoury,
      request: async (org) => {
        const l = await lotOf(org);
        return (
          l && {
            method: 'POST',
            url: `/api/v1/ammunition-lots/${l.lotId}/consumption`,
            payload: {
              idempotencyKey: `matrix-mx-co-${++serial}`,
              facilityId: l.facilityId,
              rounds: 5,
              reason: 'training',
            },
          }
        );
      },
    },
    {
      key: 'POST /api/v1/ammunition-lots/{id}/returns',
      allowed: may.keepArmoury,
      request: async (org) => {
        const l = await lotOf(org);
        return (
          l && {
            method: 'POST',
            url: `/api/v1/ammunition-lots/${l.lotId}/returns`,
            payload: {
              idempotencyKey: `matrix-mx-re-${++serial}`,
              facilityId: l.facilityId,
              rounds: 5,
              supplier: 'CBC',
            },
          }
        );
      },
    },
    {
      key: 'GET /api/v1/catalogue',
      allowed: anyoneSignedIn,
      request: async () => ({ method: 'GET', url: '/api/v1/catalogue' }),
    },
    ...(['manufacturers', 'calibres', 'models'] as const).map((table): TargetedCase => ({
      key: `POST /api/v1/catalogue/${table}`,
      allowed: (role: Role) => role === 'system-admin',
      request: async () => {
        serial++;
        const name = `Matrix Entry ${serial}`;
        const payload =
          table === 'manufacturers'
            ? { name, countryCode: 'PE' }
            : table === 'calibres'
              ? { name: `${serial}x99 Matrix`, category: 'rifle' }
              : { manufacturerId: 'taurus', name, type: 'pistol' };
        return { method: 'POST' as const, url: `/api/v1/catalogue/${table}`, payload };
      },
    })),
    {
      key: 'GET /api/v1/transfer-recipients',
      allowed: may.readBook,
      request: async (org) => ({
        method: 'GET',
        url: `/api/v1/transfer-recipients?organisationId=${org.id}`,
      }),
    },
    {
      key: 'GET /api/v1/import-templates/{kind}',
      allowed: anyoneSignedIn,
      request: async () => ({ method: 'GET', url: '/api/v1/import-templates/firearms?format=csv' }),
    },
    {
      key: 'POST /api/v1/organisations/{id}/imports',
      allowed: may.manageBook,
      request: async (org) => {
        const body = multipart(
          { kind: 'firearms' },
          { name: 'empty.csv', type: 'text/csv', data: 'serial\n' },
        );
        return { method: 'POST', url: `/api/v1/organisations/${org.id}/imports`, ...body };
      },
    },
    {
      key: 'POST /api/v1/organisations/{id}/book-integrity/verify',
      allowed: startsVerification,
      request: async (org) =>
        (await facilitiesOf(org)) && {
          method: 'POST',
          url: `/api/v1/organisations/${org.id}/book-integrity/verify`,
          payload: {},
        },
    },
    {
      key: 'POST /api/v1/organisations/{id}/photos',
      allowed: may.keepArmoury,
      request: async (org) => {
        const body = multipart({}, { name: 'p.png', type: 'image/png', data: TINY_PNG });
        return { method: 'POST', url: `/api/v1/organisations/${org.id}/photos`, ...body };
      },
    },
    {
      key: 'GET /api/v1/photos/{id}',
      allowed: may.readBook,
      request: async (org) => {
        const id = await photoOf(org);
        return id ? { method: 'GET', url: `/api/v1/photos/${id}` } : null;
      },
    },
    {
      key: 'POST /api/v1/facilities/{id}/photos',
      allowed: may.manageBook,
      request: async (org) => {
        const f = await facilitiesOf(org);
        const id = await photoOf(org);
        if (!f || !id) return null;
        return {
          method: 'POST',
          url: `/api/v1/facilities/${f[0]}/photos`,
          payload: { idempotencyKey: `matrix-mx-fp-${++serial}`, photoId: id },
        };
      },
    },
    {
      key: 'POST /api/v1/ammunition-lots/{id}/corrections',
      allowed: may.manageBook,
      request: async (org) => {
        const l = await lotOf(org);
        return (
          l && {
            method: 'POST',
            url: `/api/v1/ammunition-lots/${l.lotId}/corrections`,
            payload: {
              idempotencyKey: `matrix-mx-cs-${++serial}`,
              correctsEntryId: l.entryId,
              facilityId: l.facilityId,
              roundsDelta: -1,
              reason: 'count',
            },
          }
        );
      },
    },
    {
      key: 'GET /api/v1/assessment-templates/versions/{id}',
      allowed: () => true,
      request: async () => {
        const list = await t.app.inject({
          method: 'GET',
          url: '/api/v1/assessment-templates',
          headers: as(sessions.get('system-admin')!),
        });
        return {
          method: 'GET',
          url: `/api/v1/assessment-templates/versions/${list.json().items[1].latestPublished.id}`,
        };
      },
    },
    {
      key: 'POST /api/v1/assessment-templates/versions/{id}/drafts',
      allowed: (role) => editsTemplates(role),
      request: async () => ({
        method: 'POST',
        url: `/api/v1/assessment-templates/versions/${(await templateDraft()).id}/drafts`,
      }),
    },
    {
      key: 'PUT /api/v1/assessment-templates/versions/{id}',
      allowed: (role) => editsTemplates(role),
      request: async () => {
        const draft = await templateDraft();
        return {
          method: 'PUT',
          url: `/api/v1/assessment-templates/versions/${draft.id}`,
          payload: { content: draft.content },
        };
      },
    },
    {
      key: 'POST /api/v1/assessment-templates/versions/{id}/publication',
      allowed: (role) => editsTemplates(role),
      request: async () => ({
        method: 'POST',
        url: `/api/v1/assessment-templates/versions/${(await templateDraft()).id}/publication`,
      }),
    },
    ...(['voluntary', 'inspection', 'self'] as const).map((kind): TargetedCase => ({
      key: 'POST /api/v1/assessments',
      allowed: (role, rel) =>
        role === 'system-admin' ||
        (kind === 'voluntary' && role === 'assessor') ||
        (kind === 'inspection' && role === 'regulator-officer' && rel === 'licensed') ||
        (kind === 'self' && role === 'psc-manager' && rel === 'own'),
      request: async (org) => {
        const f = await facilitiesOf(org);
        const list = await t.app.inject({
          method: 'GET',
          url: '/api/v1/assessment-templates',
          headers: as(sessions.get('system-admin')!),
        });
        return (
          f && {
            method: 'POST',
            url: '/api/v1/assessments',
            payload: {
              kind,
              facilityId: f[0],
              templateVersionId: list.json().items[0].latestPublished.id,
              plannedOn: '2026-11-21',
              assessors: ['M'],
            },
          }
        );
      },
    })),
    {
      key: 'GET /api/v1/assessments/{id}',
      allowed: readsAssessment,
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted');
        return !id ? null : { method: 'GET', url: `/api/v1/assessments/${id}` };
      },
    },
    {
      key: 'GET /api/v1/assessments/{id}',
      allowed: readsSharedAssessment,
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted', true);
        return !id ? null : { method: 'GET', url: `/api/v1/assessments/${id}` };
      },
    },
    {
      key: 'GET /api/v1/assessments/{id}/comparison',
      allowed: readsSharedAssessment,
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted', true);
        return !id ? null : { method: 'GET', url: `/api/v1/assessments/${id}/comparison` };
      },
    },
    {
      key: 'GET /api/v1/assessments/{id}/report.pdf',
      allowed: readsAssessment,
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted');
        return !id ? null : { method: 'GET', url: `/api/v1/assessments/${id}/report.pdf?lang=en` };
      },
    },
    {
      key: 'GET /api/v1/assessments/{id}/photos/{photoId}',
      allowed: readsAssessment,
      request: async (org) => {
        const id = await assessmentOf(org, 'planned');
        if (!id) return null;
        const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
        const photo = await t.app.inject({
          method: 'POST',
          url: `/api/v1/assessments/${id}/photos?itemId=holdings-record`,
          headers: { ...as(sessions.get('assessor')!), 'content-type': 'image/jpeg' },
          payload: jpeg,
        });
        return { method: 'GET', url: `/api/v1/assessments/${id}/photos/${photo.json().id}` };
      },
    },
    {
      key: 'PUT /api/v1/assessments/{id}/answers',
      allowed: (role) => conductsAssessment(role),
      request: async (org) => {
        const id = await assessmentOf(org, 'planned');
        if (!id) return null;
        return {
          method: 'PUT',
          url: `/api/v1/assessments/${id}/answers`,
          payload: { answers: { 'holdings-record': 'yes' } },
        };
      },
    },
    {
      key: 'POST /api/v1/assessments/{id}/submission',
      allowed: (role) => conductsAssessment(role),
      request: async (org) => {
        const id = await assessmentOf(org, 'planned', false, true);
        return !id ? null : { method: 'POST', url: `/api/v1/assessments/${id}/submission` };
      },
    },
    {
      key: 'POST /api/v1/assessments/{id}/recommendations',
      allowed: (role) => conductsAssessment(role),
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted');
        if (!id) return null;
        return {
          method: 'POST',
          url: `/api/v1/assessments/${id}/recommendations`,
          payload: { clause: 'IATG 09.10 Keys', text: 'Key register' },
        };
      },
    },
    {
      key: 'POST /api/v1/assessments/{id}/corrective-actions',
      allowed: (role, rel) => conductsAssessment(role) || (role === 'psc-manager' && rel === 'own'),
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted');
        if (!id) return null;
        return {
          method: 'POST',
          url: `/api/v1/assessments/${id}/corrective-actions`,
          payload: { description: 'Fix', owner: 'Owner', dueOn: '2026-12-31' },
        };
      },
    },
    {
      key: 'PUT /api/v1/assessments/{id}/corrective-actions/{actionId}',
      allowed: (role, rel) => conductsAssessment(role) || (role === 'psc-manager' && rel === 'own'),
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted');
        if (!id) return null;
        const action = await t.app.inject({
          method: 'POST',
          url: `/api/v1/assessments/${id}/corrective-actions`,
          headers: as(sessions.get('assessor')!),
          payload: { description: 'Fix', owner: 'Owner', dueOn: '2026-12-31' },
        });
        return {
          method: 'PUT',
          url: `/api/v1/assessments/${id}/corrective-actions/${action.json().id}`,
          payload: { status: 'done' },
        };
      },
    },
    {
      key: 'PUT /api/v1/assessments/{id}/sharing',
      allowed: (role, rel) => role === 'system-admin' || (role === 'psc-manager' && rel === 'own'),
      request: async (org) => {
        const id = await assessmentOf(org, 'submitted', false, true);
        if (!id) return null;
        return {
          method: 'PUT',
          url: `/api/v1/assessments/${id}/sharing`,
          payload: { isSharedWithRegulator: true },
        };
      },
    },
    ...traces.targetedCases(),
    ...armoury.targetedCases(),
    ...incidents.targetedCases(),
    ...lostStolen.targetedCases(),
  ];

  // Lists: every item must belong to an organisation the role may see in that list.
  const lists: Array<{
    key: string;
    url: string;
    orgOf: (item: Record<string, unknown>) => string | null;
    allowed: (role: Role, rel: Relation) => boolean;
    deniedStatus?: (role: Role) => number | null;
  }> = [
    ...traces.listCases(),
    ...incidents.listCases(),
    ...lostStolen.listCases(),
    {
      key: 'GET /api/v1/organisations',
      url: '/api/v1/organisations',
      orgOf: (i) => i.id as string,
      allowed: may.readOrganisation,
    },
    {
      key: 'GET /api/v1/users',
      url: '/api/v1/users',
      orgOf: (i) => i.organisationId as string,
      allowed: may.readUsers,
    },
    {
      key: 'GET /api/v1/audit-events',
      url: '/api/v1/audit-events?limit=500',
      orgOf: (i) => i.organisationId as string | null,
      allowed: may.readAudit,
      deniedStatus: (role) => (role === 'system-admin' || role === 'regulator-officer' ? null : 403),
    },
    {
      key: 'GET /api/v1/api-tokens',
      url: '/api/v1/api-tokens',
      orgOf: (i) => i.organisationId as string,
      allowed: may.manageTokens,
    },
    {
      key: 'GET /api/v1/facilities',
      url: '/api/v1/facilities',
      orgOf: (i) => i.organisationId as string,
      allowed: may.readBook,
    },
    {
      key: 'GET /api/v1/hazard/overview',
      url: '/api/v1/hazard/overview',
      orgOf: (i) => i.organisationId as string,
      allowed: may.readBook,
    },
    {
      key: 'GET /api/v1/firearms',
      url: '/api/v1/firearms?limit=500',
      orgOf: (i) => i.organisationId as string,
      allowed: may.readBook,
    },
    {
      key: 'GET /api/v1/ammunition-lots',
      url: '/api/v1/ammunition-lots?limit=500',
      orgOf: (i) => i.organisationId as string,
      allowed: may.readBook,
    },
  ];

  // Endpoints about the caller's own session, with no organisation to choose: each role reaches them.
  const selfScoped = [
    'GET /api/v1/dashboard',
    'GET /api/v1/auth/session',
    'PUT /api/v1/me/language',
    // Assessment lists and views are computed over what the caller may read (assessment.test.ts checks consent).
    'GET /api/v1/assessment-templates',
    'GET /api/v1/assessments',
    'GET /api/v1/assessments/plan-options',
    'GET /api/v1/assessments/programme-overview',
    ...incidents.selfScoped,
  ];
  // A binary body the matrix cannot send; who may upload is tested in tests/api/assessment.test.ts.
  const coveredElsewhere = ['POST /api/v1/assessments/{id}/photos', ...incidents.recipientOnly];
  // An import job is visible to its uploader alone (tests/api/registry-web.test.ts shows another user gets 404).
  const uploaderOnly = [
    'GET /api/v1/imports/{id}',
    'POST /api/v1/imports/{id}/commit',
    'GET /api/v1/imports/{id}/report',
  ];
  // Endpoints before or around sign-in, covered by their own tests (auth.test.ts, administration.test.ts).
  const publicOrSignIn = [
    'GET /api/v1/health',
    'POST /api/v1/auth/sign-in',
    'POST /api/v1/auth/second-factor',
    'POST /api/v1/auth/sign-out',
    'POST /api/v1/auth/totp/enrolment',
    'POST /api/v1/auth/totp/confirmation',
    'GET /api/v1/links',
    'POST /api/v1/links/accept',
  ];

  it('covers every endpoint of the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set([
      ...targeted.map((c) => c.key),
      ...lists.map((l) => l.key),
      ...selfScoped,
      ...uploaderOnly,
      ...publicOrSignIn,
      ...coveredElsewhere,
    ]);
    expect(documented.length).toBeGreaterThanOrEqual(44);
    expect(documented.filter((key) => !covered.has(key))).toEqual([]);
  });

  it('lets each role act on exactly the organisations it may, and leaks nothing otherwise', async () => {
    let cases = 0;
    const failures: string[] = [];
    const denials = new Map<number, number>();
    for (const role of Object.keys(ACCOUNTS) as Role[]) {
      const session = sessions.get(role)!;
      for (const [relation, org] of targetsOf(role)) {
        for (const c of targeted) {
          const request = await c.request(org, session);
          if (!request) continue;
          const before = await counts();
          const response = await t.app.inject({
            ...request,
            headers: { ...as(session), ...request.headers },
          });
          cases++;
          const label = `${role} ${relation} ${org.code} ${c.key} → ${response.statusCode}`;
          if (c.allowed(role, relation, org)) {
            if (response.statusCode >= 300)
              failures.push(`${label} (expected success) ${response.body.slice(0, 120)}`);
          } else {
            // A record the actor may not see answers 404 (its existence is not revealed); a visible one 403.
            const expected = (c.sees ?? seesOf(c.key))(role, relation, org) ? 403 : 404;
            if (response.statusCode !== expected) failures.push(`${label} (expected ${expected})`);
            denials.set(expected, (denials.get(expected) ?? 0) + 1);
            if (Object.keys(response.json() as object).join() !== 'error')
              failures.push(`${label} carried data`);
            if ((await counts()) !== before) failures.push(`${label} wrote something`);
          }
        }
      }
      await loadOrganisations();
      for (const list of lists) {
        const response = await t.app.inject({ method: 'GET', url: list.url, headers: as(session) });
        cases++;
        const denied = list.deniedStatus?.(role) ?? null;
        if (denied !== null) {
          if (response.statusCode !== denied)
            failures.push(`${role} ${list.key} → ${response.statusCode}, expected ${denied}`);
          continue;
        }
        const items = (response.json() as { items?: Array<Record<string, unknown>> }).items;
        if (!items) {
          failures.push(`${role} ${list.key} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          continue;
        }
        // A role that may see its own organisation's records must see some (the list check is not vacuous).
        if (items.length === 0 && list.allowed(role, 'own'))
          failures.push(`${role} ${list.key} returned nothing at all`);
        for (const item of items) {
          const orgId = list.orgOf(item);
          if (orgId === null) {
            if (role !== 'system-admin') failures.push(`${role} ${list.key} saw an event of no organisation`);
            continue;
          }
          if (!list.allowed(role, relationOf(role, orgId)))
            failures.push(`${role} ${list.key} leaked an item of ${orgId}`);
        }
      }
      for (const key of selfScoped) {
        const [method, url] = key.split(' ') as ['GET' | 'PUT', string];
        const response = await t.app.inject({
          method,
          url,
          headers: as(session),
          ...(method === 'PUT' ? { payload: { language: 'es' } } : {}),
        });
        cases++;
        if (response.statusCode !== 200) failures.push(`${role} ${key} → ${response.statusCode}`);
      }
    }
    console.log(
      `authorisation matrix (${dialect}): ${cases} cases — ${Object.keys(ACCOUNTS).length} roles × own/licensed/foreign organisations × ${targeted.length + lists.length + selfScoped.length} endpoints; refusals expected and answered exactly: ${denials.get(404) ?? 0} × 404, ${denials.get(403) ?? 0} × 403`,
    );
    expect(failures).toEqual([]);
    // Over a thousand requests (more with every capability): beyond the default 30 s on PostgreSQL.
  }, 180_000);
});
