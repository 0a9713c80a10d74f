import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

let keySeq = 0;
const key = () => `hazard-key-${keySeq++}`;

describe.each(TEST_DIALECTS)('hazard checks, facility hazard view and sign postings (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  let armourer: SignedIn;
  let regulator: SignedIn;
  let foreignManager: SignedIn;

  const post = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const receive = (s: SignedIn, facilityId: string, lot: object) =>
    post(s, `/api/v1/organisations/${manager.organisationId}/ammunition`, {
      idempotencyKey: key(),
      facilityId,
      calibre: '9mm',
      manufacturer: 'CBC',
      ...lot,
    });

  async function facility(code: string, maxNeqKg: string | null): Promise<string> {
    const response = await post(manager, '/api/v1/facilities', {
      idempotencyKey: key(),
      organisationId: manager.organisationId,
      code,
      name: `Polvorín ${code}`,
      kind: 'ammunition-store',
      maxNeqKg,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().entry.payload.facilityId as string;
  }

  async function ledgerSize(): Promise<number> {
    const row = await t.ctx.database.db
      .selectFrom('ledger_entry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function setMode(mode: 'refuse' | 'warn-override'): Promise<void> {
    const db = t.ctx.database.db;
    await db.deleteFrom('hazard_country_setting').where('country_code', '=', 'PE').execute();
    if (mode === 'refuse') return;
    await db
      .insertInto('hazard_country_setting')
      .values({
        country_code: 'PE',
        mixing_rule_set_id: 'un-transport',
        violation_mode: mode,
        fire_division_mapping: JSON.stringify({ '1.1': 1, '1.2': 2, '1.3': 3, '1.4': 4, '1.5': 1, '1.6': 4 }),
        qd_factor_table_id: 'example-aastp-1',
        caption_language: 'es',
        is_confirmed: 0,
        note: null,
        updated_at: t.ctx.now(),
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
    armourer = await signIn(t.app, 'armero@andina.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
    foreignManager = await signIn(t.app, 'gerente@pacifico.example');
  });
  afterAll(async () => t.close());

  it('refuses a lot that may not share the store, names the groups, and writes nothing', async () => {
    const store = await facility('POL-INC', null);
    expect(
      (await receive(manager, store, { rounds: 1000, lotNumber: 'S-1', unNumber: '0012' })).statusCode,
    ).toBe(201);
    const before = await ledgerSize();
    const refused = await receive(manager, store, {
      rounds: 10,
      lotNumber: 'A-1',
      hazardDivision: '1.1',
      compatibilityGroup: 'A',
      neqKgPer1000: '5',
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error.code).toBe('HAZARD_INCOMPATIBLE');
    expect(error.details.mode).toBe('refuse');
    expect(error.details.violations).toHaveLength(1);
    expect(error.details.violations[0].conflicts).toMatchObject([{ a: 'A', b: 'S' }]);
    expect(error.details.violations[0].conflicts[0].reason.en).toContain('A may share a store only with A');
    expect(await ledgerSize()).toBe(before);
    const lots = (await get(manager, `/api/v1/ammunition-lots?facilityId=${store}`)).json();
    expect(lots.items.map((l: { lotNumber: string }) => l.lotNumber)).toEqual(['S-1']);
  });

  it('refuses a receipt above the licensed NEQ with the figures, and a lot whose NEQ is unknown', async () => {
    const store = await facility('POL-NEQ', '1');
    expect(
      (
        await receive(manager, store, {
          rounds: 2000,
          lotNumber: 'N-1',
          unNumber: '0012',
          neqKgPer1000: '0.35',
        })
      ).statusCode,
    ).toBe(201);
    const before = await ledgerSize();
    const over = await receive(manager, store, {
      rounds: 1000,
      lotNumber: 'N-2',
      unNumber: '0012',
      neqKgPer1000: '0.35',
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('NEQ_LIMIT_EXCEEDED');
    expect(over.json().error.details.violations).toEqual([
      { code: 'NEQ_LIMIT_EXCEEDED', neqKgAfter: 1.05, maxNeqKg: 1, excessKg: 0.05 },
    ]);
    // Exactly the maximum is within it.
    const atLimit = await receive(manager, store, {
      rounds: 857,
      lotNumber: 'N-2',
      unNumber: '0012',
      neqKgPer1000: '0.35',
    });
    expect(atLimit.statusCode, atLimit.body).toBe(201);
    const unknown = await receive(manager, store, { rounds: 1, lotNumber: 'N-3', unNumber: '0012' });
    expect(unknown.json().error).toMatchObject({
      code: 'NEQ_UNKNOWN',
      details: { violations: [{ maxNeqKg: 1 }] },
    });
    const unclassified = await receive(manager, store, { rounds: 1, lotNumber: 'N-4', neqKgPer1000: '0.1' });
    expect(unclassified.statusCode).toBe(409);
    expect(unclassified.json().error.code).toBe('HAZARD_CLASS_UNKNOWN');
    expect(await ledgerSize()).toBe(before + 1);
    const view = (await get(manager, `/api/v1/facilities/${store}/hazard`)).json();
    expect(view).toMatchObject({ neqKg: 0.99995, maxNeqKg: 1, isWithinLimit: true, isNeqComplete: true });
  });

  it('in a country that warns, needs a manager’s override and records it in the entry', async () => {
    const store = await facility('POL-OVR', null);
    await receive(manager, store, { rounds: 500, lotNumber: 'O-1', unNumber: '0012', neqKgPer1000: '0.35' });
    await setMode('warn-override');
    try {
      const lot = {
        rounds: 10,
        lotNumber: 'O-A',
        hazardDivision: '1.1',
        compatibilityGroup: 'A',
        neqKgPer1000: '2',
      };
      const before = await ledgerSize();
      const withoutOverride = await receive(manager, store, lot);
      expect(withoutOverride.statusCode).toBe(409);
      expect(withoutOverride.json().error).toMatchObject({
        code: 'HAZARD_OVERRIDE_REQUIRED',
        details: { mode: 'warn-override', violations: [{ code: 'HAZARD_INCOMPATIBLE' }] },
      });
      const byArmourer = await receive(armourer, store, {
        ...lot,
        hazardOverride: { reason: 'Orden urgente' },
      });
      expect(byArmourer.statusCode).toBe(403);
      expect(byArmourer.json().error.code).toBe('HAZARD_OVERRIDE_NOT_PERMITTED');
      expect(await ledgerSize()).toBe(before);
      const byManager = await receive(manager, store, {
        ...lot,
        hazardOverride: { reason: 'Traslado temporal autorizado por SUCAMEC' },
      });
      expect(byManager.statusCode, byManager.body).toBe(201);
      expect(byManager.json().entry.payload.hazardOverride).toEqual({
        reason: 'Traslado temporal autorizado por SUCAMEC',
        approvedBy: manager.userId,
        violations: [{ code: 'HAZARD_INCOMPATIBLE', pairs: ['A-S'] }],
      });
      const view = (await get(manager, `/api/v1/facilities/${store}/hazard`)).json();
      expect(view).toMatchObject({
        compatible: false,
        hazardDivision: '1.1',
        compatibilityGroup: null,
        fireDivision: 1,
        requiredSigns: ['fire-division-1', 'class-1-1.1'],
        settings: { violationMode: 'warn-override', isConfirmed: false },
      });
    } finally {
      await setMode('refuse');
    }
    // Back in refuse mode, an override does not help.
    const refused = await receive(manager, store, {
      rounds: 1,
      lotNumber: 'O-B',
      hazardDivision: '1.1',
      compatibilityGroup: 'B',
      neqKgPer1000: '1',
      hazardOverride: { reason: 'x' },
    });
    expect(refused.json().error.code).toBe('HAZARD_INCOMPATIBLE');
  });

  it('shows a facility’s contents by HD/CG and its signs; posting the required signs clears "out of date"', async () => {
    const store = await facility('POL-VIEW', '10');
    await receive(manager, store, { rounds: 1000, lotNumber: 'V-S', unNumber: '0012', neqKgPer1000: '0.35' });
    await receive(manager, store, { rounds: 500, lotNumber: 'V-C', unNumber: '0339', neqKgPer1000: '0.5' });
    const view = (await get(regulator, `/api/v1/facilities/${store}/hazard`)).json();
    expect(view).toMatchObject({
      facilityCode: 'POL-VIEW',
      holdsAmmunition: true,
      compatible: true,
      conflicts: [],
      hazardDivision: '1.4',
      compatibilityGroup: 'C',
      fireDivision: 4,
      supplementarySigns: [],
      neqKg: 0.6,
      maxNeqKg: 10,
      isWithinLimit: true,
      requiredSigns: ['fire-division-4', 'class-1-1.4C'],
      lastPosting: null,
      signsOutOfDate: true,
      settings: { countryCode: 'PE', violationMode: 'refuse', captionLanguage: 'es' },
    });
    expect(
      view.contents.map(
        (g: { hazardDivision: string; compatibilityGroup: string; rounds: number; neqKg: number }) => [
          g.hazardDivision,
          g.compatibilityGroup,
          g.rounds,
          g.neqKg,
        ],
      ),
    ).toEqual([
      ['1.4', 'C', 500, 0.25],
      ['1.4', 'S', 1000, 0.35],
    ]);

    const byRegulator = await post(regulator, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-4'],
      postedOn: '2026-11-27',
    });
    expect(byRegulator.statusCode).toBe(403);
    const future = await post(armourer, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-4'],
      postedOn: '2026-12-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.fields[0].path).toBe('postedOn');
    const badSign = await post(armourer, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-5'],
      postedOn: '2026-11-27',
    });
    expect(badSign.statusCode).toBe(400);
    const nul = await post(armourer, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-4'],
      postedOn: '2026-11-27',
      note: 'a\u0000b',
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details.fields[0].path).toBe('note');

    const partial = await post(armourer, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-4'],
      postedOn: '2026-11-27',
    });
    expect(partial.statusCode, partial.body).toBe(201);
    expect((await get(manager, `/api/v1/facilities/${store}/hazard`)).json().signsOutOfDate).toBe(true);
    const posted = await post(armourer, `/api/v1/facilities/${store}/sign-postings`, {
      signs: ['fire-division-4', 'class-1-1.4C'],
      postedOn: '2026-11-28',
      note: 'Puerta principal y casilleros',
      deliveredBy: 'Programa UNLIREC–DCAF',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({
      signs: ['fire-division-4', 'class-1-1.4C'],
      postedOn: '2026-11-28',
      recordedBy: armourer.userId,
      recordedByName: expect.any(String),
      deliveredBy: 'Programa UNLIREC–DCAF',
    });
    const after = (await get(manager, `/api/v1/facilities/${store}/hazard`)).json();
    expect(after.signsOutOfDate).toBe(false);
    expect(after.lastPosting.id).toBe(posted.json().id);
    const history = (await get(regulator, `/api/v1/facilities/${store}/sign-postings`)).json().items;
    expect(history.map((p: { postedOn: string }) => p.postedOn)).toEqual(['2026-11-28', '2026-11-27']);

    // 1.3C joins: the store becomes 1.3, fire division 3, and the posted signs no longer match.
    expect(
      (await receive(manager, store, { rounds: 100, lotNumber: 'V-3', unNumber: '0417', neqKgPer1000: '1' }))
        .statusCode,
    ).toBe(201);
    const changed = (await get(manager, `/api/v1/facilities/${store}/hazard`)).json();
    expect(changed).toMatchObject({
      hazardDivision: '1.3',
      fireDivision: 3,
      requiredSigns: ['fire-division-3', 'class-1-1.3C'],
      signsOutOfDate: true,
    });
    const overview = (await get(regulator, '/api/v1/hazard/overview')).json().items;
    expect(overview.find((i: { facilityId: string }) => i.facilityId === store)).toMatchObject({
      code: 'POL-VIEW',
      organisationCode: 'PSC-ANDINA',
      hazardDivision: '1.3',
      compatibilityGroup: 'C',
      fireDivision: 3,
      neqKg: 0.7,
      maxNeqKg: 10,
      signsOutOfDate: true,
    });
    const own = (
      await get(manager, `/api/v1/hazard/overview?organisationId=${manager.organisationId}`)
    ).json().items;
    expect(own.every((i: { organisationId: string }) => i.organisationId === manager.organisationId)).toBe(
      true,
    );
    expect(own.length).toBeGreaterThan(1);
    const foreign = (await get(foreignManager, '/api/v1/hazard/overview')).json().items;
    expect(foreign.some((i: { facilityId: string }) => i.facilityId === store)).toBe(false);
    expect((await get(foreignManager, `/api/v1/facilities/${store}/hazard`)).statusCode).toBe(404);
  });

  it('serves each sign as SVG and the pack as PDF; an empty store has no pack', async () => {
    const store = await facility('POL-SIGN', null);
    const empty = await get(manager, `/api/v1/facilities/${store}/signs.pdf`);
    expect(empty.statusCode).toBe(409);
    expect((await get(manager, `/api/v1/facilities/${store}/hazard`)).json()).toMatchObject({
      holdsAmmunition: false,
      requiredSigns: [],
      signsOutOfDate: false,
    });
    await receive(manager, store, { rounds: 100, lotNumber: 'P-1', unNumber: '0012', neqKgPer1000: '0.35' });
    for (const size of ['full', 'half']) {
      const pdf = await get(manager, `/api/v1/facilities/${store}/signs.pdf?size=${size}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const svg = await get(manager, `/api/v1/facilities/${store}/signs/class-1-1.4S.svg?size=half`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('POL-SIGN · 2026-11-28');
    expect(svg.body).toContain('Explosivos clase 1 · división 1.4 · grupo S');
    expect(svg.body).toContain('Explosives class 1 · division 1.4 · group S');
    const unknown = await get(manager, `/api/v1/facilities/${store}/signs/fire-division-9.svg`);
    expect(unknown.statusCode).toBe(400);
  });
});
