import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, sessionCookieOf, signIn, type TestApp } from '../support/test-app';

describe.each(TEST_DIALECTS)('signing in (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const signInWith = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

  it('opens a session in an HttpOnly SameSite cookie and returns the user with a CSRF token', async () => {
    const response = await signInWith('gerente@andina.example', 'Custodia-Demo-2026');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'custodia_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = response.json();
    expect(body.stage).toBe('active');
    expect(body.user.roles).toEqual(['psc-manager']);
    expect(body.user.organisation.code).toBe('PSC-ANDINA');
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const unknown = await signInWith('nadie@custodia.example', 'whatever-password-1');
    const wrong = await signInWith('armero@andina.example', 'whatever-password-1');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an address after five failures, even the right password, and records the lockout', async () => {
    const email = 'gerente@callao.example';
    for (let i = 0; i < 4; i++)
      expect((await signInWith(email, `wrong-password-${i}-x`)).statusCode).toBe(401);
    const fifth = await signInWith(email, 'wrong-password-5-x');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('SIGN_IN_LOCKED');
    expect(fifth.headers['retry-after']).toBe('900');
    expect((await signInWith(email, 'Custodia-Demo-2026')).statusCode).toBe(429);
    // Unknown addresses lock the same way, so lockout does not reveal which accounts exist.
    for (let i = 0; i < 5; i++) await signInWith('ghost@custodia.example', `wrong-password-${i}-x`);
    expect((await signInWith('ghost@custodia.example', 'wrong-password-9-x')).statusCode).toBe(429);

    t.clock.advanceMinutes(16);
    expect((await signInWith(email, 'Custodia-Demo-2026')).statusCode).toBe(200);

    const admin = await signIn(t.app, 'admin@custodia.example');
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?type=sign-in-locked',
      headers: as(admin),
    });
    const locked = audit.json().items.map((e: { details: { email: string } }) => e.details.email);
    expect(locked).toContain(email);
    expect(locked).toContain('ghost@custodia.example');
  });

  it('refuses a write without the CSRF token, and accepts it with the token', async () => {
    const session = await signIn(t.app, 'admin@custodia.example');
    const without = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: { cookie: session.cookie },
      payload: { language: 'en' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    const withToken = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: as(session),
      payload: { language: 'en' },
    });
    expect(withToken.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
    expect(me.json().user.language).toBe('en');
  });

  it('ends a session after the idle time, with 401 SESSION_EXPIRED', async () => {
    const session = await signIn(t.app, 'programa@custodia.example');
    t.clock.advanceMinutes(29);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(session) })).statusCode,
    ).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(session) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('signs out: the cookie stops working and the audit log says so', async () => {
    const session = await signIn(t.app, 'evaluador@custodia.example');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: as(session) })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: as(session) })).statusCode,
    ).toBe(401);
  });

  it('enrols a TOTP second factor, then asks for it at the next sign-in', async () => {
    const session = await signIn(t.app, 'policia@custodia.example');
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment',
      headers: as(session),
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, qrCodeDataUrl } = enrol.json();
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const epoch = Math.floor(t.clock.now().getTime() / 1000);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirmation',
      headers: as(session),
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(401);
    const code = await generate({ secret, epoch });
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirmation',
      headers: as(session),
      payload: { code },
    });
    expect(confirm.statusCode).toBe(200);

    // The code used to confirm is spent (each code works once): sign in at the next time step.
    t.clock.advanceMinutes(1);
    const next = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'policia@custodia.example', password: 'Custodia-Demo-2026' },
    });
    expect(next.json().stage).toBe('second-factor');
    const pending = { cookie: sessionCookieOf(next), 'x-csrf-token': next.json().csrfToken };
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: pending });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('SECOND_FACTOR_PENDING');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/second-factor',
      headers: pending,
      payload: { code: await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) }) },
    });
    expect(second.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: pending })).statusCode,
    ).toBe(200);
  });

  it('makes staff enrol a second factor when their organisation requires it', async () => {
    const manager = await signIn(t.app, 'gerente@pacifico.example');
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${manager.organisationId}/settings`,
      headers: as(manager),
      payload: { requiresTotp: true },
    });
    expect(set.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'gerente@pacifico.example', password: 'Custodia-Demo-2026' },
    });
    expect(again.json().stage).toBe('totp-enrolment');
    const pending = { cookie: sessionCookieOf(again), 'x-csrf-token': again.json().csrfToken };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: pending })).statusCode).toBe(
      401,
    );
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment',
      headers: pending,
    });
    const code = await generate({
      secret: enrol.json().secret,
      epoch: Math.floor(t.clock.now().getTime() / 1000),
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/totp/confirmation',
          headers: pending,
          payload: { code },
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: pending })).statusCode).toBe(
      200,
    );
  });

  it('answers an anonymous request to a protected route with 401 before reading its body', async () => {
    const invalidBody = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      payload: { language: 'klingon', extra: 'x'.repeat(1000) },
    });
    expect(invalidBody.statusCode).toBe(401);
    expect(invalidBody.json().error.code).toBe('UNAUTHENTICATED');
    expect(invalidBody.json().error.details).toBeUndefined();
    const notJson = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: { 'content-type': 'text/plain' },
      payload: 'not json at all',
    });
    expect(notJson.statusCode).toBe(401);
    // The same invalid body from someone signed in is validated, with the field named.
    const session = await signIn(t.app, 'admin@custodia.example');
    const validated = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: as(session),
      payload: { language: 'klingon' },
    });
    expect(validated.statusCode).toBe(400);
    expect(validated.json().error.details.fields[0].path).toBe('language');
  });
});
