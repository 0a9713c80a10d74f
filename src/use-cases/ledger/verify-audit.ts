import { type AuditChainProblem, createAuditChainWalker } from '../../core/audit/audit-chain';
import {
  listUnchainedAuditEvents,
  nodeSha256,
  readAuditChain,
  readAuditHead,
} from '../../storage/audit-store';
import type { Queryable } from '../../storage/database';

export interface AuditVerificationResult {
  readonly ok: boolean;
  /** Events walked (up to and including the first that does not match). */
  readonly events: number;
  readonly length: number;
  readonly problem: AuditChainProblem | null;
}

/**
 * The audit chain from its genesis to the recorded head: every event in sequence order must follow
 * the one before (sequence, previous hash) and have the hash of its own fields; an event with no
 * place in the chain (written by hand) is named first; the walk must end exactly at the head.
 */
export async function verifyAuditChain(db: Queryable): Promise<AuditVerificationResult> {
  const head = await readAuditHead(db);
  const [outside] = await listUnchainedAuditEvents(db, 1);
  if (outside)
    return {
      ok: false,
      events: 0,
      length: head.length,
      problem: {
        eventId: outside.id,
        sequence: outside.sequence === null ? null : Number(outside.sequence),
        kind: 'not-chained',
        expected: 'a sequence, a previous hash and a hash',
        found: `sequence ${outside.sequence ?? 'none'}, hash ${outside.hash ?? 'none'}`,
      },
    };
  const walker = createAuditChainWalker(nodeSha256);
  for await (const page of readAuditChain(db)) {
    for (const event of page) {
      const problem = walker.step(event);
      if (problem) return { ok: false, events: walker.events, length: head.length, problem };
    }
  }
  const problem = walker.finish(head);
  return { ok: problem === null, events: walker.events, length: head.length, problem };
}

/** One line for a problem, naming the event. */
export function describeAuditProblem(p: AuditChainProblem): string {
  const where = p.eventId
    ? `event ${p.eventId}${p.sequence === null ? '' : ` (sequence ${p.sequence})`}`
    : 'the head';
  const what: Record<AuditChainProblem['kind'], string> = {
    'not-chained': 'not in the chain',
    sequence: 'sequence out of order (an event before it was deleted or one was inserted)',
    'previous-hash': 'does not follow the event before it',
    hash: 'fields altered (hash does not match)',
    head: 'the chain does not end at the recorded head (the last events were deleted or added)',
  };
  return `audit log altered: ${where}: ${what[p.kind]} (expected ${p.expected}, found ${p.found})`;
}
