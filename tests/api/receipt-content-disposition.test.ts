import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';
import { armouryFixture, call, key, person, post, type ArmouryFixture } from './armoury-fixtures';

/*
 * Issue 15 item 9: the receipt PDF of a weapon whose serial has Cyrillic letters answered 500 (the
 * serial went raw into Content-Disposition). Through the real armoury route it answers 200 with a
 * header valid per RFC 6266 (an ASCII `filename`) and RFC 5987/8187 (`filename*` holding the exact
 * name in UTF-8).
 */

// RFC 5987 attr-char, or a percent-encoded octet.
const EXT_VALUE = /^UTF-8''((?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+)$/;

function parseDisposition(header: string): { type: string; filename: string; filenameStar: string | null } {
  expect(header, 'the header is printable ASCII').toMatch(/^[\x20-\x7e]+$/);
  const [type, ...params] = header.split(/;\s*/);
  const values = new Map<string, string>();
  for (const param of params) {
    const at = param.indexOf('=');
    expect(at, param).toBeGreaterThan(0);
    const name = param.slice(0, at).toLowerCase();
    expect(values.has(name), `${name} given twice`).toBe(false);
    values.set(name, param.slice(at + 1));
  }
  const quoted = values.get('filename');
  expect(quoted, 'a filename parameter').toMatch(/^"[\x20\x21\x23-\x5b\x5d-\x7e]*"$/);
  const star = values.get('filename*');
  let filenameStar: string | null = null;
  if (star !== undefined) {
    const match = EXT_VALUE.exec(star);
    expect(match, `filename* ${star}`).not.toBeNull();
    filenameStar = decodeURIComponent(match![1]!);
  }
  return { type: type!, filename: quoted!.slice(1, -1), filenameStar };
}

describe.each(TEST_DIALECTS)('receipt PDF of a weapon with a Cyrillic serial (%s)', (dialect) => {
  let t: TestApp;
  let f: ArmouryFixture;
  const base = () => `/api/v1/organisations/${f.organisationId}`;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = await armouryFixture(t);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function acquire(serial: string, extra: object = {}) {
    return call(t, f.manager, 'POST', `${base()}/firearms`, {
      idempotencyKey: key('acquire'),
      facilityId: f.facilityId,
      source: { kind: 'supplier', name: 'Proveedor' },
      type: 'revolver',
      manufacturer: 'Taurus',
      model: '82',
      calibre: '.38 SPL',
      serial,
      countryOfManufacture: 'BR',
      permitNumber: 'LIC-2026-0099',
      permitExpiresOn: '2028-12-31',
      ...extra,
    });
  }

  it('answers 200 with an RFC 6266/5987 Content-Disposition naming the exact serial', async () => {
    // The Latin serial first; the Cyrillic look-alike ("АВ" are U+0410 U+0412) only once confirmed different.
    const latin = await acquire('AB-5512');
    expect(latin.statusCode, latin.body).toBe(201);
    const cyrillicSerial = '\u0410\u0412-5512';
    const refused = await acquire(cyrillicSerial);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('SERIAL_LOOKALIKE');
    const acquired = await acquire(cyrillicSerial, { confirmDifferentFromLookalikes: true });
    expect(acquired.statusCode, acquired.body).toBe(201);
    const firearmId = acquired.json().entry.payload.firearmId as string;

    const issued = await call(t, f.armourer, 'POST', `${base()}/armoury/issues`, {
      idempotencyKey: key('issue'),
      facilityId: f.facilityId,
      personnelId: person(f, 'Juan Pérez Quispe').id,
      firearmId,
      postId: post(f, 'Puerta principal').id,
      shift: '06:00–18:00',
      ammunition: { lotId: f.lotId, rounds: 12 },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const issueId = issued.json().issue.id as string;

    for (const lang of ['es', 'en']) {
      const receipt = await call(
        t,
        f.armourer,
        'GET',
        `${base()}/armoury/issues/${issueId}/receipt.pdf?lang=${lang}`,
      );
      expect(receipt.statusCode, receipt.body.slice(0, 300)).toBe(200);
      expect(receipt.headers['content-type']).toBe('application/pdf');
      expect(receipt.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const header = String(receipt.headers['content-disposition']);
      const parsed = parseDisposition(header);
      expect(parsed.type).toBe('inline');
      expect(parsed.filenameStar).toBe(`entrega-${cyrillicSerial}-2026-11-28.pdf`);
      expect(parsed.filename).toBe('entrega-__-5512-2026-11-28.pdf');
      expect(header).toBe(
        `inline; filename="entrega-__-5512-2026-11-28.pdf"; filename*=UTF-8''entrega-%D0%90%D0%92-5512-2026-11-28.pdf`,
      );
    }
  }, 60_000);
});
