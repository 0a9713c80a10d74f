import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

let keySeq = 0;
const key = () => `trace-key-${keySeq++}-0000`;

// Issue #6, tracing: the brief's police trace ("4?7 1B2", a Taurus .38 that changed hands), the
// regulator's candidates and answer assembled from the ledger, the quick check, the search log.
describe.each(TEST_DIALECTS)('tracing through the API (%s)', (dialect) => {
  let t: TestApp;
  let andina: SignedIn;
  let pacifico: SignedIn;
  let police: SignedIn;
  let regulator: SignedIn;
  let admin: SignedIn;
  let firearmId: string;

  const post = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const put = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'PUT', url, headers: as(s), payload });
  const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });

  async function facilityOf(s: SignedIn): Promise<string> {
    const list = await get(s, `/api/v1/facilities?organisationId=${s.organisationId}`);
    return (list.json().items as Array<{ id: string }>)[0]!.id;
  }

  const traceRequest = (overrides: object = {}) => ({
    manufacturer: 'Taurus',
    model: '82',
    type: 'revolver',
    calibre: '.38',
    serial: null,
    serialObliterated: true,
    serialLegible: '4?7 1B2',
    countryOfOrigin: 'BR',
    otherMarks: 'proof mark on the cylinder',
    recoveredAt: '2026-11-27',
    recoveredPlace: 'Callao, Av. Colonial 2100',
    illicitReason: 'Found on a suspect arrested for robbery; no licence',
    urgency: 'urgent',
    urgencyReason: 'suspect in custody',
    caseReference: 'DIRINCRI-2026-4471',
    pointOfContact: 'Cap. R. Quispe, +51 1 555 0100',
    intendedUse: 'criminal investigation',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    andina = await signIn(t.app, 'gerente@andina.example');
    pacifico = await signIn(t.app, 'gerente@pacifico.example');
    police = await signIn(t.app, 'policia@custodia.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
    admin = await signIn(t.app, 'admin@custodia.example');
    const acquired = await post(andina, `/api/v1/organisations/${andina.organisationId}/firearms`, {
      idempotencyKey: key(),
      facilityId: await facilityOf(andina),
      source: { kind: 'importer', name: 'Importadora Lima S.A.', reference: 'DUA-118-2024' },
      type: 'revolver',
      manufacturer: 'Taurus',
      model: '82',
      calibre: '.38 SPL',
      serial: '4A7 1B2',
      countryOfManufacture: 'BR',
      yearOfManufacture: 2019,
      importCountry: 'PE',
      importYear: 2020,
      permitNumber: 'P-123',
      permitExpiresOn: '2027-03-31',
    });
    expect(acquired.statusCode, acquired.body).toBe(201);
    firearmId = (acquired.json().entry.payload as { firearmId: string }).firearmId;
    const out = await post(andina, `/api/v1/firearms/${firearmId}/transfer-out`, {
      idempotencyKey: key(),
      toOrganisationId: pacifico.organisationId,
      reference: 'CONTRATO-9',
    });
    expect(out.statusCode, out.body).toBe(201);
    const received = await post(pacifico, `/api/v1/firearms/${firearmId}/transfer-in`, {
      idempotencyKey: key(),
      facilityId: await facilityOf(pacifico),
    });
    expect(received.statusCode, received.body).toBe(201);
  });
  afterAll(async () => t.close());

  it('lets the regulator search with wildcards and confusables, exact serial first; others may not search', async () => {
    const response = await get(regulator, '/api/v1/trace/search?serial=4A71B2');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().candidates[0]).toMatchObject({
      firearmId,
      serial: '4A7 1B2',
      manufacturer: 'Taurus',
      organisation: 'Vigilancia del Pacífico S.A.',
      status: 'in-store',
      score: 100,
    });
    const partial = await get(
      regulator,
      `/api/v1/trace/search?serial=${encodeURIComponent('4?7 I8Z')}&manufacturer=taurus`,
    );
    expect(partial.json().candidates.map((c: { serial: string }) => c.serial)).toEqual(['4A7 1B2']);
    const empty = await get(regulator, '/api/v1/trace/search?serial=%3F%3F*');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].path).toBe('serial');
    for (const s of [police, andina])
      expect((await get(s, '/api/v1/trace/search?serial=4A7')).statusCode).toBe(403);
  });

  it('finds a serial with a letter of another script where a ? stands, as well as ASCII ones', async () => {
    const acquired = await post(andina, `/api/v1/organisations/${andina.organisationId}/firearms`, {
      idempotencyKey: key(),
      facilityId: await facilityOf(andina),
      source: { kind: 'supplier', name: 'Proveedor', reference: null },
      type: 'pistol',
      manufacturer: 'Glock',
      model: '17',
      calibre: '9x19',
      serial: 'ЖK-447',
      countryOfManufacture: 'AT',
    });
    expect(acquired.statusCode, acquired.body).toBe(201);
    // "?K4" has no run of three legible characters: it is searched as its readings, and the
    // serials outside [0-9A-Z] on their own.
    const found = await get(regulator, `/api/v1/trace/search?serial=${encodeURIComponent('?K4')}`);
    expect(found.json().candidates.map((c: { serial: string }) => c.serial)).toContain('ЖK-447');
    const ascii = await get(regulator, `/api/v1/trace/search?serial=${encodeURIComponent('4?7')}`);
    expect(ascii.json().candidates.map((c: { serial: string }) => c.serial)).toContain('4A7 1B2');
  });

  it('takes a police trace with an obliterated serial, due in 24 hours, seen only by its agency and the regulator', async () => {
    const created = await post(police, '/api/v1/trace/requests', traceRequest());
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({
      reference: 'TR-2026-000001',
      status: 'submitted',
      serialObliterated: true,
      serialLegible: '4?7 1B2',
      requestingOrganisation: 'Policía Nacional — División de Armas (demo)',
      clock: { dueAt: '2026-11-29T06:00:00.000Z', isOverdue: false, hoursLeft: 24 },
    });
    expect(
      (await get(police, '/api/v1/trace/requests')).json().items.map((r: { id: string }) => r.id),
    ).toContain(request.id);
    expect((await get(regulator, '/api/v1/trace/requests?status=submitted')).json().total).toBeGreaterThan(0);
    expect((await get(andina, `/api/v1/trace/requests/${request.id}`)).statusCode).toBe(404);
    expect((await get(andina, '/api/v1/trace/requests')).statusCode).toBe(403);
    // Police see their request but not the registry's candidates, and cannot answer.
    expect((await get(police, `/api/v1/trace/requests/${request.id}/candidates`)).statusCode).toBe(403);
    expect(
      (
        await post(police, `/api/v1/trace/requests/${request.id}/answer`, {
          outcome: 'no-record',
          note: null,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a request without a usable serial, naming the field', async () => {
    const response = await post(police, '/api/v1/trace/requests', traceRequest({ serialLegible: '??*' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('serialLegible');
    const missing = await post(police, '/api/v1/trace/requests', traceRequest({ caseReference: '' }));
    expect(missing.statusCode).toBe(400);
  });

  it('shows the regulator the candidate, and answers with the chain of custody from the ledger', async () => {
    const [request] = (await get(regulator, '/api/v1/trace/requests?status=submitted')).json().items;
    const candidates = await get(regulator, `/api/v1/trace/requests/${request.id}/candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    expect(candidates.json().candidates[0]).toMatchObject({ firearmId, serial: '4A7 1B2' });
    const answered = await post(regulator, `/api/v1/trace/requests/${request.id}/answer`, {
      outcome: 'match',
      firearmId,
      note: 'Confirmed against the import declaration',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const { answer } = answered.json();
    expect(answer).toMatchObject({
      nationalReference: firearmId,
      firearm: { serial: '4A7 1B2', manufacturer: 'Taurus', calibre: '.38 Special', importCountry: 'PE' },
      enteredSector: {
        organisation: 'Seguridad Andina S.A.C.',
        sourceKind: 'importer',
        sourceName: 'Importadora Lima S.A.',
        sourceReference: 'DUA-118-2024',
      },
      transfers: [
        { from: 'Seguridad Andina S.A.C.', to: 'Vigilancia del Pacífico S.A.', reference: 'CONTRATO-9' },
      ],
      holder: { organisation: 'Vigilancia del Pacífico S.A.', status: 'in-store' },
      lastIssue: null,
      lossOrTheft: null,
    });
    expect(answer.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'acquisition',
      'transfer-out',
      'transfer-in',
    ]);
    // The police read the answer, as data and as a PDF; a second answer is refused.
    const read = await get(police, `/api/v1/trace/requests/${request.id}`);
    expect(read.json()).toMatchObject({
      request: { status: 'answered', outcome: 'match' },
      answer: { nationalReference: firearmId },
    });
    const pdf = await get(police, `/api/v1/trace/requests/${request.id}/answer.pdf?lang=en`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await post(regulator, `/api/v1/trace/requests/${request.id}/answer`, {
      outcome: 'no-record',
      note: null,
    });
    expect(again.statusCode).toBe(409);
  });

  it('answers "no record", and refuses to confirm a weapon the regulator does not oversee', async () => {
    const created = (
      await post(
        police,
        '/api/v1/trace/requests',
        traceRequest({ serialLegible: 'ZZ9*9', urgency: 'routine' }),
      )
    ).json();
    expect(created.clock.dueAt).toBe('2026-12-03T06:00:00.000Z');
    const wrong = await post(regulator, `/api/v1/trace/requests/${created.id}/answer`, {
      outcome: 'match',
      firearmId: '01900000-0000-7000-8000-000000000000',
      note: null,
    });
    expect(wrong.statusCode).toBe(400);
    const none = await post(regulator, `/api/v1/trace/requests/${created.id}/answer`, {
      outcome: 'no-record',
      note: 'No such serial',
    });
    expect(none.json()).toMatchObject({
      request: { outcome: 'no-record', answerNote: 'No such serial' },
      answer: null,
    });
    expect((await get(police, `/api/v1/trace/requests/${created.id}/answer.pdf`)).statusCode).toBe(200);
  });

  it('turns a request overdue when the clock passes its target, and follows the regulator’s own targets', async () => {
    const created = (await post(police, '/api/v1/trace/requests', traceRequest())).json();
    t.clock.advanceMinutes(25 * 60);
    // A day later every session has expired: sign in again.
    [andina, police, regulator, admin] = await Promise.all(
      [
        'gerente@andina.example',
        'policia@custodia.example',
        'regulador@custodia.example',
        'admin@custodia.example',
      ].map((email) => signIn(t.app, email)),
    );
    const late = (await get(police, `/api/v1/trace/requests/${created.id}`)).json();
    expect(late.request.clock).toMatchObject({ isOverdue: true });
    expect((await get(regulator, '/api/v1/trace/settings')).json()).toEqual({
      urgentHours: 24,
      routineHours: 120,
    });
    expect(
      (await put(police, '/api/v1/trace/settings', { urgentHours: 4, routineHours: 48 })).statusCode,
    ).toBe(403);
    expect(
      (await put(regulator, '/api/v1/trace/settings', { urgentHours: 4, routineHours: 48 })).statusCode,
    ).toBe(200);
    const fast = (await post(police, '/api/v1/trace/requests', traceRequest())).json();
    expect(Date.parse(fast.clock.dueAt) - Date.parse(fast.createdAt)).toBe(4 * 3_600_000);
  });

  it('tells a patrol at once whether a serial is recorded lost or stolen, and nothing more', async () => {
    const miss = await get(police, '/api/v1/trace/quick-check?serial=4A71B2&manufacturer=Taurus');
    expect(miss.json()).toEqual({
      hit: false,
      outcome: 'no-hit',
      matches: [],
      candidates: [],
      truncated: false,
    });
    // Until incidents record thefts by ledger entries, the status in the registry is what counts.
    await t.ctx.database.db
      .updateTable('firearm')
      .set({ status: 'stolen' })
      .where('id', '=', firearmId)
      .execute();
    const hit = await get(police, '/api/v1/trace/quick-check?serial=4a7-IB2');
    expect(hit.json()).toEqual({
      hit: true,
      outcome: 'hit',
      matches: [{ status: 'stolen', nationalReference: firearmId }],
      candidates: [],
      truncated: false,
    });
    expect((await get(police, '/api/v1/trace/quick-check?serial=4A7*')).statusCode).toBe(400);
    expect((await get(andina, '/api/v1/trace/quick-check?serial=4A71B2')).statusCode).toBe(403);
  });

  // Issue 14, defect 4: "4849" for a stolen AN04849 answered "no hit", a false all-clear.
  it('never clears a partial serial: it lists the stolen serials that contain it, or asks for the whole serial', async () => {
    const partialOf = async (serial: string, manufacturer?: string) => {
      const make = manufacturer ? `&manufacturer=${manufacturer}` : '';
      const response = await get(police, `/api/v1/trace/quick-check?serial=${serial}${make}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    // Part of a serial with nothing stolen containing it, too short to be a whole serial.
    expect(await partialOf('4849')).toEqual({
      hit: false,
      outcome: 'too-short',
      matches: [],
      candidates: [],
      truncated: false,
    });
    const demo = await t.ctx.database.db
      .selectFrom('firearm')
      .select(['id', 'status'])
      .where('serial', '=', 'AN04849')
      .executeTakeFirstOrThrow();
    await t.ctx.database.db
      .updateTable('firearm')
      .set({ status: 'stolen' })
      .where('id', '=', demo.id)
      .execute();
    const stolenAN04849 = {
      serial: 'AN04849',
      manufacturer: 'Taurus',
      model: '82',
      status: 'stolen',
      nationalReference: demo.id,
    };
    expect(await partialOf('4849')).toEqual({
      hit: false,
      outcome: 'partial',
      matches: [],
      candidates: [stolenAN04849],
      truncated: false,
    });
    // Confusables folded: a patrol reading 0 as O and 4 as A still sees it among the candidates.
    expect((await partialOf('O4B49')).candidates).toEqual([stolenAN04849]);
    // The make narrows the candidates as it narrows a hit: a make it is not lists nothing.
    expect((await partialOf('4849', 'Taurus')).candidates).toEqual([stolenAN04849]);
    expect((await partialOf('4849', 'Glock')).outcome).toBe('too-short');
    // The 4A7 1B2 revolver above is stolen too: its last characters list it, not AN04849 (7 and 1
    // are confusable, so "71B2" is read as "1182" too).
    expect(await partialOf('71B2')).toMatchObject({
      outcome: 'partial',
      candidates: [{ serial: '4A7 1B2', status: 'stolen', nationalReference: firearmId }],
    });
    // A whole serial that no stolen serial equals or contains is a real "no hit".
    expect((await partialOf('ZX9931Q')).outcome).toBe('no-hit');
    // Back as it was, for the tests below.
    await t.ctx.database.db
      .updateTable('firearm')
      .set({ status: demo.status })
      .where('id', '=', demo.id)
      .execute();
  });

  it('records every search by anyone, readable by the regulator and administrators only', async () => {
    const log = await get(regulator, '/api/v1/trace/search-log?limit=500');
    expect(log.statusCode, log.body).toBe(200);
    const kinds = new Set(log.json().items.map((e: { kind: string }) => e.kind));
    expect(kinds).toEqual(new Set(['search', 'request-candidates', 'quick-check']));
    const quick = log
      .json()
      .items.find(
        (e: { kind: string; query: { serial: string } }) =>
          e.kind === 'quick-check' && e.query.serial === '4a7-IB2',
      );
    expect(quick).toMatchObject({
      actor: expect.any(String),
      organisation: 'Policía Nacional — División de Armas (demo)',
      results: 1,
    });
    expect((await get(admin, '/api/v1/trace/search-log')).statusCode).toBe(200);
    expect((await get(police, '/api/v1/trace/search-log')).statusCode).toBe(403);
  });

  it('keeps the serial index as a projection: a rebuild from the ledger gives the same rows', async () => {
    const rows = async () =>
      (await t.ctx.database.db.selectFrom('serial_search').selectAll().orderBy('firearm_id').execute()).map(
        (r) => ({
          firearm_id: r.firearm_id,
          folded: r.folded,
        }),
      );
    const before = await rows();
    expect(before.find((r) => r.firearm_id === firearmId)?.folded).toBe('4A1182');
    await rebuildRegistry(t.ctx.database);
    expect(await rows()).toEqual(before);
    const after = await get(regulator, '/api/v1/trace/search?serial=4A71B2');
    expect(after.json().candidates[0].firearmId).toBe(firearmId);
  });
});
