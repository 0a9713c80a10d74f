import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { snapshotRegistry } from '../support/registry-snapshot';

let keySeq = 0;
const key = () => `test-key-${Date.now()}-${keySeq++}`;

describe.each(TEST_DIALECTS)('registry and ledger through the API (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  let other: SignedIn;
  let facilityA: string;
  let facilityB: string;
  let otherFacility: string;

  const post = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });

  async function facility(s: SignedIn, code: string): Promise<string> {
    const response = await post(s, '/api/v1/facilities', {
      idempotencyKey: key(),
      organisationId: s.organisationId,
      code,
      name: `Armería ${code}`,
      kind: 'combined',
      maxNeqKg: '50',
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json().entry.payload as { facilityId: string }).facilityId;
  }

  const revolver = (serial: string, facilityId: string) => ({
    idempotencyKey: key(),
    facilityId,
    source: { kind: 'supplier', name: 'Importadora Lima S.A.', reference: 'FAC-001' },
    type: 'revolver',
    manufacturer: 'Taurus',
    model: '82',
    calibre: '.38 SPL',
    serial,
    countryOfManufacture: 'BR',
    yearOfManufacture: 2019,
    permitNumber: 'P-123',
    permitExpiresOn: '2027-03-31',
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
    other = await signIn(t.app, 'gerente@pacifico.example');
    facilityA = await facility(manager, 'ARM-T1');
    facilityB = await facility(manager, 'ARM-T2');
    otherFacility = await facility(other, 'ARM-P1');
  });
  afterAll(async () => t.close());

  it('registers a firearm once: a retry with the same key writes nothing, the same weapon again is refused', async () => {
    const body = revolver('4A7 1B2', facilityA);
    const first = await post(manager, `/api/v1/organisations/${manager.organisationId}/firearms`, body);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await post(manager, `/api/v1/organisations/${manager.organisationId}/firearms`, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ replayed: true, entry: { id: first.json().entry.id } });
    const again = await post(manager, `/api/v1/organisations/${manager.organisationId}/firearms`, {
      ...revolver('4a7-1b2', facilityA),
    });
    expect(again.statusCode).toBe(409);
    const elsewhere = await post(other, `/api/v1/organisations/${other.organisationId}/firearms`, {
      ...revolver('4A71B2', otherFacility),
      manufacturer: 'taurus',
    });
    expect(elsewhere.statusCode).toBe(409);
    const list = await get(manager, '/api/v1/firearms?serial=71b');
    expect(list.json().items.map((f: { serial: string }) => f.serial)).toEqual(['4A7 1B2']);
    expect(list.json().items[0]).toMatchObject({
      manufacturer: 'Taurus',
      calibre: '.38 Special',
      status: 'in-store',
      facilityId: facilityA,
    });
  });

  it('refuses an unknown calibre naming the closest catalogue entries', async () => {
    const response = await post(manager, `/api/v1/organisations/${manager.organisationId}/firearms`, {
      ...revolver('ZZ-1', facilityA),
      calibre: '.38 Spcial',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('calibre');
    expect(JSON.stringify(response.json().error.details)).toContain('.38 Special');
  });

  it('moves, marks, transfers to a licensed company that confirms, and keeps the whole history', async () => {
    const acquired = await post(
      manager,
      `/api/v1/organisations/${manager.organisationId}/firearms`,
      revolver('TR-5501', facilityA),
    );
    const firearmId = acquired.json().entry.payload.firearmId as string;
    expect(
      (
        await post(manager, `/api/v1/firearms/${firearmId}/moves`, {
          idempotencyKey: key(),
          toFacilityId: facilityB,
        })
      ).statusCode,
    ).toBe(201);
    const sameFacility = await post(manager, `/api/v1/firearms/${firearmId}/moves`, {
      idempotencyKey: key(),
      toFacilityId: facilityB,
    });
    expect(sameFacility.statusCode).toBe(409);
    expect(sameFacility.json().error.details.refusal.code).toBe('SAME_FACILITY');
    const marked = await post(manager, `/api/v1/firearms/${firearmId}/markings`, {
      idempotencyKey: key(),
      marking: {
        kind: 'psc-secondary',
        text: 'ANDINA-0001',
        location: 'frame, left',
        appliedOn: '2026-11-20',
        appliedBy: 'Equipo de marcaje',
        includesSerial: true,
      },
    });
    expect(marked.statusCode).toBe(201);

    const toPolice = await post(manager, `/api/v1/firearms/${firearmId}/transfer-out`, {
      idempotencyKey: key(),
      toOrganisationId: (await signIn(t.app, 'policia@custodia.example')).organisationId,
    });
    expect(toPolice.json().error.details.refusal.code).toBe('RECEIVER_NOT_LICENSED');
    expect(
      (
        await post(manager, `/api/v1/firearms/${firearmId}/transfer-out`, {
          idempotencyKey: key(),
          toOrganisationId: other.organisationId,
          reference: 'CONTRATO-9',
        })
      ).statusCode,
    ).toBe(201);
    expect((await get(manager, `/api/v1/firearms/${firearmId}`)).json()).toMatchObject({
      status: 'in-transit',
      inTransitToId: other.organisationId,
      facilityId: null,
    });
    const wrongReceiver = await post(manager, `/api/v1/firearms/${firearmId}/transfer-in`, {
      idempotencyKey: key(),
      facilityId: facilityA,
    });
    expect(wrongReceiver.statusCode).toBe(409);
    const received = await post(other, `/api/v1/firearms/${firearmId}/transfer-in`, {
      idempotencyKey: key(),
      facilityId: otherFacility,
    });
    expect(received.statusCode, received.body).toBe(201);
    const now = (await get(other, `/api/v1/firearms/${firearmId}`)).json();
    expect(now).toMatchObject({
      organisationId: other.organisationId,
      status: 'in-store',
      facilityId: otherFacility,
    });
    expect(now.markings).toHaveLength(1);
    // The first company no longer reads the weapon; the new holder reads the whole timeline of its own chain.
    expect((await get(manager, `/api/v1/firearms/${firearmId}`)).statusCode).toBe(404);
    const history = (await get(other, `/api/v1/history/${firearmId}`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(history).toEqual(['transfer-in']);
    const regulator = await signIn(t.app, 'regulador@custodia.example');
    const full = (await get(regulator, `/api/v1/history/${firearmId}`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(full).toEqual(['acquisition', 'move', 'marking', 'transfer-out', 'transfer-in']);
    expect(
      (await get(await signIn(t.app, 'programa@custodia.example'), `/api/v1/firearms/${firearmId}`))
        .statusCode,
    ).toBe(404);
  });

  it('disposes of a held weapon once, with its certificate', async () => {
    const acquired = await post(
      manager,
      `/api/v1/organisations/${manager.organisationId}/firearms`,
      revolver('DX-77', facilityA),
    );
    const firearmId = acquired.json().entry.payload.firearmId as string;
    const body = { method: 'destruction', certificateReference: 'CERT-DESTR-2026-14' };
    expect(
      (await post(manager, `/api/v1/firearms/${firearmId}/disposal`, { ...body, idempotencyKey: key() }))
        .statusCode,
    ).toBe(201);
    const twice = await post(manager, `/api/v1/firearms/${firearmId}/disposal`, {
      ...body,
      idempotencyKey: key(),
    });
    expect(twice.json().error.details.refusal).toEqual({ code: 'FIREARM_NOT_HELD', status: 'destroyed' });
  });

  it('receives, consumes and corrects ammunition by lot, never below zero', async () => {
    const received = await post(manager, `/api/v1/organisations/${manager.organisationId}/ammunition`, {
      idempotencyKey: key(),
      facilityId: facilityA,
      rounds: 1000,
      lotNumber: 'L-2026-03',
      calibre: '.38 Special',
      manufacturer: 'CBC',
      unNumber: '0012',
      neqKgPer1000: '0.35',
    });
    expect(received.statusCode, received.body).toBe(201);
    const lotId = received.json().entry.payload.lotId as string;
    expect(received.json().entry.payload.lot).toMatchObject({
      hazardDivision: '1.4',
      compatibilityGroup: 'S',
    });
    const consumed = await post(manager, `/api/v1/ammunition-lots/${lotId}/consumption`, {
      idempotencyKey: key(),
      facilityId: facilityA,
      rounds: 200,
      reason: 'training',
    });
    expect(consumed.statusCode).toBe(201);
    const tooMany = await post(manager, `/api/v1/ammunition-lots/${lotId}/consumption`, {
      idempotencyKey: key(),
      facilityId: facilityA,
      rounds: 801,
      reason: 'training',
    });
    expect(tooMany.json().error.details.refusal).toEqual({
      code: 'ROUNDS_EXCEED_STOCK',
      requested: 801,
      available: 800,
    });
    for (const rounds of [-5, 0, 2.5]) {
      const bad = await post(manager, `/api/v1/ammunition-lots/${lotId}/consumption`, {
        idempotencyKey: key(),
        facilityId: facilityA,
        rounds,
        reason: 'training',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields[0].path).toBe('rounds');
    }
    const corrected = await post(manager, `/api/v1/ammunition-lots/${lotId}/corrections`, {
      idempotencyKey: key(),
      correctsEntryId: consumed.json().entry.id,
      facilityId: facilityA,
      roundsDelta: 20,
      reason: 'Se registraron 200, fueron 180',
    });
    expect(corrected.statusCode).toBe(201);
    expect((await get(manager, `/api/v1/ammunition-lots/${lotId}`)).json()).toMatchObject({
      totalRounds: 820,
      stock: [{ facilityId: facilityA, rounds: 820 }],
    });
    const history = (await get(manager, `/api/v1/history/${lotId}?view=both`)).json().items;
    const consumption = history.find((e: { kind: string }) => e.kind === 'ammunition-consumed');
    expect(consumption.correctedBy).toEqual([corrected.json().entry.id]);
    const correctedView = (await get(manager, `/api/v1/history/${lotId}?view=corrected`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(correctedView).toEqual(['ammunition-received', 'correction']);
    const original = (await get(manager, `/api/v1/history/${lotId}?view=original`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(original).toEqual(['ammunition-received', 'ammunition-consumed']);
  });

  it('corrects a mistyped serial with a new entry; the original stays in the ledger', async () => {
    const acquired = await post(
      manager,
      `/api/v1/organisations/${manager.organisationId}/firearms`,
      revolver('SN-1O1', facilityA),
    );
    const firearmId = acquired.json().entry.payload.firearmId as string;
    const fix = await post(manager, `/api/v1/firearms/${firearmId}/corrections`, {
      idempotencyKey: key(),
      correctsEntryId: acquired.json().entry.id,
      reason: 'O por 0 al transcribir',
      changes: { serial: 'SN-101' },
    });
    expect(fix.statusCode, fix.body).toBe(201);
    expect((await get(manager, `/api/v1/firearms/${firearmId}`)).json().serial).toBe('SN-101');
    const entries = (await get(manager, `/api/v1/history/${firearmId}`)).json().items;
    expect(entries[0].payload.firearm.serial).toBe('SN-1O1');
    expect(entries[1]).toMatchObject({ kind: 'correction', corrects: acquired.json().entry.id });
  });

  it('verifies the chains, rebuilds the same registry, and the database refuses to change an entry', async () => {
    expect(await verifyLedger(t.ctx.database)).toMatchObject({ ok: true, problem: null });
    const before = await snapshotRegistry(t.ctx.database.db);
    await rebuildRegistry(t.ctx.database);
    expect(await snapshotRegistry(t.ctx.database.db)).toEqual(before);
    await expect(sql`UPDATE ledger_entry SET kind = 'x'`.execute(t.ctx.database.db)).rejects.toThrow(
      /never updated/,
    );
    await expect(sql`DELETE FROM ledger_entry`.execute(t.ctx.database.db)).rejects.toThrow(/never/);
    if (dialect === 'postgres')
      await expect(sql`TRUNCATE ledger_entry CASCADE`.execute(t.ctx.database.db)).rejects.toThrow(/never/);
  });
});

describe.each(TEST_DIALECTS)('list exports (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('exports the firearms a company sees, with its filters, as CSV and XLSX, in the chosen language', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/firearms?format=csv&lang=es&type=revolver',
      headers: as(manager),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="firearms-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Número de serie,Fabricante');
    expect(lines.slice(1).every((l) => l.includes(',Taurus,') && l.includes('revolver'))).toBe(true);
    expect(lines.length).toBe(4);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/firearms?format=xlsx&lang=en',
      headers: as(manager),
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const other = await signIn(t.app, 'gerente@pacifico.example');
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/firearms?format=csv',
      headers: as(other),
    });
    expect(theirs.body).not.toContain('AN0');
  });
});
