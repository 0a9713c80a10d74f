/** A list as a table: the report model every list export renders (CSV or XLSX). */
export interface TableModel {
  readonly title: string;
  readonly columns: ReadonlyArray<{ readonly key: string; readonly header: string }>;
  readonly rows: ReadonlyArray<Readonly<Record<string, string | number | boolean | null>>>;
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed, and neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(model: TableModel): string {
  const lines = [model.columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of model.rows) lines.push(model.columns.map((c) => csvCell(row[c.key])).join(','));
  // A BOM so spreadsheet programs read the accents right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function renderXlsx(model: TableModel): Promise<Buffer> {
  // Loaded on first use (see use-cases/import/read-xlsx-rows.ts): not at every server start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodia';
  const sheet = workbook.addWorksheet(model.title.slice(0, 31) || 'Export');
  sheet.columns = model.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.min(40, Math.max(10, c.header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of model.rows) sheet.addRow(model.columns.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
