import type { CountPolicyKind, CountTrigger } from './armoury-terms';
import { addMonths } from './calendar';

/**
 * When each policy's next count is due (issue #4: "due and overdue counts are listed"). A count
 * satisfies a policy when it was closed with the policy's trigger; the next is due one period
 * after the last (or after the policy was set, if never counted). A count on change of armourer
 * is event-driven and never falls due by time.
 */
const TRIGGERS: Readonly<Record<CountPolicyKind, readonly CountTrigger[]>> = {
  'opening-closing-numeric': ['opening', 'closing'],
  'serial-weekly': ['weekly'],
  'serial-monthly': ['monthly'],
  'full-annual': ['annual'],
  'armourer-change': [],
};

function nextAfter(trigger: CountTrigger, from: string): string {
  const day = 86_400_000;
  switch (trigger) {
    case 'weekly':
      return new Date(Date.parse(from) + 7 * day).toISOString();
    case 'monthly':
      return `${addMonths(from.slice(0, 10), 1)}${from.slice(10)}`;
    case 'annual':
      return `${addMonths(from.slice(0, 10), 12)}${from.slice(10)}`;
    default:
      return new Date(Date.parse(from) + day).toISOString();
  }
}

export interface CountDueItem {
  readonly facilityId: string;
  readonly policy: CountPolicyKind;
  readonly trigger: CountTrigger;
  readonly dueAt: string;
  readonly lastCountAt: string | null;
  readonly isOverdue: boolean;
}

export function countsDue(
  policies: ReadonlyArray<{ facilityId: string; kind: CountPolicyKind; createdAt: string }>,
  lastCountAt: (facilityId: string, trigger: CountTrigger) => string | null,
  now: string,
): CountDueItem[] {
  const items: CountDueItem[] = [];
  for (const policy of policies)
    for (const trigger of TRIGGERS[policy.kind]) {
      const last = lastCountAt(policy.facilityId, trigger);
      const dueAt = nextAfter(trigger, last ?? policy.createdAt);
      items.push({
        facilityId: policy.facilityId,
        policy: policy.kind,
        trigger,
        dueAt,
        lastCountAt: last,
        isOverdue: dueAt < now,
      });
    }
  return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.facilityId.localeCompare(b.facilityId));
}
