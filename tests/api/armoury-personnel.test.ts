import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { multipart, TINY_PNG } from '../support/multipart';
import { as, createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, revolvers, type ArmouryFixture } from './armoury-fixtures';

describe.each(TEST_DIALECTS)('personnel, authorisations and settings (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await armouryFixture(t);
  });
  afterAll(async () => t.close());

  function check(personnelId: string, firearmId = revolvers(f)[0]!.id) {
    return call(t, f.armourer, 'POST', `${base()}/armoury/issue-checks`, {
      facilityId: f.facilityId,
      personnelId,
      firearmId,
    });
  }

  it('adds a guard with a photo, licence and qualification (valid 12 months by default), and refuses a second one with the same ID', async () => {
    const upload = multipart({}, { name: 'face.png', type: 'image/png', data: TINY_PNG });
    const photo = await t.app.inject({
      method: 'POST',
      url: `${base()}/photos`,
      headers: { ...as(f.manager), ...upload.headers },
      payload: upload.payload,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const created = await call(t, f.manager, 'POST', `${base()}/personnel`, {
      nationalId: '70 123 456',
      fullName: 'Elsa Ríos Paredes',
      role: 'guard',
      photoId: photo.json().id,
      licence: { number: 'L-70123456', authority: 'SUCAMEC', isArmed: true, expiresOn: '2027-06-30' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const guard = created.json();
    expect(guard).toMatchObject({ status: 'active', photoId: photo.json().id, licence: { isValid: true } });
    expect(guard.badgeCode).not.toContain('70123456');
    const qualified = await call(t, f.manager, 'POST', `${base()}/personnel/${guard.id}/qualifications`, {
      course: 'Tiro con revólver',
      weaponType: 'Revolver',
      qualifiedOn: '2026-11-20',
      result: 'pass',
    });
    expect(qualified.statusCode, qualified.body).toBe(201);
    expect(qualified.json().qualifications[0]).toMatchObject({
      weaponType: 'revolver',
      validUntil: '2027-11-20',
      isValid: true,
    });
    expect(qualified.json().qualifiedWeaponTypes).toEqual(['revolver']);
    expect((await check(guard.id)).json().refusals).toEqual([]);

    const duplicate = await call(t, f.manager, 'POST', `${base()}/personnel`, {
      nationalId: '70123456',
      fullName: 'Otra',
      role: 'guard',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details.fields[0].path).toBe('nationalId');
    const byArmourer = await call(t, f.armourer, 'POST', `${base()}/personnel`, {
      nationalId: '1',
      fullName: 'X',
      role: 'guard',
    });
    expect(byArmourer.statusCode).toBe(403);

    // Suspending keeps the licence; the guard is refused for it, and a manager may override.
    const suspended = await call(t, f.manager, 'PUT', `${base()}/personnel/${guard.id}`, {
      status: 'suspended',
    });
    expect(suspended.json()).toMatchObject({ status: 'suspended', licence: { number: 'L-70123456' } });
    expect((await check(guard.id)).json()).toMatchObject({
      refusals: [{ code: 'GUARD_SUSPENDED' }],
      canOverride: false,
    });
    const list = (await call(t, f.armourer, 'GET', `${base()}/personnel?q=elsa&status=suspended`)).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([guard.id]);
  });

  it('finds a person by name whatever the accents and the case', async () => {
    const names = async (q: string) => {
      const response = await call(t, f.armourer, 'GET', `${base()}/personnel?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((p: { fullName: string }) => p.fullName);
    };
    for (const q of ['perez', 'PEREZ', 'Pérez', 'PÉREZ', 'pérez quispe'])
      expect(await names(q), q).toEqual(['Juan Pérez Quispe']);
    expect(await names('lucia')).toEqual(['Lucía Flores Vargas']);
    expect(await names('CHAVEZ')).toEqual(['Rosa Chávez Medina']);
    expect(await names('gutiérrez')).toEqual(['Ana Gutiérrez León']);
    // Accents in the name are folded, not dropped: "perz" is not "pérez".
    expect(await names('perz')).toEqual([]);
  });

  it('lets an armourer linked to an active supervisor override; not once the link is removed', async () => {
    const supervisor = person(f, 'Jorge Salazar Díaz');
    const lapsed = person(f, 'Pedro Condori Ramos');
    expect((await check(lapsed.id)).json().canOverride).toBe(false);
    await call(t, f.manager, 'PUT', `${base()}/personnel/${supervisor.id}`, { userId: f.armourer.userId });
    expect((await check(lapsed.id)).json()).toMatchObject({
      refusals: [{ code: 'GUARD_LICENCE_LAPSED' }],
      canOverride: true,
    });
    const issued = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      idempotencyKey: key('ov'),
      facilityId: f.facilityId,
      personnelId: lapsed.id,
      firearmId: revolvers(f)[1]!.id,
      override: { reason: 'Renewal receipt seen' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().entries[0].payload).toMatchObject({
      supervisorPersonnelId: supervisor.id,
      refusals: ['GUARD_LICENCE_LAPSED'],
    });
    await call(t, f.manager, 'PUT', `${base()}/personnel/${supervisor.id}`, { userId: null });
    expect((await check(lapsed.id, revolvers(f)[2]!.id)).json().canOverride).toBe(false);
  });

  it('has the operating authorisation set by the licensing regulator only, and refuses issues once it lapses', async () => {
    const byManager = await call(t, f.manager, 'PUT', `${base()}/operating-authorisation`, {
      number: 'X',
      validFrom: '2026-01-01',
      validUntil: '2026-11-27',
    });
    expect(byManager.statusCode).toBe(403);
    const set = await call(t, f.regulator, 'PUT', `${base()}/operating-authorisation`, {
      number: 'AUT-2026-0099',
      validFrom: '2026-01-01',
      validUntil: '2026-11-27',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().authorisation).toMatchObject({
      number: 'AUT-2026-0099',
      isValid: false,
      issuedByName: expect.stringContaining('Superintendencia'),
    });
    expect(
      (await check(person(f, 'María Huamán Torres').id, revolvers(f)[2]!.id))
        .json()
        .refusals.map((r: { code: string }) => r.code),
    ).toEqual(['COMPANY_AUTHORISATION_LAPSED']);
  });

  it('shows the country defaults and lets the manager override them', async () => {
    const settings = (await call(t, f.armourer, 'GET', `${base()}/armoury-settings`)).json();
    expect(settings).toMatchObject({
      countryCode: 'PE',
      maxRoundsPerWeapon: 30,
      qualificationValidityMonths: 12,
      maxAssignmentHours: 72,
      defaultShiftHours: 12,
      webhookUrl: null,
      hasWebhookSecret: false,
    });
    const changed = await call(t, f.manager, 'PUT', `${base()}/armoury-settings`, {
      maxAssignmentHours: 48,
      qualificationValidityMonths: 24,
    });
    expect(changed.json()).toMatchObject({
      maxAssignmentHours: 48,
      qualificationValidityMonths: 24,
      countryDefaults: { maxAssignmentHours: 72 },
    });
    const restored = await call(t, f.manager, 'PUT', `${base()}/armoury-settings`, {
      maxAssignmentHours: null,
    });
    expect(restored.json()).toMatchObject({ maxAssignmentHours: 72, qualificationValidityMonths: 24 });
  });

  it('keeps clients, sites and posts, each site with coordinates', async () => {
    const client = await call(t, f.manager, 'POST', `${base()}/clients`, {
      name: 'Minera del Norte',
      taxId: '20512345678',
    });
    const site = await call(t, f.manager, 'POST', `${base()}/sites`, {
      clientId: client.json().id,
      name: 'Campamento',
      address: 'Km 12, Cajamarca',
      latitude: -7.16,
      longitude: -78.5,
    });
    await call(t, f.manager, 'POST', `${base()}/posts`, {
      siteId: site.json().id,
      name: 'Garita',
      authorisedWeaponTypes: ['Shotgun'],
      maxRoundsPerWeapon: 10,
    });
    const clients = (await call(t, f.regulator, 'GET', `${base()}/clients`)).json();
    expect(clients.items.find((c: { name: string }) => c.name === 'Minera del Norte')).toMatchObject({
      sites: [
        {
          name: 'Campamento',
          latitude: -7.16,
          posts: [{ name: 'Garita', authorisedWeaponTypes: ['shotgun'], maxRoundsPerWeapon: 10 }],
        },
      ],
    });
    const foreign = await call(t, f.manager, 'POST', `${base()}/sites`, {
      clientId: '0193c69f-0000-7000-8000-00000000a11a',
      name: 'X',
    });
    expect(foreign.statusCode).toBe(400);
  });
});
