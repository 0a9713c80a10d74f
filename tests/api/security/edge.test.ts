import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, redactUrl } from '../../../src/server/app';
import { contentDisposition } from '../../../src/server/content-disposition';
import { withoutServerPaths } from '../../../src/use-cases/without-server-paths';
import { TEST_DIALECTS } from '../../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../../support/test-app';

/* Issue #15 item 9: the smaller faults the probe found at the edge. */
describe.each(TEST_DIALECTS)('the edge refuses what cannot be stored (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
  });
  afterAll(async () => t.close());

  const tokenCount = async () =>
    Number(
      (
        await t.ctx.database.db
          .selectFrom('api_token')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const raw = (payload: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: { ...as(manager), 'content-type': 'application/json' },
      payload,
    });

  it('answers 400 (not 500) for a lone surrogate or a NUL in any JSON text, and writes nothing', async () => {
    const before = await tokenCount();
    const org = manager.organisationId;
    for (const [payload, path] of [
      [`{"organisationId":"${org}","name":"Int\\ud800egración","roles":["psc-manager"]}`, 'name'],
      [`{"organisationId":"${org}","name":"Inte\\udfffgración","roles":["psc-manager"]}`, 'name'],
      [`{"organisationId":"${org}","name":"Inte\\u0000gración","roles":["psc-manager"]}`, 'name'],
      [`{"organisationId":"${org}","name":"Integración","roles":["psc-manager"],"x\\ud800":1}`, 'x\ud800'],
      [`{"organisationId":"${org}","name":"Integración","roles":["psc-manager\\u0000"]}`, 'roles.0'],
    ] as const) {
      const response = await raw(payload);
      expect([payload, response.statusCode]).toEqual([payload, 400]);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.details.fields[0].path).toBe(path);
    }
    expect(await tokenCount()).toBe(before);
    // A well-formed pair (an emoji) is fine.
    const ok = await raw(
      `{"organisationId":"${org}","name":"Integración \\ud83d\\ude42","roles":["psc-manager"]}`,
    );
    expect(ok.statusCode).toBe(201);
  });

  it('marks every API answer no-store (JSON, and the error answers too)', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: as(manager) });
    expect(list.headers['cache-control']).toBe('no-store');
    const denied = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens' });
    expect(denied.headers['cache-control']).toBe('no-store');
  });

  it('answers an assessment of an unknown facility exactly like one of another company (no oracle)', async () => {
    const versionId = randomUUID();
    const plan = (facilityId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/assessments',
        headers: as(manager),
        payload: {
          facilityId,
          templateVersionId: versionId,
          kind: 'voluntary',
          plannedOn: '2026-12-10',
          assessors: ['Ana'],
        },
      });
    const other = await signIn(t.app, 'gerente@pacifico.example');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: as(other),
      payload: {
        idempotencyKey: `edge-${Date.now()}`,
        organisationId: other.organisationId,
        code: 'ARM-E1',
        name: 'Armería E1',
        kind: 'combined',
        maxNeqKg: '50',
      },
    });
    const foreignFacility = made.json().entry.payload.facilityId as string;
    const foreign = await plan(foreignFacility);
    const unknown = await plan(randomUUID());
    expect(unknown.statusCode).toBe(foreign.statusCode);
    expect(unknown.json().error).toEqual(foreign.json().error);
  });
});

describe('file names in Content-Disposition (RFC 6266 / 5987)', () => {
  it('keeps a Cyrillic serial with a line break from breaking the receipt answer', async () => {
    const name = 'entrega-АВС\r\n123-2026-11-28.pdf';
    const app = Fastify();
    app.get('/old', async (_request, reply) =>
      reply.header('content-disposition', `inline; filename="${name}"`).send('pdf'),
    );
    app.get('/new', async (_request, reply) =>
      reply.header('content-disposition', contentDisposition('inline', name)).send('pdf'),
    );
    // The original fault: the raw name makes the header invalid and the answer a 500.
    expect((await app.inject({ method: 'GET', url: '/old' })).statusCode).toBe(500);
    const fixed = await app.inject({ method: 'GET', url: '/new' });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.headers['content-disposition']).toBe(
      `inline; filename="entrega-____123-2026-11-28.pdf"; filename*=UTF-8''entrega-%D0%90%D0%92%D0%A1_123-2026-11-28.pdf`,
    );
    await app.close();
  });

  it('is the only way a route sets the header', () => {
    const dir = join(__dirname, '../../../src/server/routes');
    const raw = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /'content-disposition',\s*`/.test(readFileSync(join(dir, f), 'utf8')));
    expect(raw).toEqual([]);
  });
});

describe('secrets and server paths stay out of logs and answers', () => {
  it('redacts one-time link tokens and other secrets from the request log', async () => {
    const lines: string[] = [];
    const t = await createTestApp('sqlite', { seed: false });
    const app = await buildApp({
      ctx: t.ctx,
      logger: { level: 'info' },
      logStream: { write: (line: string) => void lines.push(line) },
      newRequestId: randomUUID,
    });
    await app.inject({ method: 'GET', url: '/api/v1/links?token=SECRET-INVITATION-TOKEN&lang=es' });
    await app.close();
    await t.close();
    const log = lines.join('');
    expect(log).toContain('/api/v1/links?token=[REDACTED]&lang=es');
    expect(log).not.toContain('SECRET-INVITATION-TOKEN');
    expect(redactUrl('/set-password?token=abc&x=1')).toBe('/set-password?token=[REDACTED]&x=1');
    expect(redactUrl('/api/v1/firearms?serial=ABC')).toBe('/api/v1/firearms?serial=ABC');
  });

  it('takes server paths out of import error messages', () => {
    const message = "ENOENT: no such file or directory, open '/tmp/custodia-upload-0193.xlsx'";
    expect(withoutServerPaths(message, ['/tmp/custodia-upload-0193.xlsx'])).toBe(
      "ENOENT: no such file or directory, open '(file)'",
    );
    expect(withoutServerPaths('bad zip in /var/lib/custodia/tmp/x.xlsx at row 3')).toBe(
      'bad zip in (file) at row 3',
    );
  });
});

describe.each(TEST_DIALECTS)('the session cookie under https (%s)', (dialect) => {
  it('carries the __Host- prefix, Secure and Path=/, and is the one read back', async () => {
    const t = await createTestApp(dialect);
    const app = await buildApp({ ctx: t.ctx, logger: false, secureCookies: true, newRequestId: randomUUID });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'gerente@andina.example', password: 'Custodia-Demo-2026' },
      });
      const cookie = response.cookies.find((c) => c.name === '__Host-custodia_session');
      expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true });
      expect(cookie?.domain).toBeUndefined();
      const session = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { cookie: `__Host-custodia_session=${cookie!.value}` },
      });
      expect(session.statusCode).toBe(200);
      // The unprefixed name is not honoured under https (it could be planted by a sibling subdomain).
      const planted = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { cookie: `custodia_session=${cookie!.value}` },
      });
      expect(planted.statusCode).toBe(401);
    } finally {
      await app.close();
      await t.close();
    }
  });
});
