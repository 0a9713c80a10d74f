import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, type ArmouryFixture } from './armoury-fixtures';

describe.each(TEST_DIALECTS)('stock counts and reconciliation (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await armouryFixture(t);
  });
  afterAll(async () => t.close());

  it('lists the demo policies as due', async () => {
    const due = (await call(t, f.manager, 'GET', `${base()}/armoury/counts-due`)).json();
    expect(due.items.map((d: { trigger: string }) => d.trigger).sort()).toEqual([
      'annual',
      'closing',
      'opening',
      'weekly',
    ]);
    const set = await call(t, f.manager, 'PUT', `${base()}/armoury/count-policies`, {
      facilityId: f.facilityId,
      kinds: ['serial-monthly', 'armourer-change'],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(
      set
        .json()
        .items.map((p: { kind: string }) => p.kind)
        .sort(),
    ).toEqual(['armourer-change', 'serial-monthly']);
    const byArmourer = await call(t, f.armourer, 'PUT', `${base()}/armoury/count-policies`, {
      facilityId: f.facilityId,
      kinds: [],
    });
    expect(byArmourer.statusCode).toBe(403);
  });

  it('runs a blind full count with one weapon missing, a short lot and an unknown tag, and closes it once resolved', async () => {
    const started = await call(t, f.armourer, 'POST', `${base()}/armoury/counts`, {
      facilityId: f.facilityId,
      kind: 'full',
      trigger: 'monthly',
      isBlind: true,
      secondCounterName: 'Ana Gutiérrez León',
    });
    expect(started.statusCode, started.body).toBe(201);
    const countId = started.json().id;
    expect(started.json().expected).toBeNull();
    const [missing, ...present] = f.firearms;
    const recorded = await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/items`, {
      scannedCodes: [...present.map((w) => w.serial.toLowerCase()), present[0]!.serial, 'ZZ-UNKNOWN-1'],
      lots: [{ lotId: f.lotId, rounds: 2390 }],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    // A code that names no weapon of this company is set aside, not counted as a weapon (issue 14,
    // defect 12): the weapons counted are the company's, each once.
    expect(recorded.json().counted.notOfArmoury).toEqual(['ZZ-UNKNOWN-1']);
    expect(
      recorded
        .json()
        .counted.weapons.map((w: { firearmId: string }) => w.firearmId)
        .sort(),
    ).toEqual(present.map((w) => w.id).sort());
    // Blind: nothing of what the book holds is shown while counting.
    expect(recorded.json().expected).toBeNull();
    expect(recorded.json().summary).toBeNull();

    const submitted = (
      await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/submission`)
    ).json();
    expect(submitted.status).toBe('reconciling');
    expect(submitted.expected.lots[0].rounds).toBe(2400);
    expect(submitted.summary).toEqual({
      matched: present.length,
      missing: 1,
      extra: 1,
      wrongFacility: 0,
      lotVariances: 1,
      unresolved: 3,
    });
    const byKind = Object.fromEntries(submitted.discrepancies.map((d: { kind: string }) => [d.kind, d]));
    expect(byKind.missing.firearm.id).toBe(missing!.id);
    expect(byKind.extra.scannedCode).toBe('ZZ-UNKNOWN-1');
    expect(byKind['ammunition-variance']).toMatchObject({ expected: 2400, counted: 2390 });

    const early = await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/closure`, {
      idempotencyKey: key('close'),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('COUNT_UNRESOLVED');

    const resolve = (id: string, resolution: string, note: string) =>
      call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/discrepancies/${id}/resolution`, {
        resolution,
        note,
      });
    expect((await resolve(byKind.missing.id, 'found', 'In the cleaning room; recounted')).statusCode).toBe(
      200,
    );
    expect((await resolve(byKind.extra.id, 'recorded-error', 'Mis-scan of a rack label')).statusCode).toBe(
      200,
    );
    const loss = await resolve(
      byKind['ammunition-variance'].id,
      'reported-loss',
      '10 rounds unaccounted for',
    );
    expect(loss.statusCode, loss.body).toBe(200);
    const lot = (await call(t, f.armourer, 'GET', `/api/v1/ammunition-lots/${f.lotId}`)).json();
    expect(lot.stock.find((s: { facilityId: string }) => s.facilityId === f.facilityId).rounds).toBe(2390);

    const closed = await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${countId}/closure`, {
      idempotencyKey: key('close'),
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', summary: { unresolved: 0 } });
    expect(closed.json().closeEntryId).not.toBeNull();
    const report = await call(t, f.regulator, 'GET', `${base()}/armoury/counts/${countId}/report.pdf`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a second count of a facility while one is counting', async () => {
    const body = { facilityId: f.facilityId, kind: 'numeric', trigger: 'opening' };
    const first = await call(t, f.armourer, 'POST', `${base()}/armoury/counts`, body);
    expect(first.statusCode).toBe(201);
    const second = await call(t, f.armourer, 'POST', `${base()}/armoury/counts`, body);
    expect(second.json().error.code).toBe('COUNT_ALREADY_OPEN');
    await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${first.json().id}/items`, {
      weaponsCounted: 12,
    });
    const submitted = (
      await call(t, f.armourer, 'POST', `${base()}/armoury/counts/${first.json().id}/submission`)
    ).json();
    expect(submitted.discrepancies).toEqual([]);
    expect(submitted.summary.matched).toBe(12);
  });
});
