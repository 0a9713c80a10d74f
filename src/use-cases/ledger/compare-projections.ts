import type { Database } from '../../storage/database';
import {
  CHECKED_PROJECTIONS,
  differingRows,
  snapshotProjections,
} from '../../storage/ledger-projection-check';
import { rebuildInside } from './rebuild-registry';

/** One way the registry tables differ from what the ledger implies. */
export interface ProjectionDifference {
  readonly table: string;
  /** The row's key, e.g. `id=…` or `lot_id=…,facility_id=…`. */
  readonly key: string;
  /** 'changed': the row is there with other values; 'missing': the ledger implies a row that is not there; 'extra': a row the ledger does not imply. */
  readonly kind: 'changed' | 'missing' | 'extra';
  /** For a changed row: each column that differs, as stored and as the ledger implies. */
  readonly columns: ReadonlyArray<{ column: string; stored: unknown; implied: unknown }>;
}

class Rollback extends Error {}

const PER_TABLE = 100;

function normalise(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  return value;
}

/**
 * Compare the registry tables people read with a rebuild from the ledger, made in a transaction
 * that is rolled back (a scratch space: nothing is changed), and name each difference — a changed
 * serial or status, a deleted firearm row, rounds added to a stock row (at most 100 per table).
 * Holds the write lock for the time of a rebuild on SQLite.
 */
export async function compareProjections(database: Database): Promise<ProjectionDifference[]> {
  const differences: ProjectionDifference[] = [];
  await database.db
    .transaction()
    .execute(async (trx) => {
      await snapshotProjections(trx);
      await rebuildInside(database, trx);
      for (const { table, key } of CHECKED_PROJECTIONS) {
        const { stored, rebuilt } = await differingRows(trx, table, PER_TABLE);
        const keyOf = (row: Record<string, unknown>) =>
          key.map((column) => `${column}=${String(normalise(row[column]))}`).join(',');
        const implied = new Map(rebuilt.map((row) => [keyOf(row), row]));
        for (const row of stored) {
          const k = keyOf(row);
          const other = implied.get(k);
          if (!other) {
            differences.push({ table, key: k, kind: 'extra', columns: [] });
            continue;
          }
          implied.delete(k);
          const columns = Object.keys(row)
            .filter((c) => JSON.stringify(normalise(row[c])) !== JSON.stringify(normalise(other[c])))
            .map((column) => ({ column, stored: normalise(row[column]), implied: normalise(other[column]) }));
          differences.push({ table, key: k, kind: 'changed', columns });
        }
        for (const k of implied.keys()) differences.push({ table, key: k, kind: 'missing', columns: [] });
      }
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return differences;
}

/** A difference as one line, e.g. `firearm id=… changed: serial "A1" (ledger: "A2")`. */
export function describeDifference(d: ProjectionDifference): string {
  if (d.kind === 'missing') return `${d.table} ${d.key}: missing (the ledger implies this row)`;
  if (d.kind === 'extra') return `${d.table} ${d.key}: not implied by the ledger`;
  const what = d.columns
    .map((c) => `${c.column} ${JSON.stringify(c.stored)} (ledger: ${JSON.stringify(c.implied)})`)
    .join(', ');
  return `${d.table} ${d.key} changed: ${what}`;
}
