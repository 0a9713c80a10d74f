import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import type { LocalizedText } from './localized-text';
import type { MixingRuleSet } from './mixing-rule-set';

/** What the mixing rules need to know of an item: its group and, for type isolation, its UN number. */
export interface MixingItem {
  readonly compatibilityGroup: CompatibilityGroup;
  readonly unNumber?: string;
}

/** Two groups that may not share a store; a before b in alphabetical order (a = b for type isolation). */
export interface Conflict {
  readonly a: CompatibilityGroup;
  readonly b: CompatibilityGroup;
  readonly reason: LocalizedText;
}

/**
 * Every pair of groups in the store that may not share it under the rule set, each pair once, letters
 * sorted, so the answer does not depend on the order of the items.
 */
export function findConflicts(items: readonly MixingItem[], ruleSet: MixingRuleSet): Conflict[] {
  const present = COMPATIBILITY_GROUPS.filter((group) =>
    items.some((item) => item.compatibilityGroup === group),
  );
  const conflicts: Conflict[] = [];
  for (const [index, a] of present.entries()) {
    const sameGroup = items.filter((item) => item.compatibilityGroup === a);
    if (ruleSet.isolatedByType.includes(a) && countTypes(sameGroup) > 1) {
      conflicts.push({ a, b: a, reason: isolationReason(a, ruleSet) });
    } else if (!ruleSet.mayShareWith[a].includes(a) && sameGroup.length > 1) {
      conflicts.push({ a, b: a, reason: pairReason(a, ruleSet) });
    }
    for (const b of present.slice(index + 1)) {
      if (!ruleSet.mayShareWith[a].includes(b)) {
        conflicts.push({ a, b, reason: pairReason(moreRestrictive(a, b, ruleSet), ruleSet) });
      }
    }
  }
  return conflicts;
}

// Items of an isolated group are the same type only when they carry the same UN number; an item with
// no UN number cannot be shown to be identical to any other, so it counts as a type of its own.
function countTypes(items: readonly MixingItem[]): number {
  const unNumbers = new Set(items.flatMap((item) => (item.unNumber === undefined ? [] : [item.unNumber])));
  return unNumbers.size + items.filter((item) => item.unNumber === undefined).length;
}

// The reason names the group with the shorter list of partners: that is the rule that forbids the pair.
function moreRestrictive(
  a: CompatibilityGroup,
  b: CompatibilityGroup,
  ruleSet: MixingRuleSet,
): CompatibilityGroup {
  return ruleSet.mayShareWith[b].length < ruleSet.mayShareWith[a].length ? b : a;
}

function pairReason(group: CompatibilityGroup, ruleSet: MixingRuleSet): LocalizedText {
  const partners = ruleSet.mayShareWith[group];
  if (partners.length === 0) {
    return {
      es: `${group} no puede compartir almacén con ningún grupo (${ruleSet.name.es})`,
      en: `${group} may not share a store with any group (${ruleSet.name.en})`,
    };
  }
  const list = partners.join(', ');
  return {
    es: `${group} solo puede compartir almacén con ${list} (${ruleSet.name.es})`,
    en: `${group} may share a store only with ${list} (${ruleSet.name.en})`,
  };
}

function isolationReason(group: CompatibilityGroup, ruleSet: MixingRuleSet): LocalizedText {
  return {
    es: `${group} solo puede compartir almacén con artículos idénticos (mismo número ONU) (${ruleSet.name.es})`,
    en: `${group} may share a store only with identical items (same UN number) (${ruleSet.name.en})`,
  };
}
