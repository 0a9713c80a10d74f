import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentBody } from '../support/incident-fixtures';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, post, revolvers, type ArmouryFixture } from './armoury-fixtures';

/** The CSV's lines, without the byte-order mark. */
function linesOf(body: string): string[] {
  return body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
}

// Issue 14, defect 13: the weapons-out board and the incident list are exported (CSV or XLSX) as
// the person sees them, through the same export helpers as the registry lists.
describe.each(TEST_DIALECTS)('exports of the weapons-out board and the incident list (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  const base = () => `/api/v1/organisations/${f.organisationId}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await armouryFixture(t);
  });
  afterAll(async () => t.close());

  it('exports the weapons out with the guard, post, shift and times, in Spanish and English', async () => {
    const weapon = revolvers(f)[0]!;
    const issued = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      idempotencyKey: key('export-issue'),
      facilityId: f.facilityId,
      personnelId: person(f, 'Juan Pérez Quispe').id,
      firearmId: weapon.id,
      postId: post(f, 'Puerta principal').id,
      shift: '06:00–18:00',
      ammunition: { lotId: f.lotId, rounds: 12 },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const issue = issued.json().issue;

    const es = await call(
      t,
      f.armourer,
      'GET',
      `/api/v1/exports/weapons-out?format=csv&lang=es&organisationId=${f.organisationId}`,
    );
    expect(es.statusCode, es.body).toBe(200);
    expect(es.headers['content-type']).toContain('text/csv');
    expect(es.headers['content-disposition']).toMatch(
      /attachment; filename="weapons-out-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(linesOf(es.body)).toEqual([
      'Número de serie,Fabricante,Modelo,Vigilante,Documento de identidad,Instalación,Puesto,Turno,Cartuchos,Entregada,Devolución prevista,Vencida',
      [
        weapon.serial,
        issue.firearm.manufacturer,
        issue.firearm.model,
        'Juan Pérez Quispe',
        issue.personnel.nationalId,
        issue.facilityName,
        `${issue.post.name} (${issue.post.siteName})`,
        '06:00–18:00',
        '12',
        issue.issuedAt,
        issue.expectedReturnAt,
        'no',
      ].join(','),
    ]);
    const en = await call(
      t,
      f.regulator,
      'GET',
      `/api/v1/exports/weapons-out?format=csv&lang=en&organisationId=${f.organisationId}`,
    );
    expect(en.statusCode, en.body).toBe(200);
    expect(linesOf(en.body)[0]).toBe(
      'Serial number,Manufacturer,Model,Guard,National ID,Facility,Post,Shift,Rounds,Issued,Expected back,Overdue',
    );
    const xlsx = await call(
      t,
      f.armourer,
      'GET',
      `/api/v1/exports/weapons-out?format=xlsx&organisationId=${f.organisationId}`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // One company's board: without the organisation it is refused with the field named.
    const without = await call(t, f.armourer, 'GET', '/api/v1/exports/weapons-out?format=csv');
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details.fields.map((x: { path: string }) => x.path)).toEqual([
      'organisationId',
    ]);
  });

  it('exports the incident list of a company, and the regulator’s inbox', async () => {
    const filed = await call(
      t,
      f.armourer,
      'POST',
      `${base()}/incidents`,
      incidentBody(t, { firearms: [{ firearmId: revolvers(f)[1]!.id }] }),
    );
    expect(filed.statusCode, filed.body).toBe(201);
    const reference = filed.json().incident?.reference ?? filed.json().reference;
    expect(reference).toMatch(/-INC-/);
    const company = await call(
      t,
      f.manager,
      'GET',
      `/api/v1/exports/incidents?format=csv&lang=es&organisationId=${f.organisationId}`,
    );
    expect(company.statusCode, company.body).toBe(200);
    const lines = linesOf(company.body);
    expect(lines[0]).toBe('Referencia,Organización,Clase,Estado,Descubierto,Lugar,Armas,Cartuchos');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`${reference},`)).toBe(true);
    const inbox = await call(t, f.regulator, 'GET', '/api/v1/exports/incidents?format=csv&lang=en');
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(linesOf(inbox.body)[0]).toBe('Reference,Organisation,Kind,Status,Discovered,Place,Weapons,Rounds');
    expect(linesOf(inbox.body).some((l) => l.startsWith(`${reference},`))).toBe(true);
  });
});
