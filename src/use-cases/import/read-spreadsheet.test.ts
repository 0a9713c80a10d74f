import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter } from './read-csv-rows';
import type { SpreadsheetRow } from './read-spreadsheet';
import { readHeader, readSpreadsheet } from './read-spreadsheet';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'custodia-read-spreadsheet-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

async function readAll(path: string): Promise<SpreadsheetRow[]> {
  const rows: SpreadsheetRow[] = [];
  for await (const row of readSpreadsheet(path)) rows.push(row);
  return rows;
}

describe('reading a CSV file', () => {
  it('keys each row by column and numbers it as a spreadsheet does (header = line 1)', async () => {
    const path = await file('comma.csv', 'serial,manufacturer,calibre\nA1,Glock,9x19\nB2,Taurus,.38 SPL\n');
    expect(await readHeader(path)).toEqual(['serial', 'manufacturer', 'calibre']);
    expect(await readAll(path)).toEqual([
      { line: 2, record: { serial: 'A1', manufacturer: 'Glock', calibre: '9x19' } },
      { line: 3, record: { serial: 'B2', manufacturer: 'Taurus', calibre: '.38 SPL' } },
    ]);
  });

  it('reads ";" with a byte-order mark, CRLF, quoted fields and blank lines, keeping spreadsheet line numbers', async () => {
    const text =
      '\uFEFFSerial;Manufacturer;Model\r\n' +
      'A1;"Smith; Wesson";"Model ""10"""\r\n' +
      '\r\n' +
      'B2;Taurus;"two\r\nlines"\r\n' +
      ';;\r\n' +
      'C3;Rossi;R352\r\n';
    const path = await file('semicolon.csv', text);
    expect(await readHeader(path)).toEqual(['Serial', 'Manufacturer', 'Model']);
    expect(await readAll(path)).toEqual([
      { line: 2, record: { serial: 'A1', manufacturer: 'Smith; Wesson', model: 'Model "10"' } },
      { line: 4, record: { serial: 'B2', manufacturer: 'Taurus', model: 'two\r\nlines' } },
      { line: 6, record: { serial: 'C3', manufacturer: 'Rossi', model: 'R352' } },
    ]);
  });

  it('keys header cells as columns ("Country of manufacture" is country_of_manufacture) and keeps values untrimmed', async () => {
    const path = await file('names.csv', 'Country of manufacture , SERIAL\n BR ,X 1\n');
    expect(await readHeader(path)).toEqual(['Country of manufacture', 'SERIAL']);
    expect(await readAll(path)).toEqual([
      { line: 2, record: { country_of_manufacture: ' BR ', serial: 'X 1' } },
    ]);
  });

  it('keeps what stands to the right of the header, or under an unnamed column, for the validators to report', async () => {
    const path = await file('extra.csv', 'serial,,calibre,,\nA1,left,9x19,,\nB2,,9x19,,note\nC3\n');
    expect(await readHeader(path)).toEqual(['serial', '', 'calibre']);
    expect(await readAll(path)).toEqual([
      { line: 2, record: { serial: 'A1', '(column 2)': 'left', calibre: '9x19' } },
      { line: 3, record: { serial: 'B2', calibre: '9x19', '(column 5)': 'note' } },
      { line: 4, record: { serial: 'C3' } },
    ]);
  });

  it('reads a Windows-1252 file, as Excel saves "CSV (delimitado por comas)" in Spanish', async () => {
    const bytes = Buffer.from('manufacturer;model\nF\xe1brica;C\xf3rdova \x80\n', 'latin1');
    const path = await file('ansi.csv', bytes);
    expect((await readAll(path))[0]?.record).toEqual({ manufacturer: 'Fábrica', model: 'Córdova €' });
  });

  it('reads UTF-16 tab-separated text, as Excel saves "Unicode text"', async () => {
    const text = '\uFEFFserial\tmanufacturer\nÑ-1\tCeská\n';
    const path = await file('unicode.txt', Buffer.from(text, 'utf16le'));
    expect(await readAll(path)).toEqual([{ line: 2, record: { serial: 'Ñ-1', manufacturer: 'Ceská' } }]);
  });

  it('reads a Windows-1252 file whose first accented letter comes after a long ASCII start', async () => {
    const start = Buffer.from('serial,model\n' + 'A1,ok\n'.repeat(20_000), 'latin1');
    const path = await file(
      'late-accent.csv',
      Buffer.concat([start, Buffer.from('B2,C\xf3rdova\n', 'latin1')]),
    );
    const rows = await readAll(path);
    expect(rows.at(-1)).toEqual({ line: 20_002, record: { serial: 'B2', model: 'Córdova' } });
  });

  it('refuses a quote left open, naming the last good line', async () => {
    const path = await file('open-quote.csv', 'serial,model\nA1,ok\nB2,"never closed\n');
    await expect(readAll(path)).rejects.toThrow(/after line 2/);
  });

  it('stops reading when the caller stops, and can be read again', async () => {
    const path = await file(
      'many.csv',
      'serial\n' + Array.from({ length: 5000 }, (_, i) => `S${i}`).join('\n'),
    );
    const seen: number[] = [];
    for await (const row of readSpreadsheet(path)) {
      seen.push(row.line);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([2, 3, 4]);
    expect((await readAll(path)).length).toBe(5000);
  });
});

describe('detecting the delimiter from the header line', () => {
  it.each([
    ['serial,manufacturer,model', ','],
    ['serial;manufacturer;model', ';'],
    ['serial\tmanufacturer\tmodel', '\t'],
    ['"a;b",c,d', ','],
    ['serial', ','],
  ])('reads %j as %j', (line, delimiter) => expect(detectDelimiter(line)).toBe(delimiter));
});

describe('reading an XLSX file', () => {
  async function workbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    build(book);
    const path = join(folder, name);
    await book.xlsx.writeFile(path);
    return path;
  }

  it('reads the first worksheet, with row numbers as lines and cells as the sheet shows them', async () => {
    const path = await workbook('firearms.xlsx', (book) => {
      const sheet = book.addWorksheet('Armas');
      sheet.addRow([
        'serial',
        'manufacturer',
        'year_of_manufacture',
        'permit_expires_on',
        'model',
        'calibre',
      ]);
      sheet.addRow([
        'A1',
        { richText: [{ text: 'Glo' }, { text: 'ck' }] },
        2015,
        new Date(Date.UTC(2027, 2, 31)),
        { formula: '"1"&"7"', result: '17' },
        '9x19',
      ]);
      sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
      sheet.getRow(4).values = ['B2', 'Taurus', null, null, 82, '.38 SPL', 'stray'];
      book.addWorksheet('Notes').addRow(['not', 'read']);
    });
    expect(await readHeader(path)).toEqual([
      'serial',
      'manufacturer',
      'year_of_manufacture',
      'permit_expires_on',
      'model',
      'calibre',
    ]);
    expect(await readAll(path)).toEqual([
      {
        line: 2,
        record: {
          serial: 'A1',
          manufacturer: 'Glock',
          year_of_manufacture: '2015',
          permit_expires_on: '2027-03-31',
          model: '17',
          calibre: '9x19',
        },
      },
      {
        line: 4,
        record: {
          serial: 'B2',
          manufacturer: 'Taurus',
          year_of_manufacture: '',
          permit_expires_on: '',
          model: '82',
          calibre: '.38 SPL',
          '(column 7)': 'stray',
        },
      },
    ]);
  });

  it('reads an XLSX saved under a .csv name as XLSX', async () => {
    const path = await workbook('really-xlsx.csv', (book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['serial']);
      sheet.addRow(['Z9']);
    });
    expect(await readAll(path)).toEqual([{ line: 2, record: { serial: 'Z9' } }]);
  });

  it('refuses a sheet whose first row is empty: the header belongs on line 1', async () => {
    const path = await workbook('late-header.xlsx', (book) => {
      book.addWorksheet('Sheet1').getRow(3).values = ['serial'];
    });
    await expect(readHeader(path)).rejects.toThrow(/line 1 is empty/);
  });

  it('refuses a workbook with no worksheet, and one cut short', async () => {
    const none = await workbook('no-sheet.xlsx', () => undefined);
    await expect(readHeader(none)).rejects.toThrow(/has no worksheet/);
    const full = await workbook('full.xlsx', (book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['serial']);
      for (let index = 0; index < 3000; index++) sheet.addRow([`S${index}`]);
    });
    const bytes = await readFile(full);
    const cut = await file('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readAll(cut)).rejects.toThrow(/cannot be read as XLSX: the file ends in the middle/);
  });

  it('refuses a workbook whose first worksheet is empty', async () => {
    const path = await workbook('empty-sheet.xlsx', (book) => {
      book.addWorksheet('Sheet1');
    });
    await expect(readHeader(path)).rejects.toThrow(/no rows/);
  });
});

