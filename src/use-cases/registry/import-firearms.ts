import type { Actor } from '../../core/access/actor';
import type { Acquisition } from '../../core/holdings/holding-entries';
import { firearmDuplicateChecker } from '../../core/registry/find-duplicates';
import { FIREARM_TEMPLATE } from '../../core/registry/import-templates';
import type { RowError } from '../../core/registry/row-error';
import type { RowContext } from '../../core/registry/row-checks';
import { validateFirearmRow, type FirearmDraft } from '../../core/registry/validate-firearm-row';
import { validateHeader } from '../../core/registry/validate-header';
import { sealEntry } from '../../core/ledger/ledger-entry';
import type { Queryable } from '../../storage/database';
import { bulkInsert } from '../../storage/bulk-insert';
import { advanceChainHead, lockChainHead, type LedgerEntryRow } from '../../storage/ledger-store';
import { firearmRowOfAcquisition } from '../../storage/registry-projection';
import { indexFirearmSerials } from '../../storage/serial-search-projection';
import type { FirearmTable } from '../../storage/schema';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';
import { HASH_OPTIONS, toRow } from '../ledger/ledger-hashing';
import { modelKeyOf } from './acquire-firearm';
import { writableBook } from './book-access';
import { loadCatalogue } from './catalogue';

export interface ImportRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string | undefined>>;
}

/** Rows can be read twice (validate, then commit) without holding a million drafts in memory. */
export type RowSource = () => AsyncIterable<ImportRow> | Iterable<ImportRow>;

export interface ImportOptions {
  readonly organisationId: string;
  readonly rows: RowSource | readonly ImportRow[];
  readonly header?: readonly string[];
  readonly defaultFacilityCode: string | null;
  readonly dryRun: boolean;
  readonly collectEntryIds?: boolean;
  readonly onProgress?: (phase: 'validate' | 'commit', rows: number) => void;
}

export interface ImportResult {
  readonly committed: boolean;
  readonly dryRun: boolean;
  readonly rowsRead: number;
  readonly rowsValid: number;
  readonly errors: readonly RowError[];
  readonly entriesWritten: number;
  readonly entryIds: readonly string[];
}

const ERROR_LIMIT = 10_000;
const BATCH = 1000;

