import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

describe.each(TEST_DIALECTS)('administration of organisations and users (%s)', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  let regulator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await signIn(t.app, 'admin@custodia.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
  });
  afterAll(async () => t.close());

  const get = (session: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });
  const post = (session: SignedIn, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: as(session), ...(payload ? { payload } : {}) });

  it('lets a regulator license a new PSC of its own country, and no other', async () => {
    const created = await post(regulator, '/api/v1/organisations', {
      kind: 'psc',
      code: 'PSC-NUEVA',
      name: 'Nueva Seguridad S.A.C.',
      countryCode: 'PE',
      licensedById: regulator.organisationId,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'PSC-NUEVA',
      kind: 'psc',
      licensedById: regulator.organisationId,
    });

    const wrongCountry = await post(admin, '/api/v1/organisations', {
      kind: 'psc',
      code: 'PSC-BOGOTA',
      name: 'Seguridad Bogotá',
      countryCode: 'CO',
      licensedById: regulator.organisationId,
    });
    expect(wrongCountry.statusCode).toBe(400);
    expect(wrongCountry.json().error.details.fields[0].path).toBe('countryCode');

    const police = await post(regulator, '/api/v1/organisations', {
      kind: 'law-enforcement',
      code: 'POL-2',
      name: 'Otra policía',
      countryCode: 'PE',
      licensedById: null,
    });
    expect(police.statusCode).toBe(403);

    const duplicate = await post(admin, '/api/v1/organisations', {
      kind: 'assessor-body',
      code: 'PSC-NUEVA',
      name: 'Duplicado',
      countryCode: 'PE',
      licensedById: null,
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('invites a user with a one-time link printed in the log; the link sets the password once', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const invited = await post(manager, '/api/v1/users', {
      organisationId: manager.organisationId,
      email: 'Nuevo.Armero@Andina.example',
      displayName: 'Nuevo Armero',
      roles: ['psc-armourer'],
    });
    expect(invited.statusCode).toBe(201);
    const { user, invitation } = invited.json();
    expect(user).toMatchObject({
      email: 'nuevo.armero@andina.example',
      status: 'invited',
      roles: ['psc-armourer'],
    });
    expect(t.logged.some((line) => JSON.stringify(line.obj).includes(invitation.url))).toBe(true);

    const token = new URL(invitation.url).searchParams.get('token')!;
    const info = await t.app.inject({ method: 'GET', url: `/api/v1/links?token=${token}` });
    expect(info.json()).toMatchObject({ purpose: 'invitation', email: 'nuevo.armero@andina.example' });

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/links/accept',
      payload: { token, password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/v1/links/accept',
      payload: { token, password: 'corta' },
    });
    expect(short.json().error.details.code).toBe('PASSWORD_TOO_SHORT');

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/links/accept',
      payload: { token, password: 'llaves del armerillo norte' },
    });
    expect(accepted.statusCode).toBe(200);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/links/accept',
      payload: { token, password: 'otra frase bastante larga' },
    });
    expect(reused.json().error.code).toBe('INVALID_LINK');
    const armourer = await signIn(t.app, 'nuevo.armero@andina.example', 'llaves del armerillo norte');
    expect(armourer.organisationId).toBe(manager.organisationId);
  });

  it('refuses a PSC manager giving roles it cannot give, or users in another company', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const escalation = await post(manager, '/api/v1/users', {
      organisationId: manager.organisationId,
      email: 'jefe@andina.example',
      displayName: 'Jefe',
      roles: ['system-admin'],
    });
    expect(escalation.statusCode).toBe(403);
    const other = await signIn(t.app, 'gerente@pacifico.example');
    const foreign = await post(manager, '/api/v1/users', {
      organisationId: other.organisationId,
      email: 'intruso@pacifico.example',
      displayName: 'Intruso',
      roles: ['psc-armourer'],
    });
    expect(foreign.statusCode).toBe(404);
    const wrongKind = await post(regulator, '/api/v1/users', {
      organisationId: regulator.organisationId,
      email: 'armero@regulador.example',
      displayName: 'Armero en regulador',
      roles: ['psc-armourer'],
    });
    expect(wrongKind.statusCode).toBe(403);
    const adminWrongKind = await post(admin, '/api/v1/users', {
      organisationId: regulator.organisationId,
      email: 'armero2@regulador.example',
      displayName: 'Armero en regulador',
      roles: ['psc-armourer'],
    });
    expect(adminWrongKind.statusCode).toBe(400);
    expect(adminWrongKind.json().error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('changes roles and deactivates, ending sessions, and the audit log records both', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const armourer = await signIn(t.app, 'armero@andina.example');
    const roles = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${armourer.userId}/roles`,
      headers: as(manager),
      payload: { roles: ['psc-armourer', 'psc-manager'] },
    });
    expect(roles.statusCode).toBe(200);
    expect(roles.json().roles).toEqual(['psc-armourer', 'psc-manager']);

    const deactivated = await post(manager, `/api/v1/users/${armourer.userId}/deactivation`);
    expect(deactivated.json().status).toBe('deactivated');
    expect((await get(armourer, '/api/v1/dashboard')).statusCode).toBe(401);

    const audit = await get(regulator, `/api/v1/audit-events?organisationId=${manager.organisationId}`);
    const types = audit.json().items.map((e: { type: string }) => e.type);
    expect(types).toContain('roles-changed');
    expect(types).toContain('user-deactivated');
    const changed = audit.json().items.find((e: { type: string }) => e.type === 'roles-changed');
    expect(changed.details).toEqual({ from: ['psc-armourer'], to: ['psc-armourer', 'psc-manager'] });
  });

  it('resets a password: the old one stops working and a link sets a new one', async () => {
    const target = await signIn(t.app, 'gerente@callao.example');
    const reset = await post(admin, `/api/v1/users/${target.userId}/password-reset`);
    expect(reset.statusCode).toBe(200);
    expect((await get(target, '/api/v1/dashboard')).statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'gerente@callao.example', password: 'Custodia-Demo-2026' },
    });
    expect(old.statusCode).toBe(401);
    const token = new URL(reset.json().url).searchParams.get('token')!;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/links/accept',
      payload: { token, password: 'nueva clave del puerto' },
    });
    expect((await signIn(t.app, 'gerente@callao.example', 'nueva clave del puerto')).userId).toBe(
      target.userId,
    );
  });

  it('issues API tokens scoped to an organisation, hashed, and revocable', async () => {
    const manager = await signIn(t.app, 'gerente@pacifico.example');
    const created = await post(manager, '/api/v1/api-tokens', {
      organisationId: manager.organisationId,
      name: 'Integración ERP',
      roles: ['psc-manager'],
    });
    expect(created.statusCode).toBe(201);
    const { secret, token } = created.json();
    expect(secret).toMatch(/^cst_/);
    const stored = await t.ctx.database.db
      .selectFrom('api_token')
      .select('token_hash')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret.slice(4));

    const bearer = { authorization: `Bearer ${secret}` };
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer });
    expect(users.statusCode).toBe(200);
    expect(
      users
        .json()
        .items.every((u: { organisationId: string }) => u.organisationId === manager.organisationId),
    ).toBe(true);

    const tooMuch = await post(manager, '/api/v1/api-tokens', {
      organisationId: manager.organisationId,
      name: 'Armero',
      roles: ['psc-armourer'],
    });
    expect(tooMuch.statusCode).toBe(400);

    await post(manager, `/api/v1/api-tokens/${token.id}/revocation`);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('shows each role a dashboard of its own', async () => {
    const dashboards = new Map<string, string[]>();
    for (const email of [
      'admin@custodia.example',
      'regulador@custodia.example',
      'gerente@pacifico.example',
      'programa@custodia.example',
      'policia@custodia.example',
    ]) {
      const session = await signIn(t.app, email).catch(() => null);
      if (!session) continue;
      const response = await get(session, '/api/v1/dashboard');
      dashboards.set(
        response.json().role,
        response.json().tiles.map((tile: { key: string }) => tile.key),
      );
    }
    expect(dashboards.get('system-admin')).toEqual(['organisations', 'users', 'failedSignIns24h']);
    expect(dashboards.get('regulator-officer')).toEqual([
      'licensedCompanies',
      'firearmsInScope',
      'usersInScope',
      'failedSignIns24h',
    ]);
    expect(dashboards.get('psc-manager')).toEqual(['firearmsInBook', 'ammunitionLots', 'staffAccounts']);
    expect(dashboards.get('programme-officer')).toContain('companiesReached');
  });
});