describe('refusing what cannot be read', () => {
  it.each([
    ['a missing file', async () => join(folder, 'missing.csv'), /cannot read .*no such file/],
    ['a folder', async () => folder + '/', /cannot read .*folder|neither CSV nor XLSX/],
    ['an empty file', async () => file('empty.csv', ''), /is empty/],
    [
      'an Excel 97–2003 workbook',
      async () => file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      /\.xls.*save it as \.xlsx or \.csv/,
    ],
    ['an .xlsx that is not a ZIP archive', async () => file('fake.xlsx', 'serial\nA1\n'), /not a valid XLSX/],
    ['a PDF', async () => file('report.pdf', '%PDF-1.7'), /neither CSV nor XLSX/],
    [
      'a binary file named .csv',
      async () => file('binary.csv', Buffer.from([0x73, 0x00, 0x01, 0x02])),
      /not a text file/,
    ],
    ['a CSV whose line 1 is empty', async () => file('blank-first.csv', '\nserial\nA1\n'), /line 1 is empty/],
    ['a CSV holding only a byte-order mark', async () => file('bom-only.csv', '\uFEFF'), /no rows|no header/],
  ])('refuses %s with a clear message', async (_, makePath, message) => {
    const path = await makePath();
    await expect(readHeader(path)).rejects.toThrow(message);
    await expect(readAll(path)).rejects.toThrow(message);
  });
});
