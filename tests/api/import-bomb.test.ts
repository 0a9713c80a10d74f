import { mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheetIsolated, removeLeftoverUploads } from '../../src/use-cases/import/read-isolated';
import { multipart } from '../support/multipart';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { TEST_DIALECTS } from '../support/test-database';

/*
 * Issue 15 item 1: a 104 KB XLSX whose sheet holds one 100 MB inline-string cell, and a
 * shared-strings bomb, killed the server out of memory. They are now refused with a code naming the
 * limit, read (if at all) in a worker with a memory cap, and the server answers during and after.
 */

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

async function xlsx(sheet: string, sharedStrings?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  if (sharedStrings) zip.file('xl/sharedStrings.xml', sharedStrings);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** One inline-string cell of 100 MB under a header. */
function hugeCellBomb(): Promise<Buffer> {
  return xlsx(
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>serial</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'A'.repeat(100 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`,
  );
}

/** 100,000 shared strings of 1,000 characters (100 MB), each used once. */
function sharedStringsBomb(): Promise<Buffer> {
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="100000" uniqueCount="100000">${Array.from({ length: 100_000 }, (_, i) => `<si><t>${String(i).padStart(1000, 'B')}</t></si>`).join('')}</sst>`;
  const rows = Array.from(
    { length: 2000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`,
  ).join('');
  return xlsx(`${SHEET_HEAD}${rows}</sheetData></worksheet>`, strings);
}

describe.each(TEST_DIALECTS)('import bombs (%s)', (dialect) => {
  let t: TestApp;
  let manager: SignedIn;
  let dir: string;
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signIn(t.app, 'gerente@andina.example');
    dir = mkdtempSync(join(tmpdir(), 'custodia-bomb-'));
    files.cell = await hugeCellBomb();
    files.shared = await sharedStringsBomb();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const health = () => t.app.inject({ url: '/api/v1/health' });
  const upload = (name: string, data: Buffer) => {
    const body = multipart({ kind: 'firearms' }, { name, type: 'application/octet-stream', data });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${manager.organisationId}/imports`,
      headers: { ...as(manager), ...body.headers },
      payload: body.payload,
    });
  };

  it.each(['cell', 'shared'])(
    'refuses the %s bomb with the limit named, and answers other requests meanwhile and after',
    { timeout: 120_000 },
    async (which) => {
      const file = files[which]!;
      expect(file.length).toBeLessThan(1024 * 1024);
      const [refused, meanwhile] = await Promise.all([upload('bomb.xlsx', file), health()]);
      expect(meanwhile.statusCode).toBe(200);
      expect(refused.statusCode, refused.body).toBe(413);
      expect(refused.json().error.code).toBe('IMPORT_COMPRESSION_RATIO');
      expect(refused.json().error.message).not.toContain(tmpdir());
      expect((await health()).statusCode).toBe(200);
    },
  );

  it.each(['cell', 'shared'])(
    'reads the %s bomb past the archive check only in a capped worker, the server thread unharmed',
    { timeout: 120_000 },
    async (which) => {
      const path = join(dir, `${which}.xlsx`);
      writeFileSync(path, files[which]!);
      const heapBefore = process.memoryUsage().heapUsed;
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 10);
      const reading = (async () => {
        for await (const row of readSpreadsheetIsolated(path, { checkArchive: false })) void row;
      })();
      // Other requests are answered while the worker reads.
      expect((await health()).statusCode).toBe(200);
      const error = await reading.then(
        () => null,
        (e: unknown) => e as { code?: string },
      );
      clearInterval(ticker);
      // The 100 MB cell cannot be read within the cap; 100 MB of shared strings fit in the worker's
      // 256 MB and are read there, out of the server's heap.
      if (which === 'cell') expect(error?.code).toMatch(/^IMPORT_(MEMORY_EXCEEDED|CELL_TOO_LONG)$/);
      else expect(error === null || /^IMPORT_/.test(error.code ?? '')).toBe(true);
      expect(ticks).toBeGreaterThan(0);
      expect((await health()).statusCode).toBe(200);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    },
  );

  it('refuses a row with too many columns or too long a cell in a CSV, naming the limit', async () => {
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, `${Array.from({ length: 201 }, (_, i) => `c${i}`).join(',')}\n`);
    await expect(
      (async () => {
        for await (const row of readSpreadsheetIsolated(wide)) void row;
      })(),
    ).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_COLUMNS' });
    const long = join(dir, 'long.csv');
    writeFileSync(long, `serial\n${'x'.repeat(40_000)}\n`);
    await expect(
      (async () => {
        for await (const row of readSpreadsheetIsolated(long)) void row;
      })(),
    ).rejects.toMatchObject({ code: 'IMPORT_CELL_TOO_LONG' });
  });

  it('removes upload files a crash left behind, never a recent one', async () => {
    const old = join(dir, 'custodia-upload-old.xlsx');
    const recent = join(dir, 'custodia-upload-recent.xlsx');
    writeFileSync(old, 'x');
    writeFileSync(recent, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    expect(await removeLeftoverUploads(dir)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
