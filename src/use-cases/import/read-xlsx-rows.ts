import { createReadStream } from 'node:fs';
import type { CellValue } from 'exceljs';
import type { RawRow } from './read-csv-rows';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A cell as text, the way a person reads it in the sheet: a date as YYYY-MM-DD (with the time, in
 * ISO-8601 UTC, only when it has one), a number in plain digits, rich text joined, a hyperlink's
 * text, a formula's last result, an error as Excel shows it ("#N/A").
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const isMidnight =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    return isMidnight
      ? `${value.getUTCFullYear()}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`
      : value.toISOString();
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue | undefined);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}

/**
 * The rows of the first worksheet stored in an XLSX file (sheet1: the leftmost tab as Excel,
 * LibreOffice and exceljs save it), streamed with exceljs's WorkbookReader: shared strings are kept
 * in memory, rows are not. Row numbers are the sheet's own; rows with no cell are not yielded.
 */
export async function* readXlsxRows(path: string): AsyncGenerator<RawRow> {
  // Loaded on first use: exceljs costs ~0.3 s of CPU and ~25 MB to load, which the server and
  // every other command would otherwise pay at start.
  const { default: ExcelJS } = await import('exceljs');
  const stream = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number: without them a date cell reads as Excel's day count.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let hasWorksheet = false;
  try {
    for await (const worksheet of reader) {
      hasWorksheet = true;
      for await (const row of worksheet) {
        const values = row.values;
        const cells = Array.isArray(values)
          ? Array.from({ length: Math.max(values.length - 1, 0) }, (_, index) => cellText(values[index + 1]))
          : [];
        yield { line: row.number, cells };
      }
      break;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // unzipper's code for an archive that stops before its end: a file copied or uploaded in part.
    const why =
      message === 'FILE_ENDED' ? 'the file ends in the middle of the archive (is it complete?)' : message;
    throw new Error(`${path} cannot be read as XLSX: ${why}`, { cause: error });
  } finally {
    stream.destroy();
  }
  if (!hasWorksheet) throw new Error(`${path} has no worksheet: is it an XLSX workbook?`);
}
