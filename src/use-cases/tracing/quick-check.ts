import type { QuickCheckQuery, QuickCheckResponse } from '../../contracts/tracing';
import type { Actor } from '../../core/access/actor';
import { matchManufacturer } from '../../core/registry/catalogue-matching';
import { foldSerial } from '../../core/tracing/confusables';
import { plainTextOf } from '../../core/tracing/serial-pattern';
import { canQuickCheck } from '../../core/tracing/tracing-access';
import { findByFoldedSerial } from '../../storage/tracing-search-store';
import { AppError, forbidden } from '../app-error';
import type { Context } from '../context';
import { latestLossReports } from '../lost-stolen/latest-loss-reports';
import { loadCatalogue } from '../registry/catalogue';
import { findCandidates, parsePatternOrThrow } from './search-serials';
import { logSearch } from './search-log';

/**
 * The quick check for patrols and customs (issue #6): is this serial (and make) recorded lost or
 * stolen anywhere in the national registry? A hit or no hit with the national reference, nothing
 * more. The whole serial is compared with confusables folded, so a misread O/0 still hits.
 * The registry status (set by `firearm-reported-missing` entries, cleared by recoveries) decides;
 * the national reference is the incident reference of the latest report, or the registry id of a
 * weapon marked lost or stolen without one (e.g. imported so).
 *
 * Never a false all-clear (issue 14, defect 4): without a whole-serial hit, the serials recorded lost
 * or stolen that contain the characters checked are listed as candidates; with none, a short reading
 * is answered "a whole serial is needed", not "no hit".
 */
export async function quickCheck(
  ctx: Context,
  actor: Actor,
  query: QuickCheckQuery,
): Promise<QuickCheckResponse> {
  if (!canQuickCheck(actor)) throw forbidden('Only law enforcement and the regulator use the quick check');
  const pattern = parsePatternOrThrow(query.serial);
  if (!pattern.isPlain) {
    const message = 'The quick check takes a whole serial, without ? or *';
    throw new AppError('VALIDATION_FAILED', message, {
      fields: [{ location: 'query', path: 'serial', message }],
    });
  }
  let manufacturerId: string | undefined;
  if (query.manufacturer) {
    const match = matchManufacturer(
      query.manufacturer,
      await loadCatalogue(ctx.database.db, 'catalogue_manufacturer'),
    );
    // An unknown make does not hide a stolen weapon: the serial alone decides then.
    if (match.ok) manufacturerId = match.value.id;
  }
  const rows = await findByFoldedSerial(ctx.database.db, foldSerial(plainTextOf(pattern)), {
    organisationIds: 'all',
    manufacturerId,
    statuses: ['lost', 'stolen'],
    cap: 20,
  });
  // No whole-serial hit is not an all-clear yet: the serials reported lost or stolen that contain
  // these characters (confusables folded) are offered, so "4849" finds a stolen AN04849.
  const partial =
    rows.length > 0
      ? { ranked: [], truncated: false }
      : await findCandidates(
          ctx,
          pattern,
          { organisationIds: 'all', manufacturerId, statuses: ['lost', 'stolen'] },
          QUICK_CHECK_CANDIDATES + 1,
        );
  const listed = partial.ranked.slice(0, QUICK_CHECK_CANDIDATES);
  await logSearch(ctx, actor, {
    kind: 'quick-check',
    query: { serial: query.serial, ...(query.manufacturer ? { manufacturer: query.manufacturer } : {}) },
    results: rows.length + listed.length,
    requestId: null,
  });
  const reports = await latestLossReports(ctx.database.db, [
    ...rows.map((r) => r.firearm_id),
    ...listed.map((r) => r.row.firearm_id),
  ]);
  const referenceOf = (firearmId: string) => reports.get(firearmId)?.incidentReference ?? firearmId;
  const outcome =
    rows.length > 0
      ? 'hit'
      : listed.length > 0
        ? 'partial'
        : pattern.legible < WHOLE_SERIAL_MIN_CHARACTERS
          ? 'too-short'
          : 'no-hit';
  return {
    hit: rows.length > 0,
    outcome,
    matches: rows.map((r) => ({
      status: r.status as 'lost' | 'stolen',
      nationalReference: referenceOf(r.firearm_id),
    })),
    candidates: listed.map(({ row }) => ({
      serial: row.serial,
      manufacturer: row.manufacturer_name,
      model: row.model,
      status: row.status as 'lost' | 'stolen',
      nationalReference: referenceOf(row.firearm_id),
    })),
    truncated: partial.ranked.length > QUICK_CHECK_CANDIDATES,
  };
}

/** How many serials containing the characters checked are listed at most. */
const QUICK_CHECK_CANDIDATES = 10;

/**
 * Fewer legible characters than this are not taken as a whole serial: with no serial containing
 * them, the answer says a whole serial is needed instead of clearing the weapon.
 */
const WHOLE_SERIAL_MIN_CHARACTERS = 6;
