import { describe, expect, it } from 'vitest';
import { LOST_STOLEN_FIELDS, type LostStolenFirearm } from '../../contracts/lost-stolen';
import { renderIarmsCsv } from './iarms-csv';

const STOLEN: LostStolenFirearm = {
  nationalReference: 'SEGUR-INC-2026-0007',
  status: 'stolen',
  serialNumber: 'TA-4471B2',
  manufacturer: 'Taurus',
  model: '82 "Special"',
  type: 'revolver',
  calibre: '.38 Special',
  countryOfManufacture: 'BR',
  dateOfLoss: '2026-11-27T22:40:00.000Z',
  discoveredAt: '2026-11-27T22:55:00.000Z',
  placeOfLoss: 'Av. Argentina 2450, Callao',
  policeReference: null,
  reportingOrganisation: 'Seguridad Andina S.A.C.',
  reportingOrganisationCode: 'SEGUR',
  reportingCountry: 'PE',
  registryId: '019ac5a0-0000-7000-8000-000000000001',
  organisationId: '019ac5a0-0000-7000-8000-000000000002',
};

/** A minimal RFC 4180 reader, to check the file parses back to the same values. */
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

describe('the iARMS CSV', () => {
  it('has a header row of the field names and one row per weapon that reads back to the same values', () => {
    const csv = renderIarmsCsv([STOLEN]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row, ...rest] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header).toEqual([...LOST_STOLEN_FIELDS]);
    expect(rest).toEqual([]);
    const record = Object.fromEntries(header!.map((key, i) => [key, row![i]]));
    expect(record).toMatchObject({
      nationalReference: 'SEGUR-INC-2026-0007',
      status: 'stolen',
      serialNumber: 'TA-4471B2',
      model: '82 "Special"',
      placeOfLoss: 'Av. Argentina 2450, Callao',
      policeReference: '',
      reportingCountry: 'PE',
    });
  });

  it('quotes commas and doubles quotes (RFC 4180)', () => {
    const csv = renderIarmsCsv([STOLEN]);
    expect(csv).toContain('"82 ""Special"""');
    expect(csv).toContain('"Av. Argentina 2450, Callao"');
  });

  it('is a header row alone when nothing is lost or stolen', () => {
    expect(parseCsv(renderIarmsCsv([]).replace(/^\uFEFF/, ''))).toEqual([[...LOST_STOLEN_FIELDS]]);
  });
});
