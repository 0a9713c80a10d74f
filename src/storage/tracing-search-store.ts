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
 */
export async function findByFoldedPattern(
  db: Queryable,
  dialect: Dialect,
  likePattern: string,
  hasTrigram: boolean,
  q: SerialCandidateQuery,
): Promise<SerialCandidateRow[]> {
  if (noneVisible(q)) return [];
  const query = candidates(db, q);
  if (dialect === 'sqlite' && hasTrigram) {
    return query
      .where(
        sql<boolean>`s.id IN (SELECT rowid FROM serial_search_fts WHERE serial_search_fts.folded LIKE ${likePattern})`,
      )
      .execute();
  }
  return query.where('s.folded', 'like', likePattern).execute();
}
