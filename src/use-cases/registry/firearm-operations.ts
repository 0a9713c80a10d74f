import type { MarkingInput } from '../../contracts/registry';
import { markingOf } from './photos';
import type { Actor } from '../../core/access/actor';
import type { BookOperation } from '../../core/access/policies';
import type {
  Disposal,
  MarkingApplied,
  Move,
  TransferIn,
  TransferOut,
} from '../../core/holdings/holding-entries';
import {
  checkDisposal,
  checkMarking,
  checkMove,
  checkTransferIn,
  checkTransferOut,
  type HoldingRefusal,
} from '../../core/holdings/holding-rules';
import type { Queryable } from '../../storage/database';
import { findOrganisation } from '../../storage/organisation-store';
import { findFirearm, type FirearmRow } from '../../storage/registry-store';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { canReadBookOf, findReplay, ownFacility, refuse, writableBook } from './book-access';
import { presentEntry, type WrittenEntry } from './present-registry';

// The operations on one held firearm. Each: load → check in core → append the entry (which
// updates the projection) in one transaction. Shared shape, one exported function per operation.

async function withFirearm(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  operation: BookOperation,
  decide: (
    trx: Queryable,
    firearm: FirearmRow,
  ) => Promise<{ refusal: HoldingRefusal | null; kind: string; payload: unknown }>,
  idempotencyKey: string,
  /** Whose book the entry goes to: the holder's, or (receiving a transfer) the receiver's. */
  bookOwnerOf: (firearm: FirearmRow) => string = (firearm) => firearm.organisation_id,
  /** Throws not-found when the actor may not see the weapon (checked before who may act, so ids cannot be probed). */
  mustSee: (trx: Queryable, firearm: FirearmRow) => Promise<void> = async () => undefined,
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, idempotencyKey);
    if (replay) return presentEntry(replay);
    const firearm = await findFirearm(trx, firearmId);
    if (!firearm) throw notFound('Firearm');
    await mustSee(trx, firearm);
    const bookOwner = bookOwnerOf(firearm);
    // Who may act is settled before anything about the request is examined.
    await writableBook(trx, actor, bookOwner, operation);
    const decision = await decide(trx, firearm);
    if (decision.refusal) refuse(decision.refusal);
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: bookOwner,
        kind: decision.kind,
        payload: decision.payload,
        idempotencyKey,
      }),
    );
  });
}

export function transferFirearmOut(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: { idempotencyKey: string; toOrganisationId: string; reference: string | null },
) {
  return withFirearm(
    ctx,
    actor,
    firearmId,
    'transfer',
    async (trx, firearm) => {
      const receiver = await findOrganisation(trx, input.toOrganisationId);
      const refusal = checkTransferOut(
        { status: firearm.status, organisationId: firearm.organisation_id },
        input.toOrganisationId,
        receiver && {
          kind: receiver.kind,
          licensedById: receiver.licensed_by_id,
          deactivated: receiver.deactivated_at !== null,
        },
      );
      const payload: TransferOut = {
        firearmId,
        toOrganisationId: input.toOrganisationId,
        reference: input.reference,
      };
      return { refusal, kind: 'transfer-out', payload };
    },
    input.idempotencyKey,
  );
}

/** The receiving organisation confirms a transfer: the weapon enters its book and chain. */
export function receiveFirearmTransfer(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: { idempotencyKey: string; facilityId: string },
) {
  return withFirearm(
    ctx,
    actor,
    firearmId,
    'transfer',
    async (trx, firearm) => {
      await ownFacility(trx, actor.organisationId, input.facilityId);
      const payload: TransferIn = {
        firearmId,
        fromOrganisationId: firearm.organisation_id,
        facilityId: input.facilityId,
      };
      return {
        refusal: checkTransferIn(
          { status: firearm.status, inTransitToId: firearm.in_transit_to_id },
          actor.organisationId,
        ),
        kind: 'transfer-in',
        payload,
      };
    },
    input.idempotencyKey,
    () => actor.organisationId,
    // A weapon neither held by nor sent to the caller's organisation is not theirs to see.
    async (trx, firearm) => {
      if (
        firearm.in_transit_to_id !== actor.organisationId &&
        !(await canReadBookOf(trx, actor, firearm.organisation_id))
      )
        throw notFound('Firearm');
    },
  );
}

export function moveFirearm(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: { idempotencyKey: string; toFacilityId: string },
) {
  return withFirearm(
    ctx,
    actor,
    firearmId,
    'move',
    async (trx, firearm) => {
      await ownFacility(trx, firearm.organisation_id, input.toFacilityId, 'toFacilityId');
      const payload: Move = {
        firearmId,
        fromFacilityId: firearm.facility_id ?? '',
        toFacilityId: input.toFacilityId,
      };
      return {
        refusal: checkMove({ status: firearm.status, facilityId: firearm.facility_id }, input.toFacilityId),
        kind: 'move',
        payload,
      };
    },
    input.idempotencyKey,
  );
}

export function applyMarking(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: { idempotencyKey: string; marking: MarkingInput },
) {
  return withFirearm(
    ctx,
    actor,
    firearmId,
    'mark',
    async (trx, firearm) => {
      const payload: MarkingApplied = {
        firearmId,
        marking: await markingOf(ctx, trx, firearm.organisation_id, input.marking, 'marking'),
      };
      return { refusal: checkMarking({ status: firearm.status }), kind: 'marking', payload };
    },
    input.idempotencyKey,
  );
}

export function disposeFirearm(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: {
    idempotencyKey: string;
    method: 'sale' | 'deactivation' | 'destruction';
    certificateReference: string;
    recipient: string | null;
  },
) {
  return withFirearm(
    ctx,
    actor,
    firearmId,
    'dispose',
    async (_trx, firearm) => {
      const payload: Disposal = {
        firearmId,
        method: input.method,
        certificateReference: input.certificateReference,
        recipient: input.recipient,
      };
      return { refusal: checkDisposal({ status: firearm.status }), kind: 'disposal', payload };
    },
    input.idempotencyKey,
  );
}
