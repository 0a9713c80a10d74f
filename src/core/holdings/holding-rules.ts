/**
 * Decisions on holdings, pure: each returns null when the change may be recorded, or a refusal
 * with its own code (the API answers 409 with it, the web app translates it).
 */

export type HoldingRefusal =
  | { readonly code: 'ROUNDS_NOT_POSITIVE_INTEGER'; readonly rounds: number }
  | { readonly code: 'ROUNDS_EXCEED_STOCK'; readonly requested: number; readonly available: number }
  | { readonly code: 'FIREARM_NOT_HELD'; readonly status: string }
  | { readonly code: 'FIREARM_NOT_IN_STORE'; readonly status: string }
  | { readonly code: 'RECEIVER_NOT_LICENSED' }
  | { readonly code: 'TRANSFER_TO_SELF' }
  | { readonly code: 'NOT_IN_TRANSIT_TO_YOU' }
  | { readonly code: 'SAME_FACILITY' }
  | { readonly code: 'FACILITY_NOT_OWN' }
  | { readonly code: 'CORRECTION_TARGET_MISMATCH' }
  | { readonly code: 'STOCK_WOULD_GO_NEGATIVE'; readonly available: number; readonly delta: number };

/** Statuses in which the organisation physically holds the weapon. */
const HELD = new Set(['in-store', 'issued', 'under-maintenance']);

export function checkRounds(rounds: number): HoldingRefusal | null {
  return Number.isSafeInteger(rounds) && rounds > 0 ? null : { code: 'ROUNDS_NOT_POSITIVE_INTEGER', rounds };
}

/** Rounds leave a lot only when the lot holds them (never below zero). */
export function checkRoundsOut(rounds: number, available: number): HoldingRefusal | null {
  return (
    checkRounds(rounds) ??
    (rounds > available ? { code: 'ROUNDS_EXCEED_STOCK', requested: rounds, available } : null)
  );
}

export interface ReceiverFacts {
  readonly kind: string;
  readonly licensedById: string | null;
  readonly deactivated: boolean;
}

/**
 * A weapon leaves only from the store, to a licensed private security company or to a regulator
 * (surrender); it is in transit until the receiver confirms.
 */
export function checkTransferOut(
  firearm: { status: string; organisationId: string },
  receiverId: string,
  receiver: ReceiverFacts | undefined,
): HoldingRefusal | null {
  if (firearm.status !== 'in-store') return { code: 'FIREARM_NOT_IN_STORE', status: firearm.status };
  if (receiverId === firearm.organisationId) return { code: 'TRANSFER_TO_SELF' };
  if (!receiver || receiver.deactivated) return { code: 'RECEIVER_NOT_LICENSED' };
  const licensed =
    (receiver.kind === 'psc' && receiver.licensedById !== null) || receiver.kind === 'regulator';
  return licensed ? null : { code: 'RECEIVER_NOT_LICENSED' };
}

export function checkTransferIn(
  firearm: { status: string; inTransitToId: string | null },
  receiverId: string,
): HoldingRefusal | null {
  return firearm.status === 'in-transit' && firearm.inTransitToId === receiverId
    ? null
    : { code: 'NOT_IN_TRANSIT_TO_YOU' };
}

export function checkMove(
  firearm: { status: string; facilityId: string | null },
  toFacilityId: string,
): HoldingRefusal | null {
  if (firearm.status !== 'in-store') return { code: 'FIREARM_NOT_IN_STORE', status: firearm.status };
  return firearm.facilityId === toFacilityId ? { code: 'SAME_FACILITY' } : null;
}

/** A weapon is disposed of only while held and in the store (not issued, lost or already gone). */
export function checkDisposal(firearm: { status: string }): HoldingRefusal | null {
  if (!HELD.has(firearm.status)) return { code: 'FIREARM_NOT_HELD', status: firearm.status };
  return firearm.status === 'in-store' ? null : { code: 'FIREARM_NOT_IN_STORE', status: firearm.status };
}

export function checkMarking(firearm: { status: string }): HoldingRefusal | null {
  return HELD.has(firearm.status) ? null : { code: 'FIREARM_NOT_HELD', status: firearm.status };
}

export function checkStockCorrection(available: number, delta: number): HoldingRefusal | null {
  if (!Number.isSafeInteger(delta) || delta === 0)
    return { code: 'ROUNDS_NOT_POSITIVE_INTEGER', rounds: delta };
  return available + delta < 0 ? { code: 'STOCK_WOULD_GO_NEGATIVE', available, delta } : null;
}
