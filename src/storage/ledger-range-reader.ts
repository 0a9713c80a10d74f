import { StringDecoder } from 'node:string_decoder';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * The fast reads behind parallel `ledger verify`: the entries of one chain whose sequence is in
 * [start, end] (no end: to the last), in sequence order, as plain arrays in RANGE_COLUMNS order,
 * in batches, over a connection of the reader's own (each verifying worker opens one). SQLite
 * through a read-only connection and a raw prepared statement; PostgreSQL through COPY … TO
 * STDOUT, parsed here, which is several times cheaper than the driver building a row object per
 * entry. Entries are never changed or removed, so ranges read on different connections, each at
 * its own moment, still read one chain.
 */
export const RANGE_COLUMNS = [
  'id',
  'chain_id',
  'sequence',
  'previous_hash',
  'hash',
  'recorded_at',
  'organisation_id',
  'actor_id',
  'idempotency_key',
  'kind',
  'corrects',
  'payload',
] as const;

/** One entry: id, chain_id, sequence, previous_hash, hash, recorded_at, organisation_id, actor_id, idempotency_key, kind, corrects, payload. */
export type RangeRow = [
  string,
  string,
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
];

const BATCH = 4096;

export function* readRangeFromSqlite(
  file: string,
  chainId: string,
  start: number,
  end: number | null,
): Generator<RangeRow[]> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('cache_size = -65536');
    const statement = db
      .prepare(
        `SELECT ${RANGE_COLUMNS.join(', ')} FROM ledger_entry WHERE chain_id = ? AND sequence >= ? AND sequence <= ? ORDER BY sequence`,
      )
      .raw(true);
    let batch: RangeRow[] = [];
    for (const row of statement.iterate(chainId, start, end ?? Number.MAX_SAFE_INTEGER)) {
      batch.push(row as RangeRow);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    db.close();
  }
}

// COPY's text format escapes these after a backslash; anything else stands for itself.
const UNESCAPE: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function copyField(text: string): string | null {
  if (text === '\\N') return null;
  if (!text.includes('\\')) return text;
  return text.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c);
}

export async function* readRangeFromPostgres(
  url: string,
  chainId: string,
  start: number,
  end: number | null,
): AsyncGenerator<RangeRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const literal = `'${chainId.replace(/'/g, "''")}'`;
    const stream = client.query(
      copyTo(
        `COPY (SELECT ${RANGE_COLUMNS.join(', ')} FROM ledger_entry WHERE chain_id = ${literal} AND sequence >= ${Math.trunc(start)}${end === null ? '' : ` AND sequence <= ${Math.trunc(end)}`} ORDER BY sequence) TO STDOUT`,
      ),
    );
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let batch: RangeRow[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.write(chunk);
      let from = 0;
      for (let newline = text.indexOf('\n', from); newline >= 0; newline = text.indexOf('\n', from)) {
        const fields = text.slice(from, newline).split('\t');
        from = newline + 1;
        batch.push([
          copyField(fields[0]!)!,
          copyField(fields[1]!)!,
          Number(fields[2]),
          copyField(fields[3]!)!,
          copyField(fields[4]!)!,
          copyField(fields[5]!)!,
          copyField(fields[6]!)!,
          copyField(fields[7]!)!,
          copyField(fields[8]!)!,
          copyField(fields[9]!)!,
          copyField(fields[10]!),
          copyField(fields[11]!)!,
        ]);
      }
      rest = text.slice(from);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await client.end();
  }
}
