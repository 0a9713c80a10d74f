import type { TraceCandidate, TraceSearchResponse } from '../../contracts/tracing';
import type { Actor } from '../../core/access/actor';
import { matchCalibre, matchManufacturer } from '../../core/registry/catalogue-matching';
import { findFirearmType } from '../../core/registry/firearm-types';
import { foldSerial } from '../../core/tracing/confusables';
import { rankCandidates } from '../../core/tracing/match-serial';
import {
  expandedLikePatterns,
  foldedLikePattern,
  longestLegibleRun,
  parseSerialPattern,
  plainTextOf,
  type SerialPattern,
} from '../../core/tracing/serial-pattern';
import { canSearchRegistry } from '../../core/tracing/tracing-access';
import {
  findByFoldedPattern,
  findByFoldedSerial,
  type SerialCandidateQuery,
  type SerialCandidateRow,
} from '../../storage/tracing-search-store';
import { AppError, forbidden } from '../app-error';
import type { Context } from '../context';
import { readableBookIds } from '../registry/book-access';
import { loadCatalogue } from '../registry/catalogue';
import { logSearch, type SearchKind } from './search-log';

export interface SerialSearch {
  readonly serial: string;
  readonly manufacturer?: string | undefined;
  readonly calibre?: string | undefined;
  readonly type?: string | undefined;
  readonly limit: number;
}

/** How narrowing values that name nothing in the catalogue are treated: refused, or ignored (a police request). */
export type Narrowing = 'strict' | 'lenient';

/** Rows fetched from the index for ranking; exact readings are always fetched on top. */
const CANDIDATE_CAP = 200;

export function parsePatternOrThrow(serial: string, field = 'serial'): SerialPattern {
  const parsed = parseSerialPattern(serial);
  if (parsed.ok) return parsed.pattern;
  const message =
    parsed.refusal.code === 'PATTERN_EMPTY'
      ? 'The serial pattern is empty'
      : 'The serial pattern has no legible character (only ? and *)';
  throw new AppError('VALIDATION_FAILED', message, {
    fields: [{ location: 'query', path: field, message }],
    code: parsed.refusal.code,
  });
}

function refuse(field: string, message: string): never {
  throw new AppError('VALIDATION_FAILED', message, { fields: [{ location: 'query', path: field, message }] });
}

async function narrowing(ctx: Context, search: SerialSearch, mode: Narrowing) {
  const { db } = ctx.database;
  let manufacturerId: string | undefined;
  let calibreId: string | undefined;
  let type: string | undefined;
  if (search.manufacturer) {
    const match = matchManufacturer(search.manufacturer, await loadCatalogue(db, 'catalogue_manufacturer'));
    if (match.ok) manufacturerId = match.value.id;
    else if (mode === 'strict')
      refuse('manufacturer', `Unknown manufacturer "${search.manufacturer}"${hint(match.suggestions)}`);
  }
  if (search.calibre) {
    const match = matchCalibre(search.calibre, await loadCatalogue(db, 'catalogue_calibre'));
    if (match.ok) calibreId = match.value.id;
    else if (mode === 'strict')
      refuse('calibre', `Unknown calibre "${search.calibre}"${hint(match.suggestions)}`);
  }
  if (search.type) {
    const found = findFirearmType(search.type);
    if (found) type = found;
    else if (mode === 'strict') refuse('type', `Unknown firearm type "${search.type}"`);
  }
  return { manufacturerId, calibreId, type };
}

function hint(suggestions: readonly string[]): string {
  return suggestions.length ? `; closest: ${suggestions.join(', ')}` : '';
}

/**
 * The candidates for a pattern among the given organisations' weapons, ranked best first. Exact
 * whole-serial readings come from the B-tree on the folded serial; partial patterns from the trigram
 * index, up to CANDIDATE_CAP rows, then ranked in core (docs/tracing.md).
 */
export async function findCandidates(
  ctx: Context,
  pattern: SerialPattern,
  q: Omit<SerialCandidateQuery, 'cap'>,
  limit: number,
): Promise<{ ranked: Array<{ row: SerialCandidateRow; score: number }>; truncated: boolean }> {
  const { db, dialect } = ctx.database;
  const rows = new Map<string, SerialCandidateRow>();
  const hasTrigram = longestLegibleRun(pattern).length >= 3;
  const partial = await findByFoldedPattern(
    db,
    dialect,
    foldedLikePattern(pattern),
    hasTrigram,
    { ...q, cap: CANDIDATE_CAP },
    expandedLikePatterns(pattern),
  );
  for (const row of partial) rows.set(row.firearm_id, row);
  const truncated = partial.length >= CANDIDATE_CAP;
  // The pattern as a part of serials includes the whole serials equal to it, unless the part
  // search was cut short: then those are fetched from the B-tree, so an exact match always ranks.
  if (pattern.isPlain && truncated)
    for (const row of await findByFoldedSerial(db, foldSerial(plainTextOf(pattern)), {
      ...q,
      cap: CANDIDATE_CAP,
    }))
      rows.set(row.firearm_id, row);
  const ranked = rankCandidates(
    pattern,
    [...rows.values()],
    (r) => r.serial_normalised,
    (r) => r.firearm_id,
  );
  return { ranked: ranked.slice(0, limit).map((r) => ({ row: r.candidate, score: r.score })), truncated };
}

export function toCandidate(row: SerialCandidateRow, score: number): TraceCandidate {
  return {
    firearmId: row.firearm_id,
    serial: row.serial,
    manufacturer: row.manufacturer_name,
    model: row.model,
    calibre: row.calibre_name,
    type: row.type,
    organisationId: row.organisation_id,
    organisation: row.organisation_name,
    status: row.status,
    score,
  };
}

/** `trace search`: the regulator's (or an administrator's) search of the registry, logged. */
export async function searchSerials(
  ctx: Context,
  actor: Actor,
  search: SerialSearch,
  log: { kind: SearchKind; requestId?: string | null; narrowing?: Narrowing } = { kind: 'search' },
): Promise<TraceSearchResponse> {
  if (!canSearchRegistry(actor)) throw forbidden('Only the regulator may search the registry for a trace');
  const pattern = parsePatternOrThrow(search.serial);
  const filters = await narrowing(ctx, search, log.narrowing ?? 'strict');
  const organisationIds = await readableBookIds(ctx.database.db, actor);
  const { ranked, truncated } = await findCandidates(
    ctx,
    pattern,
    { organisationIds, ...filters },
    search.limit,
  );
  await logSearch(ctx, actor, {
    kind: log.kind,
    query: {
      serial: search.serial,
      ...(search.manufacturer ? { manufacturer: search.manufacturer } : {}),
      ...(search.calibre ? { calibre: search.calibre } : {}),
      ...(search.type ? { type: search.type } : {}),
    },
    results: ranked.length,
    requestId: log.requestId ?? null,
  });
  return { candidates: ranked.map((r) => toCandidate(r.row, r.score)), truncated };
}
