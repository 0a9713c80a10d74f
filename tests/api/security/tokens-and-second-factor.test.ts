import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../support/test-database';
import {
  as,
  createTestApp,
  sessionCookieOf,
  signIn,
  type SignedIn,
  type TestApp,
} from '../../support/test-app';

/*
 * Issue #15 items 2, 3 and 10: each test replays what the outside probe did and checks it now does
 * no harm.
 */
describe.each(TEST_DIALECTS)('API tokens belong to their creator (%s)', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await signIn(t.app, 'admin@custodia.example');
  });
  afterAll(async () => t.close());

  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const newUser = (organisationId: string, n: string) => ({
    organisationId,
    email: `persona-${n}@andina.example`,
    displayName: `Persona ${n}`,
    roles: ['psc-armourer'],
  });

  it('stops acting as a manager once its creator is demoted, and stops altogether once deactivated', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: as(manager),
      payload: { organisationId: manager.organisationId, name: 'Integración', roles: ['psc-manager'] },
    });
    expect(made.statusCode).toBe(201);
    const { secret, token } = made.json();
    expect(token.createdBy).toEqual({ id: manager.userId, name: expect.any(String) });
    expect(Date.parse(token.expiresAt) - Date.parse(token.createdAt)).toBe(90 * 86_400_000);

    // Before: the token creates users (the probe's first step).
    const before = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(secret),
      payload: newUser(manager.organisationId, 'a'),
    });
    expect(before.statusCode).toBe(201);

    // The attack: the creator is demoted to armourer, the token keeps minting and inviting.
    const demote = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${manager.userId}/roles`,
      headers: as(admin),
      payload: { roles: ['psc-armourer'] },
    });
    expect(demote.statusCode).toBe(200);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(secret),
      payload: newUser(manager.organisationId, 'b'),
    });
    expect(invite.statusCode).toBe(401);
    expect(invite.json().error.details).toEqual({ reason: 'no-roles' });
    const mint = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: bearer(secret),
      payload: { organisationId: manager.organisationId, name: 'Otra', roles: ['psc-manager'] },
    });
    expect(mint.statusCode).toBe(401);

    // Promoted again it works again; deactivated it stops for good.
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${manager.userId}/roles`,
      headers: as(admin),
      payload: { roles: ['psc-manager'] },
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(secret) })).statusCode,
    ).toBe(200);
    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${manager.userId}/deactivation`,
      headers: as(admin),
    });
    expect(off.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(secret),
      payload: newUser(manager.organisationId, 'c'),
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.details).toEqual({ reason: 'creator-gone' });
    // Nothing was written by the refused calls.
    const users = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) })).json();
    const emails = (users.items as Array<{ email: string }>).map((u) => u.email);
    expect(emails).toContain('persona-a@andina.example');
    expect(emails).not.toContain('persona-b@andina.example');
    expect(emails).not.toContain('persona-c@andina.example');
  });

  it('never mints a token with more than it has, nor one that outlives it', async () => {
    const manager = await signIn(t.app, 'gerente@callao.example');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: as(manager),
      payload: {
        organisationId: manager.organisationId,
        name: 'Corta',
        roles: ['psc-manager'],
        validDays: 10,
      },
    });
    expect(made.statusCode).toBe(201);
    const parent = made.json();
    const wider = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: bearer(parent.secret),
      payload: {
        organisationId: manager.organisationId,
        name: 'Más amplia',
        roles: ['psc-manager', 'psc-armourer'],
      },
    });
    expect(wider.statusCode).toBe(400);
    expect(wider.json().error.code).toBe('ROLE_NOT_ALLOWED');
    const child = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: bearer(parent.secret),
      payload: { organisationId: manager.organisationId, name: 'Hija', roles: ['psc-manager'] },
    });
    expect(child.statusCode).toBe(201);
    expect(child.json().token.createdBy.id).toBe(manager.userId);
    expect(child.json().token.expiresAt).toBe(parent.token.expiresAt);
    const tooLong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: as(manager),
      payload: {
        organisationId: manager.organisationId,
        name: 'Eterna',
        roles: ['psc-manager'],
        validDays: 400,
      },
    });
    expect(tooLong.statusCode).toBe(400);

    // The list shows creator, roles, created, last used and expiry.
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: as(manager) });
    const listed = (list.json().items as Array<Record<string, unknown>>).find(
      (x) => x.id === parent.token.id,
    )!;
    expect(listed).toMatchObject({
      roles: ['psc-manager'],
      createdBy: { id: manager.userId },
      createdAt: parent.token.createdAt,
      expiresAt: parent.token.expiresAt,
    });
    expect(listed.lastUsedAt).not.toBeNull();

    // After its expiry the token (and its child) no longer work.
    t.clock.advanceMinutes(10 * 24 * 60 + 1);
    const late = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(parent.secret) });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.details).toEqual({ reason: 'expired' });
    const lateChild = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: bearer(child.json().secret),
    });
    expect(lateChild.statusCode).toBe(401);
  });
});

describe.each(TEST_DIALECTS)('second factor: replay, guessing, mandatory enrolment (%s)', (dialect) => {
  let t: TestApp;
  let secret: string;
  const email = 'policia@custodia.example';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const session = await signIn(t.app, email);
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment',
      headers: as(session),
    });
    secret = enrol.json().secret;
    const code = await generate({ secret, epoch: epoch() });
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirmation',
      headers: as(session),
      payload: { code },
    });
    expect(confirm.statusCode).toBe(200);
    t.clock.advanceMinutes(1);
  });
  afterAll(async () => t.close());

  function epoch() {
    return Math.floor(t.clock.now().getTime() / 1000);
  }
  async function halfSignedIn(remoteAddress = '127.0.0.1') {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: 'Custodia-Demo-2026' },
      remoteAddress,
    });
    expect(response.json().stage).toBe('second-factor');
    return { cookie: sessionCookieOf(response), 'x-csrf-token': response.json().csrfToken as string };
  }
  const second = (headers: Record<string, string>, code: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/second-factor',
      headers,
      payload: { code },
      remoteAddress,
    });

  it('accepts a code once: the same code in a second sign-in is refused', async () => {
    const code = await generate({ secret, epoch: epoch() });
    expect((await second(await halfSignedIn(), code)).statusCode).toBe(200);
    const replay = await second(await halfSignedIn(), code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('INVALID_SECOND_FACTOR');
    // The next time step's code works.
    t.clock.advanceMinutes(1);
    expect((await second(await halfSignedIn(), await generate({ secret, epoch: epoch() }))).statusCode).toBe(
      200,
    );
  });

  it('ends the half-signed-in session after five wrong codes, even from many addresses', async () => {
    t.clock.advanceMinutes(1);
    const pending = await halfSignedIn();
    const right = await generate({ secret, epoch: epoch() });
    const wrong = right === '000000' ? '111111' : '000000';
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await second(pending, wrong, `203.0.113.${i + 1}`)).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 401]);
    const after = await second(pending, right, '203.0.113.99');
    expect(after.statusCode).toBe(401);
    expect(['UNAUTHENTICATED', 'SECOND_FACTOR_LOCKED']).toContain(after.json().error.code);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: pending })).statusCode,
    ).toBe(401);
  });

  it('counts wrong codes per account across sessions: the next attempts wait, and the holder is told', async () => {
    // Sixty wrong codes spread over fresh sessions and addresses (the probe's pattern).
    let throttled = 0;
    for (let i = 0; i < 12; i++) {
      const pending = await halfSignedIn(`198.51.100.${i + 1}`);
      const response = await second(pending, '000001', `198.51.100.${i + 1}`);
      if (response.statusCode === 429) throttled++;
    }
    expect(throttled).toBeGreaterThan(0);
    expect(t.logged.some((l) => (l.obj as { notice?: string }).notice === 'account-throttled')).toBe(true);
    // The right code, during the wait, is not even checked; after the wait (at most a minute) it works.
    t.clock.advanceMinutes(2);
    const pending = await halfSignedIn();
    expect((await second(pending, await generate({ secret, epoch: epoch() }))).statusCode).toBe(200);
  });

  it('makes a session begun before the second factor became mandatory enrol at its next request', async () => {
    const manager = await signIn(t.app, 'gerente@pacifico.example');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(manager) })).statusCode,
    ).toBe(200);
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${manager.organisationId}/settings`,
      headers: as(manager),
      payload: { requiresTotp: true },
    });
    expect(set.statusCode).toBe(200);
    {
      const session = manager;
      const next = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(session) });
      expect(next.statusCode).toBe(401);
      expect(next.json().error).toMatchObject({
        code: 'SECOND_FACTOR_PENDING',
        details: { stage: 'totp-enrolment' },
      });
      const state = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
      expect(state.json().stage).toBe('totp-enrolment');
    }
  });
});

