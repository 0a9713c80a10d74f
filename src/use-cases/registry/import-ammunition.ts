import type { Actor } from '../../core/access/actor';
import type { AmmunitionReceived } from '../../core/holdings/holding-entries';
import { AMMUNITION_TEMPLATE } from '../../core/registry/import-templates';
import type { RowError } from '../../core/registry/row-error';
import { validateAmmunitionRow, type AmmunitionDraft } from '../../core/registry/validate-ammunition-row';
import { validateHeader } from '../../core/registry/validate-header';
import { findFacility, findLotByIdentity } from '../../storage/registry-store';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { AppError } from '../app-error';
import { checkReceiptHazard } from '../hazard/check-receipt-hazard';
import { writableBook } from './book-access';
import { importContext, iterateRows, type ImportOptions, type ImportResult } from './import-firearms';

/**
 * Import ammunition receipts: every row checked first; only if none is wrong, one
 * "ammunition-received" entry per row, all in one transaction (a lot met twice gains the rounds).
 */
export async function importAmmunitionRows(
  ctx: Context,
  actor: Actor,
  options: ImportOptions,
): Promise<ImportResult> {
  const { db } = ctx.database;
  const organisation = await writableBook(db, actor, options.organisationId, 'import');
  const { context, facilityIds } = await importContext(db, organisation.id, options.defaultFacilityCode);
  const errors: RowError[] = options.header
    ? validateHeader(options.header, AMMUNITION_TEMPLATE, {
        hasDefaultFacility: context.defaultFacilityCode !== null,
      })
    : [];
  const drafts: AmmunitionDraft[] = [];
  let rowsRead = 0;
  if (errors.length === 0) {
    for await (const row of iterateRows(options.rows)) {
      rowsRead++;
      const result = validateAmmunitionRow(row.record, row.line, context);
      if (result.ok) drafts.push(result.value);
      else errors.push(...result.errors);
    }
  }
  const base = { dryRun: options.dryRun, rowsRead, rowsValid: drafts.length };
  if (errors.length > 0 || options.dryRun)
    return { ...base, committed: false, errors, entriesWritten: 0, entryIds: [] };
  const entryIds = await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    const lotIds = new Map<string, string>();
    for (const d of drafts) {
      const identity = `${d.manufacturerId}\u0000${d.calibreId}\u0000${d.lotNumber}`;
      const existing =
        lotIds.get(identity) ??
        (await findLotByIdentity(trx, organisation.id, d.manufacturerId, d.calibreId, d.lotNumber))?.id;
      const lotId = existing ?? ctx.newId();
      lotIds.set(identity, lotId);
      const payload: AmmunitionReceived = {
        lotId,
        facilityId: facilityIds.get(d.facilityCode)!,
        rounds: d.rounds,
        lot: {
          lotNumber: d.lotNumber,
          calibreId: d.calibreId,
          manufacturerId: d.manufacturerId,
          year: d.year,
          unNumber: d.unNumber,
          hazardDivision: d.hazardDivision,
          compatibilityGroup: d.compatibilityGroup,
          neqKgPer1000: d.neqKgPer1000,
        },
        source: `import line ${d.line}`,
      };
      // Issue 5: an imported receipt is checked for compatibility and the licensed NEQ like any
      // other (no override in a file: a refusal stops the whole import, naming the line).
      const facility = await findFacility(trx, payload.facilityId);
      if (facility) {
        await checkReceiptHazard(trx, actor, {
          organisationId: organisation.id,
          countryCode: organisation.country_code,
          facility,
          received: {
            lotId,
            unNumber: d.unNumber,
            hazardDivision: d.hazardDivision,
            compatibilityGroup: d.compatibilityGroup,
            neqKgPer1000: d.neqKgPer1000 === null ? null : Number(d.neqKgPer1000),
            rounds: d.rounds,
          },
          override: null,
        }).catch((error: unknown) => {
          if (error instanceof AppError) {
            throw new AppError(error.code, `line ${d.line}: ${error.message}`, error.details);
          }
          throw error;
        });
      }
      const written = await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: organisation.id,
        kind: 'ammunition-received',
        payload,
        idempotencyKey: `import:${ctx.newId()}`,
      });
      ids.push(written.entry.id);
    }
    return ids;
  });
  options.onProgress?.('commit', entryIds.length);
  return {
    ...base,
    committed: true,
    errors: [],
    entriesWritten: entryIds.length,
    entryIds: options.collectEntryIds ? entryIds : [],
  };
}
