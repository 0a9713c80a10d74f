import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { countRows, tablesOf } from '../support/table-counts';
import { createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

// Every endpoint of the OpenAPI document is driven with generated malformed bodies, parameters and
// headers. Invariants: never a 5xx; a failed request writes no row. Audit events and the sign-in
// throttle are excluded from "rows": they are the log of a failed attempt, which must be written.
/** Tables a failed request must write: the log of the attempt. Every other table is counted. */
const WRITTEN_BY_FAILURES = ['audit_event', 'sign_in_throttle'];
const SEED = 20261128;
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS_PER_ENDPOINT ?? 300);

interface Endpoint {
  readonly method: string;
  readonly path: string;
  readonly properties: string[];
  readonly queryNames: string[];
}

function endpointsOf(doc: { paths: Record<string, Record<string, unknown>> }): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(operations)) {
      const op = raw as {
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
        parameters?: Array<{ in: string; name: string }>;
      };
      const schema = op.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        method: method.toUpperCase(),
        path,
        properties: Object.keys(schema?.properties ?? {}),
        queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return endpoints;
}

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>',
    '\u0000',
    'x'.repeat(5000),
  ),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

function bodyFor(endpoint: Endpoint) {
  const keyed =
    endpoint.properties.length > 0
      ? fc.dictionary(fc.constantFrom(...endpoint.properties), junk, { maxKeys: endpoint.properties.length })
      : fc.dictionary(fc.string({ maxLength: 6 }), junk, { maxKeys: 3 });
  return fc.oneof(
    keyed.map((value) => ({ kind: 'json' as const, value })),
    fc.jsonValue().map((value) => ({ kind: 'json' as const, value })),
    fc
      .constantFrom('{', '{"a":', 'null', '[]', '"text"', '{"email":"x@y.z","password":}', '\u0000\u0001')
      .map((value) => ({ kind: 'raw' as const, value })),
    fc.constant({ kind: 'none' as const, value: undefined }),
  );
}

const garbageParam = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('0', '-1', '%00', 'null', 'undefined', 'a'.repeat(300)),
);

describe.each(TEST_DIALECTS)('malformed input on every endpoint (%s)', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let manager: SignedIn;
  const realIds: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await signIn(t.app, 'admin@custodia.example');
    manager = await signIn(t.app, 'gerente@andina.example');
    // Real ids, so generated requests also reach the rules behind the schemas, not only the schemas.
    const facility = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken },
      payload: {
        idempotencyKey: 'fuzz-facility-1',
        organisationId: manager.organisationId,
        code: 'FZ-1',
        name: 'Fuzz',
        kind: 'combined',
      },
    });
    const facilityId = facility.json().entry.payload.facilityId as string;
    const firearm = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${manager.organisationId}/firearms`,
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken },
      payload: {
        idempotencyKey: 'fuzz-firearm-1',
        facilityId,
        source: { kind: 'supplier', name: 'X' },
        type: 'pistol',
        manufacturer: 'Glock',
        model: '17',
        calibre: '9mm',
        serial: 'FZ001',
        countryOfManufacture: 'AT',
      },
    });
    realIds.push(
      manager.organisationId,
      facilityId,
      firearm.json().entry.payload.firearmId as string,
      firearm.json().entry.id as string,
    );
  });
  afterAll(async () => t.close());

  it('never answers 5xx and never writes a row for a failed request', { timeout: 600_000 }, async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const endpoints = endpointsOf(doc).filter((e) => e.path.startsWith('/api/v1/'));
    expect(endpoints.length).toBeGreaterThanOrEqual(20);
    let sent = 0;
    const statuses = new Map<number, number>();
    const errorCodes = new Map<string, number>();
    const tables = await tablesOf(t.ctx.database, WRITTEN_BY_FAILURES);
    const rowCounts = () => countRows(t.ctx.database, tables);
    // The counts after one case are those before the next (nothing else writes in between).
    let counts = await rowCounts();

    for (const endpoint of endpoints) {
      const arbitrary = fc.record({
        params: fc.array(fc.oneof(garbageParam, fc.constantFrom(...realIds)), { minLength: 3, maxLength: 3 }),
        query: fc.dictionary(
          fc.constantFrom(...endpoint.queryNames, 'zz', 'limit'),
          junk.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
          { maxKeys: 4 },
        ),
        body: bodyFor(endpoint),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          undefined,
        ),
        auth: fc.constantFrom(
          'session',
          'manager',
          'manager',
          'session-no-csrf',
          'none',
          'bad-bearer',
          'bad-cookie',
        ),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          let i = 0;
          const url = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(c.params[i++]!));
          const headers: Record<string, string> = {};
          if (c.contentType) headers['content-type'] = c.contentType;
          if (c.auth === 'session' || c.auth === 'session-no-csrf') headers.cookie = admin.cookie;
          if (c.auth === 'session') headers['x-csrf-token'] = admin.csrfToken;
          if (c.auth === 'manager') {
            headers.cookie = manager.cookie;
            headers['x-csrf-token'] = manager.csrfToken;
          }
          if (c.auth === 'bad-bearer') headers.authorization = 'Bearer cst_not-a-token';
          if (c.auth === 'bad-cookie') headers.cookie = 'custodia_session=forged';
          const options: InjectOptions = {
            method: endpoint.method as InjectOptions['method'],
            url,
            query: c.query,
            headers,
          };
          if (c.body.kind === 'json') options.payload = JSON.stringify(c.body.value);
          if (c.body.kind === 'raw') options.payload = c.body.value;

          const before = counts;
          const response = await t.app.inject(options);
          sent++;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode >= 500)
            throw new Error(`${endpoint.method} ${url} answered ${response.statusCode}: ${response.body}`);
          if (response.statusCode >= 400) {
            const code = (response.json() as { error?: { code?: unknown } }).error?.code;
            if (typeof code === 'string') errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
            if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) {
              throw new Error(
                `${endpoint.method} ${url} answered ${response.statusCode} without an error code: ${response.body.slice(0, 300)}`,
              );
            }
            counts = await rowCounts();
            expect(counts).toEqual(before);
          } else counts = await rowCounts();
          // A generated request that happened to sign the admin out: sign in again for the next cases.
          if (response.statusCode === 200 && endpoint.path.endsWith('/auth/sign-out')) {
            if (headers.cookie === admin.cookie) admin = await signIn(t.app, 'admin@custodia.example');
            if (headers.cookie === manager.cookie) manager = await signIn(t.app, 'gerente@andina.example');
            counts = await rowCounts();
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
      );
    }
    const summary = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    const codes = [...errorCodes.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([c, n]) => `${c}:${n}`)
      .join(' ');
    console.log(
      `malformed-input (${dialect}): sent ${sent} cases to ${endpoints.length} endpoints, seed ${SEED}; rows counted in ${tables.length} tables; statuses ${summary}; error codes ${codes}`,
    );
    expect(sent).toBe(endpoints.length * RUNS_PER_ENDPOINT);
  });
});
