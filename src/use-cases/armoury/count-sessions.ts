import type { Actor } from '../../core/access/actor';
import type { CountAdjustment, StockCountClosed } from '../../core/armoury/armoury-entries';
import type {
  CountDiscrepancyKind,
  CountKind,
  CountResolution,
  CountTrigger,
} from '../../core/armoury/armoury-terms';
import { reconcileCount, type BookWeapon } from '../../core/armoury/reconcile-count';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import type { Queryable } from '../../storage/database';
import { findEntryByIdempotencyKey, lockChainHead } from '../../storage/ledger-store';
import { roundsInStock } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { reportCountDiscrepancy, type DiscrepancyIncidentDetails } from '../incidents/discrepancy-bridge';
import { deliverPendingIncidentWebhooks } from '../incidents/incident-webhook';
import { companyFor, fieldError } from './company-access';
import { getCountRow, presentCount, type ExpectedSnapshot } from './read-counts';

export async function startCount(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: {
    facilityId: string;
    kind: CountKind;
    trigger: CountTrigger;
    isBlind: boolean;
    secondCounterName: string | null;
  },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    const facility = await trx
      .selectFrom('facility')
      .select('id')
      .where('id', '=', input.facilityId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!facility) throw fieldError('facilityId', 'not a facility of this organisation');
    const open = await trx
      .selectFrom('count_session')
      .select('id')
      .where('facility_id', '=', facility.id)
      .where('status', '=', 'counting')
      .executeTakeFirst();
    if (open)
      throw new AppError('COUNT_ALREADY_OPEN', 'A count of this facility is already under way', {
        countId: open.id,
      });
    const row = {
      id: ctx.newId(),
      organisation_id: organisation.id,
      facility_id: facility.id,
      kind: input.kind,
      trigger: input.trigger,
      is_blind: input.isBlind ? 1 : 0,
      status: 'counting',
      counter_user_id: actorIdOf(actor),
      second_counter_name: input.secondCounterName,
      started_at: ctx.now(),
      submitted_at: null,
      closed_at: null,
      weapons_counted: null,
      expected: null,
      close_entry_id: null,
    };
    await trx.insertInto('count_session').values(row).execute();
    return presentCount(trx, row);
  });
}

/** The weapon of the company a scanned code names: its QR tag first, then its serial. */
async function resolveWeapon(db: Queryable, organisationId: string, code: string): Promise<string | null> {
  const tag = await db
    .selectFrom('firearm_tag')
    .select('firearm_id')
    .where('code', '=', code.trim().toUpperCase())
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (tag) return tag.firearm_id;
  const bySerial = await db
    .selectFrom('firearm')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('serial_normalised', '=', normaliseSerial(code))
    .execute();
  return bySerial.length === 1 ? bySerial[0]!.id : null;
}

export async function recordCount(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  countId: string,
  input: {
    scannedCodes: string[];
    lots: Array<{ lotId: string; rounds: number }>;
    weaponsCounted: number | null;
  },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    const count = await getCountRow(trx, organisation.id, countId);
    if (count.status !== 'counting') throw new AppError('COUNT_NOT_COUNTING', 'Counting has finished');
    const now = ctx.now();
    for (const code of input.scannedCodes) {
      const firearmId = await resolveWeapon(trx, organisation.id, code);
      // The same weapon scanned twice, or the same code, is one item.
      const key = firearmId ?? `?${code.trim().toUpperCase()}`;
      await trx
        .insertInto('count_item')
        .values({
          id: ctx.newId(),
          count_id: count.id,
          kind: 'firearm',
          code: key,
          firearm_id: firearmId,
          lot_id: null,
          rounds: null,
          counted_at: now,
        })
        .onConflict((oc) => oc.columns(['count_id', 'kind', 'code']).doNothing())
        .execute();
    }
    for (const [index, lot] of input.lots.entries()) {
      const known = await trx
        .selectFrom('ammunition_lot')
        .select('id')
        .where('id', '=', lot.lotId)
        .where('organisation_id', '=', organisation.id)
        .executeTakeFirst();
      if (!known) throw fieldError(`lots.${index}.lotId`, 'not a lot of this organisation');
      await trx
        .insertInto('count_item')
        .values({
          id: ctx.newId(),
          count_id: count.id,
          kind: 'lot',
          code: lot.lotId,
          firearm_id: null,
          lot_id: lot.lotId,
          rounds: lot.rounds,
          counted_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['count_id', 'kind', 'code']).doUpdateSet({ rounds: lot.rounds, counted_at: now }),
        )
        .execute();
    }
    if (input.weaponsCounted !== null)
      await trx
        .updateTable('count_session')
        .set({ weapons_counted: input.weaponsCounted })
        .where('id', '=', count.id)
        .execute();
    return presentCount(trx, await getCountRow(trx, organisation.id, count.id));
  });
}

