import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../../core/access/actor';
import { subjectsOf } from '../../core/holdings/entry-subjects';
import type { Queryable } from '../../storage/database';
import {
  advanceChainHead,
  findEntryByIdempotencyKey,
  insertLedgerEntries,
  insertSubjects,
  lockChainHead,
  type LedgerEntryRow,
} from '../../storage/ledger-store';
import { applyToRegistry } from '../../storage/registry-projection';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { isFirearmInadequatelyMarked } from './marking-adequacy';
import { sealDraft } from './ledger-hashing';

export interface EntryDraft {
  readonly organisationId: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly idempotencyKey: string;
  readonly corrects?: string | null;
}

/** Who is recorded as the actor: a user id, or `token:<id>` for a machine client. */
export function actorIdOf(actor: Actor): string {
  return actor.userId ?? `token:${actor.apiTokenId ?? 'unknown'}`;
}

/**
 * A caller that has already taken the chain's head in this transaction (lockChainHead) and found
 * no entry with the draft's idempotency key passes the head here, so neither is done twice; the
 * head after the append comes back for a further append in the same transaction.
 */
export interface LockedHead {
  readonly length: number;
  readonly headHash: string;
}

/**
 * Append one entry to the organisation's chain and apply it to the projections, inside the
 * caller's transaction: either the entry and its effects are committed together, or neither.
 * A retry with the same idempotency key returns the first entry and writes nothing.
 */
export async function appendEntry(
  ctx: Context,
  trx: Queryable,
  actorId: string,
  draft: EntryDraft,
  locked?: LockedHead,
): Promise<{ entry: LedgerEntryRow; replayed: boolean; head: LockedHead }> {
  const chainId = draft.organisationId;
  const head = locked ?? (await lockChainHead(trx, chainId, draft.organisationId));
  const previous = locked ? undefined : await findEntryByIdempotencyKey(trx, chainId, draft.idempotencyKey);
  if (previous) {
    if (
      previous.kind !== draft.kind ||
      !isDeepStrictEqual(JSON.parse(previous.payload), JSON.parse(JSON.stringify(draft.payload)))
    ) {
      throw new AppError('CONFLICT', 'This idempotency key was used for a different entry', {
        idempotencyKey: draft.idempotencyKey,
      });
    }
    return { entry: previous, replayed: true, head };
  }
  const row = sealDraft(
    {
      id: ctx.newId(),
      chainId,
      organisationId: draft.organisationId,
      actorId,
      recordedAt: ctx.now(),
      idempotencyKey: draft.idempotencyKey,
      kind: draft.kind,
      payload: draft.payload,
      corrects: draft.corrects ?? null,
    },
    head,
  );
  await insertLedgerEntries(trx, [row]);
  await advanceChainHead(trx, chainId, row.sequence, row.hash);
  // The projection reads the payload as stored (canonical), exactly as a rebuild will read it.
  const payload = JSON.parse(row.payload) as unknown;
  await insertSubjects(
    trx,
    subjectsOf(payload).map((subject_id) => ({ subject_id, entry_id: row.id })),
  );
  await applyToRegistry(
    trx,
    { id: row.id, organisationId: row.organisation_id, kind: row.kind, payload },
    isFirearmInadequatelyMarked,
  );
  return { entry: row, replayed: false, head: { length: row.sequence, headHash: row.hash } };
}
