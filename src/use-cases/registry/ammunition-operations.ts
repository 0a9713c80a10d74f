import type { Actor } from '../../core/access/actor';
import type {
  AmmunitionConsumed,
  AmmunitionReturned,
  ConsumptionReason,
  Correction,
} from '../../core/holdings/holding-entries';
import { checkRoundsOut, checkStockCorrection } from '../../core/holdings/holding-rules';
import { findEntry } from '../../storage/ledger-store';
import { findLot, roundsInStock } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { findReplay, ownFacility, refuse, writableBook } from './book-access';
import { presentEntry, type WrittenEntry } from './present-registry';

/**
 * Rounds leaving a lot at one facility (consumed, or returned to the supplier): never more than
 * the lot holds there. Shared shape: load → check in core → append, in one transaction.
 */
async function withdrawRounds(
  ctx: Context,
  actor: Actor,
  lotId: string,
  input: { idempotencyKey: string; facilityId: string; rounds: number },
  kind: 'ammunition-consumed' | 'ammunition-returned-to-supplier',
  payload: AmmunitionConsumed | AmmunitionReturned,
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const lot = await findLot(trx, lotId);
    if (!lot) throw notFound('Ammunition lot');
    await writableBook(trx, actor, lot.organisation_id, 'ammunition');
    await ownFacility(trx, lot.organisation_id, input.facilityId);
    const refusal = checkRoundsOut(input.rounds, await roundsInStock(trx, lotId, input.facilityId));
    if (refusal) refuse(refusal);
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: lot.organisation_id,
        kind,
        payload,
        idempotencyKey: input.idempotencyKey,
      }),
    );
  });
}

/** Rounds consumed from a lot, with the reason. */
export function consumeAmmunition(
  ctx: Context,
  actor: Actor,
  lotId: string,
  input: {
    idempotencyKey: string;
    facilityId: string;
    rounds: number;
    reason: ConsumptionReason;
    note: string | null;
  },
): Promise<WrittenEntry> {
  const payload: AmmunitionConsumed = {
    lotId,
    facilityId: input.facilityId,
    rounds: input.rounds,
    reason: input.reason,
    note: input.note,
  };
  return withdrawRounds(ctx, actor, lotId, input, 'ammunition-consumed', payload);
}

/** Rounds returned to the supplier. */
export function returnAmmunitionToSupplier(
  ctx: Context,
  actor: Actor,
  lotId: string,
  input: { idempotencyKey: string; facilityId: string; rounds: number; supplier: string },
): Promise<WrittenEntry> {
  const payload: AmmunitionReturned = {
    lotId,
    facilityId: input.facilityId,
    rounds: input.rounds,
    supplier: input.supplier,
  };
  return withdrawRounds(ctx, actor, lotId, input, 'ammunition-returned-to-supplier', payload);
}

/** A recording error in a lot's rounds is put right by a correction entry naming the wrong one. */
export async function correctStock(
  ctx: Context,
  actor: Actor,
  lotId: string,
  input: {
    idempotencyKey: string;
    correctsEntryId: string;
    facilityId: string;
    roundsDelta: number;
    reason: string;
  },
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const lot = await findLot(trx, lotId);
    if (!lot) throw notFound('Ammunition lot');
    await writableBook(trx, actor, lot.organisation_id, 'correct');
    await ownFacility(trx, lot.organisation_id, input.facilityId);
    const corrected = await findEntry(trx, input.correctsEntryId);
    if (
      !corrected ||
      corrected.organisation_id !== lot.organisation_id ||
      !corrected.payload.includes(lotId)
    ) {
      throw new AppError('VALIDATION_FAILED', 'The corrected entry is not an entry about this lot', {
        fields: [{ path: 'correctsEntryId', message: 'not an entry of this lot' }],
      });
    }
    const refusal = checkStockCorrection(
      await roundsInStock(trx, lotId, input.facilityId),
      input.roundsDelta,
    );
    if (refusal) refuse(refusal);
    const payload: Correction = {
      correctsEntryId: input.correctsEntryId,
      reason: input.reason,
      stock: { lotId, facilityId: input.facilityId, roundsDelta: input.roundsDelta },
    };
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: lot.organisation_id,
        kind: 'correction',
        payload,
        idempotencyKey: input.idempotencyKey,
        corrects: input.correctsEntryId,
      }),
    );
  });
}
