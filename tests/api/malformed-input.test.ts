import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { countRows, tablesOf } from '../support/table-counts';
import { createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

// Every endpoint of the OpenAPI document is driven with generated requests. Most are generated from
// the contracts (the OpenAPI schemas) as VALID-shaped requests carrying wrong values — ids of other
// companies' records and unknown ids, values at and past their bounds, records in the wrong state
// (e.g. a weapon returned that was never issued), confusable and control characters, lone
// surrogates, NUL and huge strings — so that they pass the schema and reach the use-cases; the rest
// are malformed (junk bodies, wrong content types, no or forged credentials). Invariants: never a
// 5xx; a failed request writes no row in any table. Audit events and the sign-in throttle are
// excluded from "rows": they are the log of a failed attempt, which must be written.
/** Tables a failed request must write: the log of the attempt. Every other table is counted. */
const WRITTEN_BY_FAILURES = ['audit_event', 'sign_in_throttle'];
const SEED = 20261128;
/** Refusals answered before any use-case runs (besides 400, 401 and 415). */
const BEFORE_USE_CASES = ['CSRF_FAILED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED'];
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS_PER_ENDPOINT ?? 60);

type Schema = Record<string, any>;
interface Endpoint {
  readonly method: string;
  readonly path: string;
  readonly properties: string[];
  readonly queryNames: string[];
  readonly body: Schema | undefined;
  readonly parameters: Array<{ in: string; name: string; required?: boolean; schema: Schema }>;
}

