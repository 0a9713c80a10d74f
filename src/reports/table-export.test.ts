import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderXlsx, type TableModel } from './table-export';

const model: TableModel = {
  title: 'Armas',
  columns: [
    { key: 'serial', header: 'Serie' },
    { key: 'note', header: 'Nota' },
  ],
  rows: [
    { serial: 'AB-1', note: 'con "comillas", y coma' },
    { serial: '=HYPERLINK("x")', note: null },
  ],
};

describe('table export', () => {
  it('writes CSV with a BOM, quoting, and formulas neutralised', () => {
    expect(renderCsv(model)).toBe(
      '\uFEFFSerie,Nota\r\nAB-1,"con ""comillas"", y coma"\r\n"\'=HYPERLINK(""x"")",\r\n',
    );
  });
  it('writes an XLSX that opens with the same cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(model)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Armas');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Serie', 'Nota']);
    expect(sheet.getRow(2).getCell(2).value).toBe('con "comillas", y coma');
  });
});
