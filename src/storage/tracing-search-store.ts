import { sql } from 'kysely';
import type { Dialect, Queryable } from './database';

/** A registry weapon offered as a candidate for a traced serial. */
export interface SerialCandidateRow {
  firearm_id: string;
  serial: string;
  serial_normalised: string;
  manufacturer_id: string;
  manufacturer_name: string;
  model: string;
  calibre_name: string;
  type: string;
  status: string;
  organisation_id: string;
  organisation_name: string;
  facility_id: string | null;
}

export interface SerialCandidateQuery {
  /** Organisations whose weapons may be offered, or 'all'. */
  readonly organisationIds: readonly string[] | 'all';
  readonly manufacturerId?: string | undefined;
  readonly calibreId?: string | undefined;
  readonly type?: string | undefined;
  readonly statuses?: readonly string[] | undefined;
  readonly cap: number;
}

function candidates(db: Queryable, q: SerialCandidateQuery) {
  let query = db
    .selectFrom('serial_search as s')
    .innerJoin('firearm as f', 'f.id', 's.firearm_id')
    .innerJoin('organisation as o', 'o.id', 'f.organisation_id')
    .leftJoin('catalogue_manufacturer as m', 'm.id', 'f.manufacturer_id')
    .leftJoin('catalogue_calibre as c', 'c.id', 'f.calibre_id')
    .select((eb) => [
      'f.id as firearm_id',
      'f.serial',
      'f.serial_normalised',
      'f.manufacturer_id',
      eb.fn.coalesce('m.name', 'f.manufacturer_id').as('manufacturer_name'),
      'f.model',
      eb.fn.coalesce('c.name', 'f.calibre_id').as('calibre_name'),
      'f.type',
      'f.status',
      'f.organisation_id',
      'o.name as organisation_name',
      'f.facility_id',
    ]);
  if (q.organisationIds !== 'all') query = query.where('f.organisation_id', 'in', [...q.organisationIds]);
  if (q.manufacturerId) query = query.where('f.manufacturer_id', '=', q.manufacturerId);
  if (q.calibreId) query = query.where('f.calibre_id', '=', q.calibreId);
  if (q.type) query = query.where('f.type', '=', q.type);
  if (q.statuses) query = query.where('f.status', 'in', [...q.statuses]);
  return query.limit(q.cap);
}

function noneVisible(q: SerialCandidateQuery): boolean {
  return q.organisationIds !== 'all' && q.organisationIds.length === 0;
}

/** Weapons whose whole folded serial equals `folded` (an exact reading, confusables allowed): the B-tree. */
export async function findByFoldedSerial(
  db: Queryable,
  folded: string,
  q: SerialCandidateQuery,
): Promise<SerialCandidateRow[]> {
  if (noneVisible(q)) return [];
  return candidates(db, q).where('s.folded', '=', folded).execute();
}

/**
 * Weapons whose folded serial matches an SQL LIKE pattern (`_` one character, `%` any run). With a
 * run of three legible characters the trigram index narrows the rows first (FTS5 on SQLite, pg_trgm's
 * GIN index on PostgreSQL); without one, the folded column is scanned until `cap` rows are found.
 *
 * A short pattern can match tens of thousands of serials, of which only `cap` are ranked anyway: the
 * index is first asked for a bounded number of matches (PROBE × cap); only when those do not yield
 * `cap` weapons within the caller's filters is it asked for all of them.
 */
export async function findByFoldedPattern(
  db: Queryable,
  dialect: Dialect,
  likePattern: string,
  hasTrigram: boolean,
  q: SerialCandidateQuery,
  /** For a pattern with no trigram: its readings with one `?` made definite (core: expandedLikePatterns). */
  readings: readonly string[] | null = null,
): Promise<SerialCandidateRow[]> {
  if (noneVisible(q)) return [];
  if (!hasTrigram && readings) return findByReadings(db, dialect, likePattern, readings, q);
  if (!hasTrigram) return candidates(db, q).where('s.folded', 'like', likePattern).execute();
  const probe = q.cap * PROBE;
  const matching = (limit: number | null) =>
    dialect === 'sqlite'
      ? sql<boolean>`s.id IN (SELECT rowid FROM serial_search_fts WHERE serial_search_fts.folded LIKE ${likePattern}${
          limit === null ? sql`` : sql` LIMIT ${limit}`
        })`
      : limit === null
        ? sql<boolean>`s.folded LIKE ${likePattern}`
        : sql<boolean>`s.firearm_id IN (SELECT firearm_id FROM serial_search WHERE folded LIKE ${likePattern} LIMIT ${limit})`;
  const rows = await candidates(db, q).where(matching(probe)).execute();
  // Without filters every index match is a row: fewer rows than the probe means all were found.
  const isUnfiltered =
    q.organisationIds === 'all' && !q.manufacturerId && !q.calibreId && !q.type && !q.statuses;
  if (rows.length >= q.cap || (isUnfiltered && rows.length < probe)) return rows;
  return candidates(db, q).where(matching(null)).execute();
}

/** How many index matches are fetched per candidate wanted, before filters are applied. */
const PROBE = 2;

/**
 * A pattern such as "4?7" has no trigram, but each of its readings ("407", "4A7"…) has: the union of
 * the readings over the trigram index, plus the few serials with characters outside [0-9A-Z] (not
 * covered by the readings) through their partial index, matched against the pattern itself.
 */
async function findByReadings(
  db: Queryable,
  dialect: Dialect,
  likePattern: string,
  readings: readonly string[],
  q: SerialCandidateQuery,
): Promise<SerialCandidateRow[]> {
  const probe = q.cap * PROBE;
  let ids: Array<string | number>;
  let others: Array<string | number>;
  if (dialect === 'sqlite') {
    const union = sql.join(
      readings.map(
        (r) => sql`SELECT rowid AS id FROM serial_search_fts WHERE serial_search_fts.folded LIKE ${r}`,
      ),
      sql` UNION ALL `,
    );
    ids = (await sql<{ id: number }>`SELECT id FROM (${union}) LIMIT ${probe}`.execute(db)).rows.map(
      (r) => r.id,
    );
    others = (
      await sql<{
        id: number;
      }>`SELECT id FROM serial_search WHERE folded GLOB '*[^0-9A-Z]*' AND folded LIKE ${likePattern} LIMIT ${probe}`.execute(
        db,
      )
    ).rows.map((r) => r.id);
  } else {
    const anyReading = sql.join(
      readings.map((r) => sql`folded LIKE ${r}`),
      sql` OR `,
    );
    ids = (
      await sql<{
        id: string;
      }>`SELECT firearm_id AS id FROM serial_search WHERE ${anyReading} LIMIT ${probe}`.execute(db)
    ).rows.map((r) => r.id);
    others = (
      await sql<{
        id: string;
      }>`SELECT firearm_id AS id FROM serial_search WHERE folded ~ '[^0-9A-Z]' AND folded LIKE ${likePattern} LIMIT ${probe}`.execute(
        db,
      )
    ).rows.map((r) => r.id);
  }
  const all = [...new Set([...ids, ...others])];
  if (all.length === 0) return [];
  const column = dialect === 'sqlite' ? sql`s.id` : sql`s.firearm_id`;
  const rows = await candidates(db, q)
    .where(sql<boolean>`${column} IN (${sql.join(all)})`)
    .execute();
  if (rows.length >= q.cap || (ids.length < probe && others.length < probe)) return rows;
  // Cut short and then thinned by the caller's filters: look at every match.
  return candidates(db, q).where('s.folded', 'like', likePattern).execute();
}