function endpointsOf(doc: { paths: Record<string, Record<string, unknown>> }): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(operations)) {
      const op = raw as {
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
        parameters?: Array<{ in: string; name: string; required?: boolean; schema: Schema }>;
      };
      const schema = op.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        method: method.toUpperCase(),
        path,
        properties: Object.keys(schema?.properties ?? {}),
        queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body: schema,
        parameters: op.parameters ?? [],
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

// Wrong values that a schema lets through: look-alike letters (Cyrillic о, Greek Α), control and
// bidirectional characters, zero-width joiners, a lone surrogate, NUL, markup and SQL, and ordinary
// values for contrast.
const NASTY_TEXT = [
  'Glосk',
  'ΑΝ04701',
  'AN04701',
  '9mm',
  'a\u0007b\u001b[31mc',
  '\u202eevil\u202c',
  'A\u200bB\u200d',
  'x\ud800y',
  '\udc00',
  'A\u0000B',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '  padded  ',
  'Ñandú ção',
];

/** Values of one JSON schema (as the contracts publish it), mostly valid in shape, wrong in meaning. */
function valuesOf(schema: Schema | undefined, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((a) => valuesOf(a, ids, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1)
    return valuesOf(schema.allOf[0], ids, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringsOf(schema, ids);
    case 'integer':
    case 'number': {
      const min =
        (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined) ?? -1e6;
      const max =
        (schema.maximum as number | undefined) ?? (schema.exclusiveMaximum as number | undefined) ?? 1e9;
      const inRange =
        type === 'integer'
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
          : fc.double({ min, max, noNaN: true });
      // The bounds themselves (often a rule's edge: zero rounds, the most a lot holds), and one past them.
      return fc.oneof(
        { weight: 6, arbitrary: inRange },
        { weight: 3, arbitrary: fc.constantFrom(Math.ceil(min), Math.floor(max)) },
        { weight: 1, arbitrary: fc.constantFrom(max + 1, min - 1) },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? 3, 3));
      return fc.array(valuesOf(schema.items as Schema, ids, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const keys = Object.keys(properties);
      if (keys.length === 0) return fc.constant({});
      return fc.record(Object.fromEntries(keys.map((k) => [k, valuesOf(properties[k], ids, depth + 1)])), {
        requiredKeys: keys.filter((k) => required.has(k) || k === 'idempotencyKey'),
      });
    }
    default:
      return fc.constant(null);
  }
}

function stringsOf(schema: Schema, ids: readonly string[]): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? 100_000;
  const fit = (v: string) => (v.length < minLength ? v.padEnd(minLength, 'x') : v.slice(0, maxLength));
  switch (schema.format) {
    case 'uuid':
      // Another company's record, a record of another kind, or an id nothing has.
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() });
    case 'date':
      return fc.constantFrom(
        '2026-11-28',
        '2026-11-29',
        '1900-01-01',
        '2099-12-31',
        '2026-02-28',
        '2025-01-01',
      );
    case 'date-time':
      return fc.constantFrom(
        '2026-11-28T10:00:00.000Z',
        '1970-01-01T00:00:00.000Z',
        '2099-12-31T23:59:59.999Z',
      );
    case 'email':
      return fc.constantFrom('gerente@andina.example', 'new.person@andina.example', 'x@y.example');
    case 'uri':
      return fc.constantFrom('https://example.org/hook', 'http://127.0.0.1:1/', 'https://169.254.169.254/');
  }
  if (typeof schema.pattern === 'string') {
    // Idempotency keys and codes: a fresh valid value, or one already used.
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .map(fit)
      .filter((v) => new RegExp(schema.pattern).test(v));
  }
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_TEXT).map(fit) },
    { weight: 2, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, 30) }) },
    // A huge string, as long as the contract allows (and at most a few hundred kB).
    {
      weight: 1,
      arbitrary: fc.constantFrom('é', 'A', '\u0000').map((c) => c.repeat(Math.min(maxLength, 200_000))),
    },
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

    // Ids of every kind of record, of every organisation (one company's, another's, a regulator's…).
    const ids = [...realIds];
    const db = t.ctx.database.db as unknown as Kysely<Record<string, { id: string }>>;
    for (const table of await t.ctx.database.db.introspection.getTables()) {
      if (table.isView || !table.columns.some((c) => c.name === 'id')) continue;
      const rows = await db.selectFrom(table.name).select('id').limit(4).execute();
      for (const row of rows)
        if (typeof row.id === 'string' && /^[0-9a-f-]{36}$/i.test(row.id)) ids.push(row.id);
    }
    // Not the two signed-in accounts themselves: a generated deactivation or password reset of them
    // would sign them out and leave every later case to answer 401.
    for (const own of [admin.userId, manager.userId])
      while (ids.includes(own)) ids.splice(ids.indexOf(own), 1);
    expect(ids.length).toBeGreaterThan(40);
    let lastWrite = '';
    let reached = 0;

    for (const endpoint of endpoints) {
      // A request valid in shape, generated from the endpoint's contract, with wrong values in it.
      const pathNames = endpoint.parameters.filter((p) => p.in === 'path');
      const queryParameters = endpoint.parameters.filter((p) => p.in === 'query');
      const wellShaped = fc.record({
        shape: fc.constant('valid' as const),
        path: fc.tuple(...pathNames.map((p) => valuesOf(p.schema, ids).map(String))),
        query: fc.tuple(
          ...queryParameters.map((p) => fc.option(valuesOf(p.schema, ids).map(String), { nil: undefined })),
        ),
        body: valuesOf(endpoint.body, ids),
        auth: fc.constantFrom(
          'manager',
          'manager',
          'manager',
          'session',
          'session',
          'session-no-csrf',
          'none',
        ),
      });
      const malformed = fc.record({
        shape: fc.constant('malformed' as const),
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
      const arbitrary = fc.oneof({ weight: 4, arbitrary: wellShaped }, { weight: 1, arbitrary: malformed });
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          let i = 0;
          const headers: Record<string, string> = {};
          let url: string;
          let query: Record<string, string>;
          let payload: string | undefined;
          if (c.shape === 'valid') {
            url = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(c.path[i++]!));
            query = {};
            queryParameters.forEach((p, n) => {
              if (c.query[n] !== undefined) query[p.name] = c.query[n]!;
            });
            if (endpoint.body) {
              headers['content-type'] = 'application/json';
              payload = JSON.stringify(c.body);
            }
          } else {
            url = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(c.params[i++]!));
            query = c.query;
            if (c.contentType) headers['content-type'] = c.contentType;
            if (c.body.kind === 'json') payload = JSON.stringify(c.body.value);
            if (c.body.kind === 'raw') payload = c.body.value;
          }
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
            query,
            headers,
          };
          if (payload !== undefined) options.payload = payload;

          const before = counts;
          const response = await t.app.inject(options);
          sent++;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const code =
            response.statusCode >= 400
              ? (response.json() as { error?: { code?: unknown } }).error?.code
              : undefined;
          // Reached the use-cases: past the schema, the media type and the credentials checks.
          if (![400, 401, 415].includes(response.statusCode) && !BEFORE_USE_CASES.includes(String(code)))
            reached++;
          if (response.statusCode >= 500)
            throw new Error(`${endpoint.method} ${url} answered ${response.statusCode}: ${response.body}`);
          if (response.statusCode >= 400) {
            if (typeof code === 'string') errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
            if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) {
              throw new Error(
                `${endpoint.method} ${url} answered ${response.statusCode} without an error code: ${response.body.slice(0, 300)}`,
              );
            }
            counts = await rowCounts();
            expect(counts).toEqual(before);
          } else counts = await rowCounts();
          if (response.statusCode < 300) lastWrite = `${endpoint.method} ${url}`;
          // A session signed out by an earlier generated request (sign-out, a changed setting): sign in again.
          if (response.statusCode === 401 && (c.auth === 'manager' || c.auth === 'session')) {
            if (process.env.FUZZ_DEBUG) console.log(`signed out after ${lastWrite}`);
            admin = await signIn(t.app, 'admin@custodia.example');
            manager = await signIn(t.app, 'gerente@andina.example');
            counts = await rowCounts();
          }
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
    const share = Math.round((reached / sent) * 1000) / 10;
    console.log(
      `malformed-input (${dialect}): sent ${sent} cases to ${endpoints.length} endpoints, seed ${SEED}; rows counted in ${tables.length} tables; ${reached} (${share} %) reached the use-cases; statuses ${summary}; error codes ${codes}`,
    );
    expect(sent).toBe(endpoints.length * RUNS_PER_ENDPOINT);
    // At least a third of the cases get past the schemas and the credentials to the rules behind them.
    expect(reached / sent).toBeGreaterThanOrEqual(1 / 3);
  });
});