/** Finish counting: freeze what the book holds, reconcile, and list each discrepancy to resolve. */
export async function submitCount(ctx: Context, actor: Actor, organisationId: string, countId: string) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    // Hold the book still while it is read: nothing is issued or returned half-way through.
    await lockChainHead(trx, organisation.id, organisation.id);
    const count = await getCountRow(trx, organisation.id, countId);
    if (count.status !== 'counting') throw new AppError('COUNT_NOT_COUNTING', 'Counting has finished');
    const items = await trx.selectFrom('count_item').selectAll().where('count_id', '=', count.id).execute();
    const countedIds = items.filter((i) => i.firearm_id).map((i) => i.firearm_id!);
    const bookRows = await trx
      .selectFrom('firearm')
      .select(['id', 'serial', 'status', 'facility_id'])
      .where('organisation_id', '=', organisation.id)
      .where((eb) =>
        eb.or([
          eb('facility_id', '=', count.facility_id),
          ...(countedIds.length ? [eb('id', 'in', countedIds)] : []),
        ]),
      )
      .execute();
    const book = new Map<string, BookWeapon>(
      bookRows.map((r) => [r.id, { firearmId: r.id, facilityId: r.facility_id, status: r.status }]),
    );
    const stock = await trx
      .selectFrom('ammunition_stock as s')
      .innerJoin('ammunition_lot as l', 'l.id', 's.lot_id')
      .select(['s.lot_id', 's.rounds', 'l.lot_number'])
      .where('s.facility_id', '=', count.facility_id)
      .where('l.organisation_id', '=', organisation.id)
      .where('s.rounds', '>', 0)
      .execute();
    const reconciliation = reconcileCount({
      facilityId: count.facility_id,
      kind: count.kind as CountKind,
      book: [...book.values()],
      counted: items
        .filter((i) => i.kind === 'firearm')
        .map((i) => ({ code: i.code, firearm: i.firearm_id ? (book.get(i.firearm_id) ?? null) : null })),
      weaponsCounted: count.weapons_counted,
      bookLots: new Map(stock.map((s) => [s.lot_id, Number(s.rounds)])),
      countedLots: new Map(items.filter((i) => i.kind === 'lot').map((i) => [i.lot_id!, Number(i.rounds)])),
    });
    const expected: ExpectedSnapshot = {
      weapons: bookRows
        .filter(
          (r) =>
            r.facility_id === count.facility_id &&
            (r.status === 'in-store' || r.status === 'under-maintenance'),
        )
        .map((r) => ({ firearmId: r.id, serial: r.serial, status: r.status })),
      lots: stock.map((s) => ({ lotId: s.lot_id, lotNumber: s.lot_number, rounds: Number(s.rounds) })),
      weaponsInStore: 0,
    };
    expected.weaponsInStore = expected.weapons.length;
    for (const finding of reconciliation.findings)
      await trx
        .insertInto('count_discrepancy')
        .values({
          id: ctx.newId(),
          count_id: count.id,
          organisation_id: organisation.id,
          kind: finding.kind,
          firearm_id: finding.firearmId,
          scanned_code: finding.scannedCode?.startsWith('?')
            ? finding.scannedCode.slice(1)
            : (finding.scannedCode ?? null),
          lot_id: finding.lotId,
          expected: finding.expected,
          counted: finding.counted,
          status: 'open',
          resolution: null,
          note: null,
          resolved_at: null,
          resolved_by: null,
          entry_id: null,
        })
        .execute();
    await trx
      .updateTable('count_session')
      .set({ status: 'reconciling', submitted_at: ctx.now(), expected: JSON.stringify(expected) })
      .where('id', '=', count.id)
      .execute();
    return presentCount(trx, await getCountRow(trx, organisation.id, count.id));
  });
}

/** Which resolutions make sense for which discrepancy (a found lot variance would be meaningless). */
const ALLOWED: Readonly<Record<CountDiscrepancyKind, readonly CountResolution[]>> = {
  missing: ['found', 'recorded-error', 'reported-loss'],
  extra: ['found', 'recorded-error'],
  'wrong-facility': ['found', 'recorded-error'],
  'ammunition-variance': ['found', 'recorded-error', 'reported-loss'],
  'numeric-variance': ['found', 'recorded-error'],
};

/**
 * Resolve one discrepancy. "Found" records that a recount settled it (no entry). A recorded error
 * writes a count-adjustment entry that corrects the book (lot stock to the counted rounds; a weapon
 * in the wrong facility moved to where it was counted; otherwise the explanation on the record). A reported loss writes one that marks the
 * weapon lost or takes the missing rounds off the lot (the Incidents capability reports it).
 */
