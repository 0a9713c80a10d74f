import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { decodeText } from './decode-text';

export type CsvDelimiter = ',' | ';' | '\t';

/** A row as a spreadsheet shows it: its number (the header is 1) and its cells, untrimmed. */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A record this large is a quote left open, not a firearm: stop before it fills the memory. */
const MAX_RECORD_BYTES = 1 << 20;

/**
 * The delimiter of a CSV, read from its header line: whichever of ",", ";" and tab occurs most often
 * outside quotes. Excel writes ";" where the decimal mark is a comma (most of Latin America), "," in
 * the rest; ties, such as a one-column header, go to ",".
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let isQuoted = false;
  for (const char of headerLine) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Every row of a CSV file, streamed: quoted fields (with delimiters, quotes and line breaks inside),
 * CRLF or LF, a UTF-8 byte-order mark, and stray quotes inside unquoted fields taken literally. Rows
 * are numbered as a spreadsheet numbers them: a quoted line break stays inside its row, and an empty
 * line is a row (yielded with one empty cell) so the numbers after it stay right.
 */
export async function* readCsvRows(path: string): AsyncGenerator<RawRow> {
  // The text up to the end of the header line (or the first MiB of a file without one) is read
  // ahead to choose the delimiter, then handed to the parser before the rest.
  const chunks = decodeText(path);
  let head = '';
  let next = await chunks.next();
  while (!next.done) {
    head += next.value;
    if (/[\r\n]/.test(next.value) || head.length > MAX_RECORD_BYTES) break;
    next = await chunks.next();
  }
  const firstLine = head.split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);

  async function* text(): AsyncGenerator<string> {
    yield head;
    if (!next.done) yield* chunks;
  }
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  // pipeline() destroys both streams on an error or an early return, so the file is always closed.
  pipeline(Readable.from(text()), parser, () => undefined);

  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      line++;
      yield { line, cells };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(path)) throw error;
    throw new Error(`${path}: the CSV cannot be read after line ${line}: ${message}`, { cause: error });
  } finally {
    parser.destroy();
    await chunks.return(undefined);
  }
}
