import type { Actor } from '../../core/access/actor';
import type { Acquisition } from '../../core/holdings/holding-entries';
import { firearmDuplicateChecker } from '../../core/registry/find-duplicates';
import { FIREARM_TEMPLATE } from '../../core/registry/import-templates';
import type { RowError } from '../../core/registry/row-error';
import type { RowContext } from '../../core/registry/row-checks';
import { validateFirearmRow, type FirearmDraft } from '../../core/registry/validate-firearm-row';
import { validateHeader } from '../../core/registry/validate-header';
import { canonicalAcquisitionJson } from '../../core/ledger/acquisition-encoding';
import { sealEncodedEntry } from '../../core/ledger/ledger-entry';
import type { Queryable } from '../../storage/database';
import { withBulkTransaction } from '../../storage/bulk-transaction';
import { advanceChainHead, ENTRY_COLUMNS, lockChainHead } from '../../storage/ledger-store';
import { firearmRowOfAcquisition } from '../../storage/registry-projection';
import { indexFirearmSerials } from '../../storage/serial-search-projection';
import type { FirearmTable } from '../../storage/schema';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';
import { HASH_OPTIONS } from '../ledger/ledger-hashing';
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
const BATCH = 2000;

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

/** A firearm already in the registry that the identity rule of acquisitions could match. */
interface RegisteredFirearm {
  readonly manufacturer_id: string;
  readonly serial_normalised: string;
  readonly model_key: string;
  readonly acquired_entry_id: string;
}

/** Registered firearms with any of these normalised serials (any organisation). */
async function registeredWithSerials(
  ctx: Context,
  db: Queryable,
  inOwnTransaction: boolean,
  serials: readonly string[],
): Promise<RegisteredFirearm[]> {
  const sqlite = ctx.database.sqlite;
  if (sqlite && inOwnTransaction) {
    // Inside the import's own transaction the connection is ours: a prepared statement per serial
    // is several times cheaper than building one IN (…) query per batch.
    const statement = sqlite.prepare(
      'SELECT manufacturer_id, serial_normalised, model_key, acquired_entry_id FROM firearm WHERE serial_normalised = ?',
    );
    const found: RegisteredFirearm[] = [];
    for (const serial of serials) for (const f of statement.all(serial)) found.push(f as RegisteredFirearm);
    return found;
  }
  return db
    .selectFrom('firearm')
    .select(['manufacturer_id', 'serial_normalised', 'model_key', 'acquired_entry_id'])
    .where('serial_normalised', 'in', [...serials])
    .execute();
}

/**
 * Weapons of the batch already in the registry (any organisation), by the identity rule of
 * acquisitions. `written` names the entries this import has written so far in its transaction:
 * weapons it registered itself are not "already registered" (a repeat within the file is reported
 * as DUPLICATE_FIREARM_IN_FILE by the file's own check).
 */