export async function importContext(
  db: Queryable,
  organisationId: string,
  defaultFacilityCode: string | null,
): Promise<{ context: RowContext; facilityIds: Map<string, string> }> {
  const facilities = await db
    .selectFrom('facility')
    .select(['id', 'code'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const facilityIds = new Map(facilities.map((f) => [f.code, f.id]));
  return {
    facilityIds,
    context: {
      manufacturers: await loadCatalogue(db, 'catalogue_manufacturer'),
      calibres: await loadCatalogue(db, 'catalogue_calibre'),
      facilityCodes: new Set(facilityIds.keys()),
      // With a single facility, the column may be left out.
      defaultFacilityCode:
        defaultFacilityCode?.toUpperCase() ?? (facilities.length === 1 ? facilities[0]!.code : null),
      currentYear: new Date().getUTCFullYear(),
    },
  };
}

export async function* iterateRows(rows: RowSource | readonly ImportRow[]): AsyncGenerator<ImportRow> {
  const source = typeof rows === 'function' ? rows() : rows;
  for await (const row of source as AsyncIterable<ImportRow>) yield row;
}

/** Weapons of the batch already in the registry (any organisation), by the identity rule of acquisitions. */
async function alreadyRegistered(db: Queryable, drafts: readonly FirearmDraft[]): Promise<RowError[]> {
  if (drafts.length === 0) return [];
  const found = await db
    .selectFrom('firearm')
    .select(['manufacturer_id', 'serial_normalised', 'model_key'])
    .where('serial_normalised', 'in', [...new Set(drafts.map((d) => d.serialNormalised))])
    .execute();
  if (found.length === 0) return [];
  const errors: RowError[] = [];
  for (const d of drafts) {
    const key = modelKeyOf(d.model ?? '');
    if (
      found.some(
        (f) =>
          f.manufacturer_id === d.manufacturerId &&
          f.serial_normalised === d.serialNormalised &&
          (f.model_key === key || f.model_key === '' || key === ''),
      )
    ) {
      errors.push({
        line: d.line,
        column: 'serial',
        code: 'FIREARM_ALREADY_REGISTERED',
        reason: 'this weapon (manufacturer and serial) is already in the registry',
      });
    }
  }
  return errors;
}

/**
 * Import firearms as acquisitions: every row checked first (every error reported with its line and
 * column), and only if none is wrong, all rows written in one transaction, one ledger entry per
 * weapon. Nothing is committed when any row is invalid.
 */
export async function importFirearmRows(
  ctx: Context,
  actor: Actor,
  options: ImportOptions,
): Promise<ImportResult> {
  const { db } = ctx.database;
  const organisation = await writableBook(db, actor, options.organisationId, 'import');
  const { context, facilityIds } = await importContext(db, organisation.id, options.defaultFacilityCode);
  const errors: RowError[] = options.header
    ? validateHeader(options.header, FIREARM_TEMPLATE, {
        hasDefaultFacility: context.defaultFacilityCode !== null,
      })
    : [];
  const addErrors = (more: readonly RowError[]) => {
    for (const e of more) if (errors.length < ERROR_LIMIT) errors.push(e);
  };
  const duplicateOf = firearmDuplicateChecker();
  let rowsRead = 0;
  let rowsValid = 0;
  let pending: FirearmDraft[] = [];
  const flushCheck = async () => {
    addErrors(await alreadyRegistered(db, pending));
    pending = [];
  };
  if (errors.length === 0) {
    for await (const row of iterateRows(options.rows)) {
      rowsRead++;
      const result = validateFirearmRow(row.record, row.line, context);
      if (!result.ok) {
        addErrors(result.errors);
        continue;
      }
      const duplicate = duplicateOf(result.value);
      if (duplicate) {
        addErrors([duplicate]);
        continue;
      }
      rowsValid++;
      pending.push(result.value);
      if (pending.length >= BATCH) await flushCheck();
      if (rowsRead % 10_000 === 0) options.onProgress?.('validate', rowsRead);
    }
    await flushCheck();
  }
  const base = {
    dryRun: options.dryRun,
    rowsRead,
    rowsValid: errors.length ? rowsValid - new Set(errors.map((e) => e.line)).size : rowsValid,
  };
  if (errors.length > 0 || options.dryRun) {
    errors.sort((a, b) => a.line - b.line);
    return { ...base, committed: false, errors, entriesWritten: 0, entryIds: [] };
  }

  const actorId = actorIdOf(actor);
  const entryIds: string[] = [];
  const written = await db.transaction().execute(async (trx) => {
    let head = await lockChainHead(trx, organisation.id, organisation.id);
    let count = 0;
    let entries: LedgerEntryRow[] = [];
    let firearms: FirearmTable[] = [];
    let subjects: Array<{ subject_id: string; entry_id: string }> = [];
    const flush = async () => {
      await bulkInsert(ctx.database, trx, 'ledger_entry', entries);
      await bulkInsert(ctx.database, trx, 'firearm', firearms as unknown as Array<Record<string, unknown>>);
      await indexFirearmSerials(ctx.database, trx, firearms); // tracing: the serial search index (h7)
      await bulkInsert(ctx.database, trx, 'ledger_subject', subjects);
      entries = [];
      firearms = [];
      subjects = [];
      options.onProgress?.('commit', count);
    };
    const recordedAt = ctx.now();
    for await (const row of iterateRows(options.rows)) {
      const result = validateFirearmRow(row.record, row.line, context);
      if (!result.ok) throw new Error(`row ${row.line} changed between validation and commit`);
      const d = result.value;
      const facilityId = facilityIds.get(d.facilityCode)!;
      const payload: Acquisition = {
        firearmId: ctx.newId(),
        facilityId,
        source: { kind: 'initial-registration', name: 'import', reference: `line ${d.line}` },
        firearm: {
          type: d.type,
          manufacturerId: d.manufacturerId,
          model: d.model ?? '',
          calibreId: d.calibreId,
          serial: d.serial,
          serialNormalised: d.serialNormalised,
          countryOfManufacture: d.countryOfManufacture,
          yearOfManufacture: d.yearOfManufacture,
          importCountry: d.importCountry,
          importYear: d.importYear,
          componentSerials: [],
          permitNumber: d.permit?.number ?? null,
          permitExpiresOn: d.permit?.expiresOn ?? null,
          serialAssigned: false,
        },
        markings: [],
      };
      const sealed = sealEntry(
        {
          id: ctx.newId(),
          chainId: organisation.id,
          recordedAt,
          organisationId: organisation.id,
          actorId,
          idempotencyKey: `import:${payload.firearmId}`,
          kind: 'acquisition',
          corrects: null,
          payload,
        },
        { chainId: organisation.id, ...head },
        HASH_OPTIONS,
      );
      head = { length: sealed.sequence, headHash: sealed.hash };
      entries.push(toRow(sealed));
      // No markings and no assigned serial: the row is exactly what applyToRegistry would write.
      firearms.push(firearmRowOfAcquisition(sealed.id, organisation.id, payload));
      subjects.push(
        { subject_id: facilityId, entry_id: sealed.id },
        { subject_id: payload.firearmId, entry_id: sealed.id },
      );
      if (options.collectEntryIds) entryIds.push(sealed.id);
      count++;
      if (entries.length >= BATCH) await flush();
    }
    await flush();
    await advanceChainHead(trx, organisation.id, head.length, head.headHash);
    return count;
  });
  return { ...base, committed: true, errors: [], entriesWritten: written, entryIds };
}
