import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOST_STOLEN_FIELDS } from '../../src/contracts/lost-stolen';
import type { Actor } from '../../src/core/access/actor';
import { createOrganisation } from '../../src/use-cases/create-organisation';
import { NO_REQUEST } from '../../src/use-cases/context';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { firearmIn, recover, reportMissing, type AcquiredFirearm } from './lost-stolen-fixtures';

/** A minimal RFC 4180 reader: the export must read back to the same records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

// Issue #6: lost and stolen firearms with the fields an INTERPOL iARMS record needs, as CSV and JSON.
describe.each(TEST_DIALECTS)('the lost and stolen firearms export (%s)', (dialect) => {
  let t: TestApp;
  let andina: SignedIn;
  let armourer: SignedIn;
  let pacifico: SignedIn;
  let regulator: SignedIn;
  let admin: SignedIn;
  let police: SignedIn;
  let programme: SignedIn;
  let foreignCompanyId: string;
  let stolen: AcquiredFirearm;
  let lost: AcquiredFirearm;
  let seized: AcquiredFirearm;
  let kept: AcquiredFirearm;
  let recovered: AcquiredFirearm;
  let pacificoStolen: AcquiredFirearm;
  let foreignStolen: AcquiredFirearm;

  const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const serialsOf = (body: { items: Array<{ serialNumber: string }> }) =>
    body.items.map((i) => i.serialNumber).sort();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    andina = await signIn(t.app, 'gerente@andina.example');
    armourer = await signIn(t.app, 'armero@andina.example');
    pacifico = await signIn(t.app, 'gerente@pacifico.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
    admin = await signIn(t.app, 'admin@custodia.example');
    police = await signIn(t.app, 'policia@custodia.example');
    programme = await signIn(t.app, 'programa@custodia.example');
    // Another country's regulator and company: not the Peruvian regulator's to export.
    const adminActor = {
      userId: admin.userId,
      apiTokenId: null,
      organisationId: admin.organisationId,
      organisationKind: 'regulator',
      countryCode: 'PE',
      roles: ['system-admin'],
    } as unknown as Actor;
    const co = await createOrganisation(
      t.ctx,
      adminActor,
      { kind: 'regulator', code: 'REG-CO', name: 'Regulador CO', countryCode: 'CO', licensedById: null },
      NO_REQUEST,
    );
    foreignCompanyId = (
      await createOrganisation(
        t.ctx,
        adminActor,
        { kind: 'psc', code: 'PSC-CO', name: 'Seguridad CO', countryCode: 'CO', licensedById: co.id },
        NO_REQUEST,
      )
    ).id;

    stolen = await firearmIn(t, andina.organisationId, {
      serial: 'TA-4471B2',
      manufacturer: 'Taurus',
      model: '82 "Special"',
      type: 'revolver',
      calibre: '.38 SPL',
      countryOfManufacture: 'BR',
    });
    await reportMissing(t, andina.organisationId, stolen.firearmId, {
      status: 'stolen',
      incidentReference: 'PSC-ANDINA-INC-2026-0001',
      occurredAt: '2026-11-20T22:40:00.000Z',
      discoveredAt: '2026-11-20T23:05:00.000Z',
      place: 'Av. Argentina 2450, Callao',
      policeReference: 'PNP-CALLAO-88121',
    });
    lost = await firearmIn(t, andina.organisationId, { serial: 'GL-LOST-01' });
    // Nobody knows when it was lost: the date of loss is the discovery.
    await reportMissing(t, andina.organisationId, lost.firearmId, {
      status: 'lost',
      incidentReference: 'PSC-ANDINA-INC-2026-0002',
      occurredAt: null,
      discoveredAt: '2026-11-22T08:00:00.000Z',
      place: 'Armería central, Lima',
      policeReference: null,
    });
    seized = await firearmIn(t, andina.organisationId, { serial: 'GL-SEIZED-01' });
    await reportMissing(t, andina.organisationId, seized.firearmId, {
      status: 'seized',
      incidentReference: 'PSC-ANDINA-INC-2026-0003',
    });
    kept = await firearmIn(t, andina.organisationId, { serial: 'GL-KEPT-01' });
    recovered = await firearmIn(t, andina.organisationId, { serial: 'GL-BACK-01' });
    await reportMissing(t, andina.organisationId, recovered.firearmId, {
      status: 'stolen',
      incidentReference: 'PSC-ANDINA-INC-2026-0004',
    });
    await recover(t, andina.organisationId, recovered.firearmId, {
      custody: 'company',
      facilityId: recovered.facilityId,
    });
    pacificoStolen = await firearmIn(t, pacifico.organisationId, { serial: 'GL-PAC-01' });
    await reportMissing(t, pacifico.organisationId, pacificoStolen.firearmId, {
      status: 'stolen',
      incidentReference: 'PSC-PACIFICO-INC-2026-0001',
    });
    foreignStolen = await firearmIn(t, foreignCompanyId, { serial: 'GL-CO-01' });
    await reportMissing(t, foreignCompanyId, foreignStolen.firearmId, {
      status: 'stolen',
      incidentReference: 'PSC-CO-INC-2026-0001',
    });
  });
  afterAll(async () => t.close());

  it('gives the regulator every lost or stolen weapon of the companies it licenses, with the iARMS fields', async () => {
    const response = await get(regulator, '/api/v1/lost-stolen-firearms?format=json');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // Seized (held by the authorities), recovered and kept weapons are not lost or stolen; another
    // country's company is not this regulator's.
    expect(serialsOf(body)).toEqual(['GL-LOST-01', 'GL-PAC-01', 'TA-4471B2']);
    expect(body.total).toBe(3);
    expect(body.generatedAt).toBe(t.ctx.now());
    expect(body.items.find((i: { serialNumber: string }) => i.serialNumber === 'TA-4471B2')).toEqual({
      nationalReference: 'PSC-ANDINA-INC-2026-0001',
      status: 'stolen',
      serialNumber: 'TA-4471B2',
      manufacturer: 'Taurus',
      model: '82 "Special"',
      type: 'revolver',
      calibre: '.38 Special',
      countryOfManufacture: 'BR',
      dateOfLoss: '2026-11-20T22:40:00.000Z',
      discoveredAt: '2026-11-20T23:05:00.000Z',
      placeOfLoss: 'Av. Argentina 2450, Callao',
      policeReference: 'PNP-CALLAO-88121',
      reportingOrganisation: 'Seguridad Andina S.A.C.',
      reportingOrganisationCode: 'PSC-ANDINA',
      reportingCountry: 'PE',
      registryId: stolen.firearmId,
      organisationId: andina.organisationId,
    });
    expect(body.items.find((i: { serialNumber: string }) => i.serialNumber === 'GL-LOST-01')).toMatchObject({
      status: 'lost',
      nationalReference: 'PSC-ANDINA-INC-2026-0002',
      dateOfLoss: '2026-11-22T08:00:00.000Z',
      placeOfLoss: 'Armería central, Lima',
      policeReference: null,
    });
    // JSON is the default format.
    expect((await get(regulator, '/api/v1/lost-stolen-firearms')).json().total).toBe(3);
  });

  it('writes the same records as CSV: a header row of field names and RFC 4180 quoting', async () => {
    const response = await get(regulator, '/api/v1/lost-stolen-firearms?format=csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="lost-stolen-firearms-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(response.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual([...LOST_STOLEN_FIELDS]);
    const records = rows.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i]])));
    const json = (await get(regulator, '/api/v1/lost-stolen-firearms?format=json')).json();
    expect(records).toEqual(
      json.items.map((item: Record<string, string | null>) =>
        Object.fromEntries(LOST_STOLEN_FIELDS.map((key) => [key, item[key] ?? ''])),
      ),
    );
    expect(response.body).toContain('"82 ""Special"""');
  });

  it('gives a company its own lost and stolen weapons, and its regulator and administrators the same list', async () => {
    const own = await get(andina, `/api/v1/organisations/${andina.organisationId}/lost-stolen-firearms`);
    expect(own.statusCode, own.body).toBe(200);
    expect(serialsOf(own.json())).toEqual(['GL-LOST-01', 'TA-4471B2']);
    for (const reader of [armourer, regulator, admin]) {
      const read = await get(reader, `/api/v1/organisations/${andina.organisationId}/lost-stolen-firearms`);
      expect(serialsOf(read.json())).toEqual(['GL-LOST-01', 'TA-4471B2']);
    }
    const csv = await get(
      pacifico,
      `/api/v1/organisations/${pacifico.organisationId}/lost-stolen-firearms?format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(parseCsv(csv.body.replace(/^\uFEFF/, '')).map((row) => row[0])).toEqual([
      'nationalReference',
      'PSC-PACIFICO-INC-2026-0001',
    ]);
    const everywhere = await get(admin, '/api/v1/lost-stolen-firearms');
    expect(serialsOf(everywhere.json())).toEqual(['GL-CO-01', 'GL-LOST-01', 'GL-PAC-01', 'TA-4471B2']);
  });

  it('shows no one else a company’s list, and the national list to the regulator and administrators only', async () => {
    const pacificoList = `/api/v1/organisations/${pacifico.organisationId}/lost-stolen-firearms`;
    for (const outsider of [andina, police, programme]) {
      const denied = await get(outsider, pacificoList);
      expect(denied.statusCode).toBe(404);
      expect(Object.keys(denied.json())).toEqual(['error']);
    }
    const foreign = await get(regulator, `/api/v1/organisations/${foreignCompanyId}/lost-stolen-firearms`);
    expect(foreign.statusCode).toBe(404);
    // Law enforcement uses the quick check (hit or no hit), never the list.
    for (const outsider of [andina, armourer, police, programme]) {
      const denied = await get(outsider, '/api/v1/lost-stolen-firearms?format=csv');
      expect(denied.statusCode).toBe(403);
      expect(Object.keys(denied.json())).toEqual(['error']);
    }
  });

  it('refuses an unknown format, naming the field', async () => {
    const response = await get(regulator, '/api/v1/lost-stolen-firearms?format=xml');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain('format');
  });

  it('drops a weapon from the list when it is recovered, and lists it again with the new reference when it goes missing again', async () => {
    await recover(t, andina.organisationId, stolen.firearmId, { custody: 'authorities', facilityId: null });
    const afterRecovery = await get(regulator, '/api/v1/lost-stolen-firearms');
    expect(serialsOf(afterRecovery.json())).toEqual(['GL-LOST-01', 'GL-PAC-01']);
    await recover(t, andina.organisationId, recovered.firearmId, {
      custody: 'company',
      facilityId: recovered.facilityId,
    });
    await reportMissing(t, andina.organisationId, kept.firearmId, {
      status: 'lost',
      incidentReference: 'PSC-ANDINA-INC-2026-0005',
    });
    await reportMissing(t, andina.organisationId, kept.firearmId, {
      status: 'stolen',
      incidentReference: 'PSC-ANDINA-INC-2026-0006',
    });
    const again = (
      await get(andina, `/api/v1/organisations/${andina.organisationId}/lost-stolen-firearms`)
    ).json();
    expect(again.items.find((i: { serialNumber: string }) => i.serialNumber === 'GL-KEPT-01')).toMatchObject({
      status: 'stolen',
      nationalReference: 'PSC-ANDINA-INC-2026-0006',
    });
  });
});