export async function resolveCountDiscrepancy(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  countId: string,
  discrepancyId: string,
  input: { resolution: CountResolution; note: string; incident?: DiscrepancyIncidentDetails },
) {
  const resolved = await ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    await lockChainHead(trx, organisation.id, organisation.id);
    const count = await getCountRow(trx, organisation.id, countId);
    const discrepancy = await trx
      .selectFrom('count_discrepancy')
      .selectAll()
      .where('id', '=', discrepancyId)
      .where('count_id', '=', count.id)
      .executeTakeFirst();
    if (!discrepancy) throw notFound('Discrepancy');
    if (count.status !== 'reconciling')
      throw new AppError('COUNT_NOT_RECONCILING', 'The count is not being reconciled');
    if (discrepancy.status !== 'open') throw new AppError('DISCREPANCY_ALREADY_RESOLVED', 'Already resolved');
    const kind = discrepancy.kind as CountDiscrepancyKind;
    if (!ALLOWED[kind].includes(input.resolution))
      throw fieldError('resolution', `a ${kind} discrepancy cannot be resolved as ${input.resolution}`);
    // A reported loss is an incident (with its ledger entries and the regulator's notification).
    if (input.resolution === 'reported-loss')
      await reportCountDiscrepancy(ctx, trx, actor, organisation, discrepancy, input.note, input.incident);
    let entryId: string | null = null;
    // Everything but "found" goes in the book, even where it changes no projected row.
    const writesEntry = input.resolution !== 'found';
    if (writesEntry) {
      let stock: CountAdjustment['stock'] = null;
      if (kind === 'ammunition-variance' && discrepancy.lot_id) {
        const delta = Number(discrepancy.counted) - Number(discrepancy.expected);
        const available = await roundsInStock(trx, discrepancy.lot_id, count.facility_id);
        if (available + delta < 0)
          throw new AppError(
            'STOCK_WOULD_GO_NEGATIVE',
            'The correction would take the lot below zero rounds',
            {
              available,
              delta,
            },
          );
        stock = { lotId: discrepancy.lot_id, roundsDelta: delta };
      }
      let fromFacilityId: string | null = null;
      if (kind === 'wrong-facility' && discrepancy.firearm_id) {
        const firearm = await trx
          .selectFrom('firearm')
          .select('facility_id')
          .where('id', '=', discrepancy.firearm_id)
          .executeTakeFirst();
        fromFacilityId = firearm?.facility_id ?? null;
      }
      const payload: CountAdjustment = {
        countId: count.id,
        discrepancyId: discrepancy.id,
        kind,
        resolution: input.resolution,
        note: input.note,
        facilityId: count.facility_id,
        firearmId: discrepancy.firearm_id,
        fromFacilityId,
        stock,
      };
      const written = await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: organisation.id,
        kind: 'count-adjustment',
        payload,
        idempotencyKey: `count-adjustment:${discrepancy.id}`,
      });
      entryId = written.entry.id;
    }
    await trx
      .updateTable('count_discrepancy')
      .set({
        status: 'resolved',
        resolution: input.resolution,
        note: input.note,
        resolved_at: ctx.now(),
        resolved_by: actorIdOf(actor),
        entry_id: entryId,
      })
      .where('id', '=', discrepancy.id)
      .execute();
    return presentCount(trx, count);
  });
  if (input.resolution === 'reported-loss') await deliverPendingIncidentWebhooks(ctx);
  return resolved;
}

export async function closeCount(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  countId: string,
  input: { idempotencyKey: string },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    await lockChainHead(trx, organisation.id, organisation.id);
    const count = await getCountRow(trx, organisation.id, countId);
    const replay = await findEntryByIdempotencyKey(trx, organisation.id, input.idempotencyKey);
    if (replay) {
      if (replay.id !== count.close_entry_id)
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry');
      return presentCount(trx, count);
    }
    if (count.status !== 'reconciling')
      throw new AppError('COUNT_NOT_RECONCILING', 'The count is not being reconciled');
    const presented = await presentCount(trx, count);
    const summary = presented.summary!;
    if (summary.unresolved > 0)
      throw new AppError(
        'COUNT_UNRESOLVED',
        'Every discrepancy must be resolved before the count is closed',
        {
          unresolved: summary.unresolved,
        },
      );
    const payload: StockCountClosed = {
      countId: count.id,
      facilityId: count.facility_id,
      kind: count.kind as CountKind,
      trigger: count.trigger as CountTrigger,
      isBlind: count.is_blind === 1,
      secondCounterName: count.second_counter_name,
      summary: {
        matched: summary.matched,
        missing: summary.missing,
        extra: summary.extra,
        wrongFacility: summary.wrongFacility,
        lotVariances: summary.lotVariances,
      },
    };
    const written = await appendEntry(ctx, trx, actorIdOf(actor), {
      organisationId: organisation.id,
      kind: 'stock-count-closed',
      payload,
      idempotencyKey: input.idempotencyKey,
    });
    await trx
      .updateTable('count_session')
      .set({ status: 'closed', closed_at: written.entry.recorded_at, close_entry_id: written.entry.id })
      .where('id', '=', count.id)
      .execute();
    return presentCount(trx, await getCountRow(trx, organisation.id, count.id));
  });
}