describe.each(TEST_DIALECTS)('abuse limits: nobody can lock the holder out (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const attempt = (password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'admin@custodia.example', password },
      remoteAddress,
    });

  it('locks only the attacker’s address; the administrator signs in from elsewhere within a minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt(`wrong-password-${i}-x`, '192.0.2.66')).statusCode);
    expect(codes.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(codes[4]).toBe(429);
    // The attacker's address stays locked for the full period...
    t.clock.advanceMinutes(2);
    expect((await attempt('Custodia-Demo-2026', '192.0.2.66')).statusCode).toBe(429);
    // ...but the holder, from their own address, is at most slowed down, never locked out.
    const holder = await attempt('Custodia-Demo-2026', '10.20.30.40');
    expect(holder.statusCode).toBe(200);
    // The holder was told that someone tried (audit event on their account, a log line for the mail).
    const notices = t.logged.filter((l) => (l.obj as { notice?: string }).notice === 'account-throttled');
    expect(notices).toHaveLength(1);
  });

  it('slows many addresses guessing one account with growing waits, capped at a minute', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await attempt(`guess-${i}-password`, `192.0.2.${100 + i}`);
      if (response.statusCode === 429) waits.push(Number(response.headers['retry-after']));
      t.clock.advanceMinutes(1 / 60 / 2);
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(60);
    t.clock.advanceMinutes(1.1);
    expect((await attempt('Custodia-Demo-2026', '10.20.30.40')).statusCode).toBe(200);
  });
});
