import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../src/use-cases/ledger/verify-ledger';
import { TEST_DIALECTS } from '../../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../../support/test-app';

let keySeq = 0;
const key = () => `lookalike-${Date.now()}-${keySeq++}`;

/* Issue #15 item 8: a Cyrillic "А" registered a second weapon beside the Latin one. */
describe.each(TEST_DIALECTS)('look-alike serials (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  let other: SignedIn;
  let facility: string;
  let otherFacility: string;

  const post = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  async function newFacility(s: SignedIn, code: string): Promise<string> {
    const response = await post(s, '/api/v1/facilities', {
      idempotencyKey: key(),
      organisationId: s.organisationId,
      code,
      name: `Armería ${code}`,
      kind: 'combined',
      maxNeqKg: '50',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().entry.payload.facilityId as string;
  }
  const pistol = (serial: string, facilityId: string, extra: object = {}) => ({
    idempotencyKey: key(),
    facilityId,
    source: { kind: 'supplier', name: 'Importadora Lima S.A.', reference: null },
    type: 'pistol',
    manufacturer: 'Glock',
    model: '17',
    calibre: '9x19mm',
    serial,
    countryOfManufacture: 'AT',
    ...extra,
  });
  const acquire = (s: SignedIn, body: object) =>
    post(s, `/api/v1/organisations/${s.organisationId}/firearms`, body);
  const count = async () =>
    Number(
      (
        await t.ctx.database.db
          .selectFrom('firearm')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
    other = await signIn(t.app, 'gerente@pacifico.example');
    facility = await newFacility(manager, 'ARM-L1');
    otherFacility = await newFacility(other, 'ARM-L2');
  });
  afterAll(async () => t.close());

  it('refuses a Cyrillic look-alike of a registered serial, naming the existing weapon, and writes nothing', async () => {
    const latin = await acquire(manager, pistol('ABC123', facility));
    expect(latin.statusCode, latin.body).toBe(201);
    const latinId = latin.json().entry.payload.firearmId as string;
    const before = await count();
    for (const lookalike of ['АВС123', 'ABC12З'.replace('З', '3').replace('A', 'А'), 'A8C123', 'ABCI23']) {
      const response = await acquire(manager, pistol(lookalike, facility));
      expect([lookalike, response.statusCode]).toEqual([lookalike, 409]);
      expect(response.json().error.code).toBe('SERIAL_LOOKALIKE');
      expect(response.json().error.details.existing).toEqual([
        { serial: 'ABC123', model: '17', firearmId: latinId },
      ]);
    }
    expect(await count()).toBe(before);
    // Another company is told that the weapon exists, not which record it is.
    const foreign = await acquire(other, pistol('АВС123', otherFacility));
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().error.details.existing).toEqual([
      { serial: 'ABC123', model: '17', firearmId: null },
    ]);
    // Another manufacturer's weapon may carry the same letters.
    expect((await acquire(manager, pistol('АВС123', facility, { manufacturer: 'Beretta' }))).statusCode).toBe(
      201,
    );
  });

  it('accepts a confirmed different weapon and records the confirmation in its ledger entry', async () => {
    const first = await acquire(manager, pistol('KP-4410', facility));
    expect(first.statusCode).toBe(201);
    const confirmed = await acquire(
      manager,
      pistol('КР-4410', facility, { confirmDifferentFromLookalikes: true }),
    );
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json().entry.payload.confirmedDistinctFrom).toEqual([
      { firearmId: first.json().entry.payload.firearmId, serial: 'KP-4410' },
    ]);
    // An exact duplicate is still refused, confirmation or not.
    const exact = await acquire(
      manager,
      pistol('KP 4410', facility, { confirmDifferentFromLookalikes: true }),
    );
    expect(exact.statusCode).toBe(409);
    expect(exact.json().error.code).toBe('CONFLICT');
    expect((await verifyLedger(t.ctx.database)).ok).toBe(true);
  });

  it('refuses the confirmation from someone who may not acquire', async () => {
    const armourer = await signIn(t.app, 'armero@andina.example');
    const response = await acquire(
      armourer,
      pistol('АВС123', facility, { confirmDifferentFromLookalikes: true }),
    );
    expect(response.statusCode).toBe(403);
  });
});
