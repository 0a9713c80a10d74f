import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { multipart, TINY_PNG } from '../support/multipart';
import { snapshotRegistry } from '../support/registry-snapshot';

// What the registry's web pages need besides the book itself: the catalogue, transfer recipients,
// sorted lot lists, verification on demand, photos, and the import wizard's jobs.

let keySeq = 0;
const key = () => `web-key-${Date.now()}-${keySeq++}`;

const HEADER =
  'serial,manufacturer,model,type,calibre,country_of_manufacture,year_of_manufacture,import_country,import_year,facility,permit_number,permit_expires_on';

describe.each(TEST_DIALECTS)('registry web support (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  let armourer: SignedIn;
  let admin: SignedIn;
  let regulator: SignedIn;
  let other: SignedIn;
  let facilityId: string;

  const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const post = (s: SignedIn, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const upload = (
    s: SignedIn,
    url: string,
    fields: Record<string, string>,
    file: Parameters<typeof multipart>[1],
  ) => {
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...as(s), ...body.headers },
      payload: body.payload,
    });
  };
  const count = async (table: 'ledger_entry' | 'firearm' | 'photo') =>
    Number(
      (
        await t.ctx.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function finished(s: SignedIn, jobId: string) {
    for (let i = 0; i < 500; i++) {
      const job = (await get(s, `/api/v1/imports/${jobId}`)).json();
      if (!['validating', 'committing'].includes(job.status)) return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
    armourer = await signIn(t.app, 'armero@andina.example');
    admin = await signIn(t.app, 'admin@custodia.example');
    regulator = await signIn(t.app, 'regulador@custodia.example');
    other = await signIn(t.app, 'gerente@pacifico.example');
    const facilities = (await get(manager, '/api/v1/facilities')).json().items as Array<{
      id: string;
      code: string;
    }>;
    facilityId = facilities.find((f) => f.code === 'ARM-01')!.id;
  });
  afterAll(async () => t.close());

  it('serves the catalogue to anyone signed in; only an administrator extends it, and not with a known spelling', async () => {
    const catalogue = (await get(armourer, '/api/v1/catalogue')).json();
    expect(catalogue.manufacturers.map((m: { name: string }) => m.name)).toContain('Taurus');
    expect(catalogue.calibres.length).toBeGreaterThan(10);
    expect(catalogue.models.some((m: { name: string }) => m.name === '82')).toBe(true);

    const body = { name: 'Armas Andinas', countryCode: 'PE', aliases: ['Armandina'] };
    expect((await post(manager, '/api/v1/catalogue/manufacturers', body)).statusCode).toBe(403);
    const added = await post(admin, '/api/v1/catalogue/manufacturers', body);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ id: 'armas-andinas', name: 'Armas Andinas' });
    const again = await post(admin, '/api/v1/catalogue/manufacturers', { name: 'ARMANDINA', aliases: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.fields[0]).toMatchObject({ path: 'name' });

    const calibre = await post(admin, '/api/v1/catalogue/calibres', {
      name: '9 mm Parabellum',
      category: 'handgun',
    });
    expect(calibre.statusCode).toBe(409);
    const model = await post(admin, '/api/v1/catalogue/models', {
      manufacturerId: 'armas-andinas',
      name: 'AA-9',
      type: 'pistol',
      calibreId: 'no-such-calibre',
    });
    expect(model.statusCode).toBe(400);
    expect(model.json().error.details.fields[0].path).toBe('calibreId');
    const ok = await post(admin, '/api/v1/catalogue/models', {
      manufacturerId: 'armas-andinas',
      name: 'AA-9',
      type: 'pistol',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const audit = await t.ctx.database.db
      .selectFrom('audit_event')
      .select('type')
      .where('type', '=', 'catalogue-extended')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('lists transfer recipients: licensed companies other than the book itself', async () => {
    const items = (await get(manager, '/api/v1/transfer-recipients')).json().items as Array<{
      id: string;
      code: string;
    }>;
    expect(items.map((i) => i.code)).toContain('PSC-PACIFICO');
    expect(items.map((i) => i.id)).not.toContain(manager.organisationId);
    expect(
      (await get(other, `/api/v1/transfer-recipients?organisationId=${manager.organisationId}`)).statusCode,
    ).toBe(404);
  });

  it('sorts and filters ammunition lots on the server', async () => {
    for (const [lotNumber, calibre] of [
      ['Z-LOT', '9mm'],
      ['B-LOT', '.38 Special'],
    ] as const) {
      const r = await post(manager, `/api/v1/organisations/${manager.organisationId}/ammunition`, {
        idempotencyKey: key(),
        facilityId,
        rounds: 100,
        lotNumber,
        calibre,
        manufacturer: 'CBC',
        unNumber: '0012',
        neqKgPer1000: '0.3',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const desc = (await get(manager, '/api/v1/ammunition-lots?sort=lotNumber&direction=desc')).json();
    const numbers = desc.items.map((l: { lotNumber: string }) => l.lotNumber);
    expect(numbers).toEqual([...numbers].sort().reverse());
    const nine = (await get(manager, '/api/v1/ammunition-lots?calibre=9x19mm')).json();
    expect(nine.items.map((l: { lotNumber: string }) => l.lotNumber)).toContain('Z-LOT');
    expect(nine.items.map((l: { lotNumber: string }) => l.lotNumber)).not.toContain('B-LOT');
    const csv = await get(manager, '/api/v1/exports/ammunition-lots?format=csv&lang=en&calibre=9x19mm');
    expect(csv.body).toContain('Z-LOT');
    expect(csv.body).not.toContain('B-LOT');
  });

  it('verifies one book on demand and shows it in the integrity panel', async () => {
    const before = (
      await get(manager, `/api/v1/organisations/${manager.organisationId}/book-integrity`)
    ).json();
    const verified = await post(
      manager,
      `/api/v1/organisations/${manager.organisationId}/book-integrity/verify`,
      {},
    );
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().lastVerification).toMatchObject({
      ok: true,
      chains: 1,
      entries: before.chainLength,
    });
    expect(
      (await post(armourer, `/api/v1/organisations/${manager.organisationId}/book-integrity/verify`, {}))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(regulator, `/api/v1/organisations/${manager.organisationId}/book-integrity/verify`, {}))
        .statusCode,
    ).toBe(200);
    // Another company's panel does not show this book's verification.
    const elsewhere = (
      await get(other, `/api/v1/organisations/${other.organisationId}/book-integrity`)
    ).json();
    expect(elsewhere.lastVerification).toBeNull();
  });

  it('keeps photos with their hash; entries pin them; other books cannot read or use them', async () => {
    const notImage = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/photos`,
      {},
      {
        name: 'x.png',
        type: 'image/png',
        data: 'this is text',
      },
    );
    expect(notImage.statusCode).toBe(415);
    const tooBig = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/photos`,
      {},
      {
        name: 'big.png',
        type: 'image/png',
        data: Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]),
      },
    );
    expect(tooBig.statusCode).toBe(413);
    expect(await count('photo')).toBe(0);

    const uploaded = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/photos`,
      {},
      {
        name: 'door.png',
        type: 'image/png',
        data: TINY_PNG,
      },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json();
    expect(photo).toMatchObject({ contentType: 'image/png', byteLength: TINY_PNG.length });
    const served = await get(manager, `/api/v1/photos/${photo.id}`);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(TINY_PNG)).toBe(true);
    expect((await get(other, `/api/v1/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await get(regulator, `/api/v1/photos/${photo.id}`)).statusCode).toBe(200);

    const added = await post(manager, `/api/v1/facilities/${facilityId}/photos`, {
      idempotencyKey: key(),
      photoId: photo.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().entry.payload.photo).toEqual({ photoId: photo.id, sha256: photo.sha256 });
    const facility = (await get(manager, `/api/v1/facilities/${facilityId}`)).json();
    expect(facility.photos).toEqual([{ photoId: photo.id, sha256: photo.sha256 }]);

    const firearm = (await get(manager, '/api/v1/firearms?limit=1')).json().items[0];
    const marked = await post(manager, `/api/v1/firearms/${firearm.id}/markings`, {
      idempotencyKey: key(),
      marking: { kind: 'psc-secondary', text: 'ANDINA-0001', includesSerial: true, photoId: photo.id },
    });
    expect(marked.statusCode, marked.body).toBe(201);
    const detail = (await get(manager, `/api/v1/firearms/${firearm.id}`)).json();
    expect(detail.markings.find((m: { text: string }) => m.text === 'ANDINA-0001').photoId).toBe(photo.id);

    const entries = await count('ledger_entry');
    const foreign = await post(other, `/api/v1/facilities/${facilityId}/photos`, {
      idempotencyKey: key(),
      photoId: photo.id,
    });
    expect(foreign.statusCode).toBe(404);
    const otherFirearm = (await get(other, '/api/v1/firearms?limit=1')).json().items[0];
    const stolenPhoto = await post(other, `/api/v1/firearms/${otherFirearm.id}/markings`, {
      idempotencyKey: key(),
      marking: { kind: 'psc-secondary', text: 'P-1', photoId: photo.id },
    });
    expect(stolenPhoto.statusCode).toBe(400);
    expect(stolenPhoto.json().error.details.fields[0].path).toBe('marking.photoId');
    expect(await count('ledger_entry')).toBe(entries);
  });

  it('imports through the wizard: a bad file shows every bad row and cannot be committed; a good one commits', async () => {
    const firearmsBefore = await count('firearm');
    const bad = [
      HEADER,
      'WEB-0001,Taurus,82,revolver,.38 Special,BR,2012,,,ARM-01,,',
      'WEB-0002,Nobody Arms,X,pistol,9mm,BR,,,,ARM-01,,',
      'WEB-0003,Glock,17,pistol,9mm,ZZ,,,,ARM-01,,',
    ].join('\n');
    const started = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/imports`,
      { kind: 'firearms' },
      {
        name: 'armas.csv',
        type: 'text/csv',
        data: bad,
      },
    );
    expect(started.statusCode, started.body).toBe(202);
    const invalid = await finished(manager, started.json().id);
    expect(invalid.status).toBe('invalid');
    expect(invalid.rowsRead).toBe(3);
    expect(invalid.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'manufacturer'],
      [4, 'country_of_manufacture'],
    ]);
    expect(invalid.preview.map((p: { line: number; ok: boolean }) => [p.line, p.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
    ]);
    const report = await get(manager, `/api/v1/imports/${invalid.id}/report`);
    expect(report.body.split('\r\n')[1]).toMatch(/^3,manufacturer,/);
    expect((await post(manager, `/api/v1/imports/${invalid.id}/commit`, {})).statusCode).toBe(409);
    expect((await get(other, `/api/v1/imports/${invalid.id}`)).statusCode).toBe(404);
    expect(await count('firearm')).toBe(firearmsBefore);

    const good = [
      HEADER,
      'WEB-0001,Taurus,82,revolver,.38 Special,BR,2012,,,,,',
      'WEB-0004,Glock,17,pistol,9x19mm,AT,,,,,,',
    ].join('\n');
    const second = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/imports`,
      { kind: 'firearms', facilityCode: 'ARM-01' },
      { name: 'armas.csv', type: 'text/csv', data: good },
    );
    const ready = await finished(manager, second.json().id);
    expect(ready).toMatchObject({ status: 'ready', rowsRead: 2, rowsValid: 2, errorCount: 0 });
    expect(await count('firearm')).toBe(firearmsBefore);
    const commit = await post(manager, `/api/v1/imports/${ready.id}/commit`, {});
    expect(commit.statusCode).toBe(202);
    const committed = await finished(manager, ready.id);
    expect(committed).toMatchObject({ status: 'committed', entriesWritten: 2 });
    expect(await count('firearm')).toBe(firearmsBefore + 2);
    expect((await get(manager, '/api/v1/firearms?serial=WEB-000')).json().total).toBe(2);
    expect((await post(manager, `/api/v1/imports/${ready.id}/commit`, {})).statusCode).toBe(409);
  });

  it('refuses an import by a role that may not import, a missing kind, and a file that is not a spreadsheet', async () => {
    const file = { name: 'a.csv', type: 'text/csv', data: `${HEADER}\n` };
    const byArmourer = await upload(
      armourer,
      `/api/v1/organisations/${manager.organisationId}/imports`,
      { kind: 'firearms' },
      file,
    );
    expect(byArmourer.statusCode).toBe(403);
    const noKind = await upload(manager, `/api/v1/organisations/${manager.organisationId}/imports`, {}, file);
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.details.fields[0].path).toBe('kind');
    const json = await post(manager, `/api/v1/organisations/${manager.organisationId}/imports`, {
      kind: 'firearms',
    });
    expect(json.statusCode).toBe(415);
    const pdf = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/imports`,
      { kind: 'firearms' },
      {
        name: 'armas.pdf',
        type: 'application/pdf',
        data: '%PDF-1.4',
      },
    );
    const failed = await finished(manager, pdf.json().id);
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(/pdf|extension|CSV|XLSX/i);
  });

  it('refuses a NUL character in a query string (PostgreSQL cannot hold one) with a 400', async () => {
    for (const url of [
      '/api/v1/ammunition-lots?lotNumber=A%00B',
      '/api/v1/firearms?serial=%00',
      '/api/v1/facilities?organisationId=%00',
    ]) {
      const response = await get(manager, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('checks imported ammunition for storage compatibility too: an incompatible lot stops the import, naming its line', async () => {
    const entries = await count('ledger_entry');
    const csv = [
      'lot_number,calibre,manufacturer,year,un_number,hazard_division,compatibility_group,neq_kg_per_1000,rounds,facility',
      'OK-1,9mm,CBC,2024,0012,,,0.3,100,ARM-01',
      'BAD-L,9mm,CBC,2024,,1.1,L,0.3,100,ARM-01',
    ].join('\n');
    const started = await upload(
      manager,
      `/api/v1/organisations/${manager.organisationId}/imports`,
      { kind: 'ammunition' },
      {
        name: 'municion.csv',
        type: 'text/csv',
        data: csv,
      },
    );
    const ready = await finished(manager, started.json().id);
    expect(ready.status, JSON.stringify(ready)).toBe('ready');
    await post(manager, `/api/v1/imports/${ready.id}/commit`, {});
    const failed = await finished(manager, ready.id);
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(/^line 3: /);
    expect(await count('ledger_entry')).toBe(entries);
  });

  it('shows the receiving company the weapons sent to it, so it can confirm them', async () => {
    const firearm = (await get(manager, '/api/v1/firearms?status=in-store&limit=1')).json().items[0];
    expect((await get(other, '/api/v1/firearms?incoming=true')).json().total).toBe(0);
    expect((await get(other, `/api/v1/firearms/${firearm.id}`)).statusCode).toBe(404);
    const sent = await post(manager, `/api/v1/firearms/${firearm.id}/transfer-out`, {
      idempotencyKey: key(),
      toOrganisationId: other.organisationId,
      reference: 'VENTA-1',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const incoming = (await get(other, '/api/v1/firearms?incoming=true')).json();
    expect(incoming.items.map((f: { id: string }) => f.id)).toEqual([firearm.id]);
    expect((await get(other, `/api/v1/firearms/${firearm.id}`)).statusCode).toBe(200);
    // Nobody else sees it through the incoming list; the sender does not list it as incoming.
    expect((await get(manager, '/api/v1/firearms?incoming=true')).json().total).toBe(0);
    expect((await get(regulator, '/api/v1/firearms?incoming=true')).json().total).toBe(0);
    const facilities = (await get(other, '/api/v1/facilities')).json().items as Array<{ id: string }>;
    const received = await post(other, `/api/v1/firearms/${firearm.id}/transfer-in`, {
      idempotencyKey: key(),
      facilityId: facilities[0]!.id,
    });
    expect(received.statusCode, received.body).toBe(201);
    expect((await get(other, '/api/v1/firearms?incoming=true')).json().total).toBe(0);
  });

  it('downloads the import templates as CSV and XLSX', async () => {
    const csv = await get(manager, '/api/v1/import-templates/firearms?format=csv');
    expect(csv.headers['content-disposition']).toContain('custodia-firearms-template.csv');
    expect(csv.body.split('\n')[0]).toBe(HEADER);
    const xlsx = await get(manager, '/api/v1/import-templates/ammunition?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('rebuilds the same registry from the ledger, photos and imports included', async () => {
    expect(await verifyLedger(t.ctx.database)).toMatchObject({ ok: true, problem: null });
    const before = await snapshotRegistry(t.ctx.database.db);
    await rebuildRegistry(t.ctx.database);
    expect(await snapshotRegistry(t.ctx.database.db)).toEqual(before);
  });
});
