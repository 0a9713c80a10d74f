import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { columnKey, extraCellKey } from '../../core/registry/import-templates';
import { checkArchiveLimits, checkRowLimits } from './import-limits';
import { readCsvRows } from './read-csv-rows';
import type { RawRow } from './read-csv-rows';
import { readXlsxRows } from './read-xlsx-rows';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface SpreadsheetRow {
  /** The row's number as a spreadsheet shows it; the header is line 1. */
  readonly line: number;
  /** Cells keyed by column (`columnKey` of the header cell), values as written, untrimmed. */
  readonly record: Record<string, string>;
}

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * CSV or XLSX, from the first bytes (an XLSX file is a ZIP archive) and the file name: a .csv that is
 * really an XLSX is read as XLSX; an old binary .xls, an .xlsx that is not a ZIP, any other extension
 * and an empty or unreadable file are refused with a message that says which.
 */
export async function detectSpreadsheetFormat(path: string): Promise<SpreadsheetFormat> {
  let first: Uint8Array;
  try {
    const file = await open(path, 'r');
    try {
      const { bytesRead, buffer } = await file.read(Buffer.alloc(8), 0, 8, 0);
      first = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Error(`cannot read ${path}: ${why}`, { cause: error });
  }
  if (first.length === 0) throw new Error(`${path} is empty: it has no header`);
  const extension = extname(path).toLowerCase();
  if (startsWith(first, ZIP_SIGNATURE)) return 'xlsx';
  if (startsWith(first, OLE_SIGNATURE)) {
    throw new Error(`${path} is an Excel 97–2003 (.xls) workbook; save it as .xlsx or .csv`);
  }
  if (extension === '.xlsx') throw new Error(`${path} is not a valid XLSX file (it is not a ZIP archive)`);
  if (CSV_EXTENSIONS.has(extension)) return 'csv';
  throw new Error(`${path} is neither CSV nor XLSX: give a .csv or .xlsx file`);
}

/** `checkArchive: false` only for tests of the reading worker's own limits. */
export interface ReadOptions {
  readonly checkArchive?: boolean;
}

async function* rawRows(path: string, options: ReadOptions = {}): AsyncGenerator<RawRow> {
  const format = await detectSpreadsheetFormat(path);
  if (format === 'xlsx' && (options.checkArchive ?? true)) await checkArchiveLimits(path);
  for await (const row of format === 'xlsx' ? readXlsxRows(path) : readCsvRows(path)) {
    checkRowLimits(row.line, row.cells);
    yield row;
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function headerOf(path: string, row: RawRow | undefined): string[] {
  if (row === undefined) throw new Error(`${path} has no rows: it has no header`);
  if (row.line !== 1 || isBlank(row.cells)) {
    throw new Error(`${path}: line 1 is empty; the header (the column names) must be on line 1`);
  }
  const columns = row.cells.map((cell) => cell.trim());
  const lastNamed = columns.findLastIndex((column) => column !== '');
  return columns.slice(0, lastNamed + 1);
}

/**
 * The column names on line 1, trimmed, as written (empty cells at the right end dropped). Reads only
 * the start of the file. Throws when the file cannot be read, is neither CSV nor XLSX, is empty or
 * has no header on line 1.
 */
export async function readHeader(path: string, options: ReadOptions = {}): Promise<string[]> {
  const rows = rawRows(path, options);
  try {
    const first = await rows.next();
    return headerOf(path, first.done ? undefined : first.value);
  } finally {
    await rows.return(undefined);
  }
}

/**
 * The data rows of a CSV or XLSX file (first worksheet), streamed: memory does not grow with the
 * number of rows. Each record is keyed by `columnKey` of its header cell; a cell under an unnamed
 * header cell or to the right of the header is keyed `extraCellKey(position)` when it holds anything,
 * so that the row validators report it. Empty rows are skipped, and the line numbers of the rest stay
 * the spreadsheet's. Throws as `readHeader` does, and on a CSV that breaks off (an unclosed quote).
 */
export async function* readSpreadsheet(
  path: string,
  options: ReadOptions = {},
): AsyncGenerator<SpreadsheetRow> {
  const rows = rawRows(path, options);
  const first = await rows.next();
  const keys = headerOf(path, first.done ? undefined : first.value).map(columnKey);
  for await (const { line, cells } of rows) {
    if (isBlank(cells)) continue;
    const record: Record<string, string> = {};
    cells.forEach((cell, index) => {
      const key = keys[index] || extraCellKey(index + 1);
      if (key === keys[index] || cell.trim() !== '') record[key] = cell;
    });
    yield { line, record };
  }
}