async function alreadyRegistered(
  ctx: Context,
  db: Queryable,
  drafts: readonly FirearmDraft[],
  written: { chainId: string; afterSequence: number } | null,
): Promise<RowError[]> {
  if (drafts.length === 0) return [];
  let found = await registeredWithSerials(ctx, db, written !== null, [
    ...new Set(drafts.map((d) => d.serialNormalised)),
  ]);
  if (found.length === 0) return [];
  if (written) {
    const ours = await db
      .selectFrom('ledger_entry')
      .select('id')
      .where('id', 'in', [...new Set(found.map((f) => f.acquired_entry_id))])
      .where('chain_id', '=', written.chainId)
      .where('sequence', '>', written.afterSequence)
      .execute();
    const own = new Set(ours.map((e) => e.id));
    found = found.filter((f) => !own.has(f.acquired_entry_id));
    if (found.length === 0) return [];
  }
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

const SUBJECT_COLUMNS = ['subject_id', 'entry_id'] as const;

/** Thrown inside the import's transaction to roll it back when a row turned out wrong. */
class RowsRefused extends Error {}

/**
 * Import firearms as acquisitions: every row checked (every error reported with its line and
 * column), and only if none is wrong, all rows written in one transaction, one ledger entry per
 * weapon. Nothing is committed when any row is invalid.
 *
 * A real import reads the file once: inside the transaction, each batch of rows is checked and, as
 * long as no row so far was wrong, sealed and written; at the first wrong row writing stops, the
 * rest of the file is still checked for the report, and the transaction is rolled back. A dry run
 * only checks.
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
  const entryIds: string[] = [];
  let entriesWritten = 0;

  /** Read and check every row; hand each batch of valid rows (checked against the registry) to `write`. */
  const checkRows = async (
    dbForChecks: Queryable,
    written: () => { chainId: string; afterSequence: number } | null,
    write: ((drafts: readonly FirearmDraft[]) => Promise<void>) | null,
  ) => {
    let pending: FirearmDraft[] = [];
    const flush = async () => {
      addErrors(await alreadyRegistered(ctx, dbForChecks, pending, written()));
      // Once any row is wrong nothing more is written: the transaction will be rolled back.
      if (write && errors.length === 0) await write(pending);
      pending = [];
    };
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
      if (pending.length >= BATCH) await flush();
      if (rowsRead % 10_000 === 0)
        options.onProgress?.(write && errors.length === 0 ? 'commit' : 'validate', rowsRead);
    }
    await flush();
  };

  const result = (committed: boolean): ImportResult => {
    const base = {
      dryRun: options.dryRun,
      rowsRead,
      rowsValid: errors.length ? rowsValid - new Set(errors.map((e) => e.line)).size : rowsValid,
    };
    if (!committed) {
      errors.sort((a, b) => a.line - b.line);
      return { ...base, committed: false, errors, entriesWritten: 0, entryIds: [] };
    }
    return { ...base, committed: true, errors: [], entriesWritten, entryIds };
  };

  if (errors.length > 0) return result(false);
  if (options.dryRun) {
    await checkRows(db, () => null, null);
    return result(false);
  }

  const actorId = actorIdOf(actor);
  const recordedAt = ctx.now();
  try {
    await withBulkTransaction(ctx.database, async (trx) => {
      let head = await lockChainHead(trx.db, organisation.id, organisation.id);
      const startLength = head.length;
      const written = { chainId: organisation.id, afterSequence: startLength };
      const write = async (drafts: readonly FirearmDraft[]) => {
        const entries: unknown[][] = [];
        const firearms: FirearmTable[] = [];
        const subjects: unknown[][] = [];
        for (const d of drafts) {
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
          const sealed = sealEncodedEntry(
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
            canonicalAcquisitionJson(payload),
            { chainId: organisation.id, ...head },
            HASH_OPTIONS,
          );
          head = { length: sealed.sequence, headHash: sealed.hash };
          entries.push([
            sealed.id,
            sealed.chainId,
            sealed.sequence,
            sealed.previousHash,
            sealed.hash,
            sealed.recordedAt,
            sealed.organisationId,
            sealed.actorId,
            sealed.idempotencyKey,
            sealed.kind,
            sealed.corrects,
            sealed.payloadCanonical,
          ]);
          // No markings and no assigned serial: the row is exactly what applyToRegistry would write.
          firearms.push(firearmRowOfAcquisition(sealed.id, organisation.id, payload));
          subjects.push([facilityId, sealed.id], [payload.firearmId, sealed.id]);
          if (options.collectEntryIds) entryIds.push(sealed.id);
        }
        entriesWritten += drafts.length;
        await trx.insert('ledger_entry', ENTRY_COLUMNS, entries);
        if (firearms.length > 0) {
          const columns = Object.keys(firearms[0]!) as Array<keyof FirearmTable>;
          await trx.insert(
            'firearm',
            columns,
            firearms.map((f) => columns.map((c) => f[c])),
          );
        }
        await indexFirearmSerials(ctx.database, trx.db, firearms); // tracing: the serial search index (h7)
        await trx.insert('ledger_subject', SUBJECT_COLUMNS, subjects);
        options.onProgress?.('commit', entriesWritten);
      };
      await checkRows(trx.db, () => written, write);
      if (errors.length > 0) throw new RowsRefused();
      await advanceChainHead(trx.db, organisation.id, head.length, head.headHash);
    });
  } catch (error) {
    if (error instanceof RowsRefused) {
      entryIds.length = 0;
      entriesWritten = 0;
      return result(false);
    }
    throw error;
  }
  return result(true);
}
