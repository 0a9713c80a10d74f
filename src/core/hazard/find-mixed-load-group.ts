import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import type { MixedLoadRule, MixingRuleSet } from './mixing-rule-set';

/**
 * The compatibility group of a store holding the given groups, under the rule set's mixed-load rules
 * (default: UN transport footnotes, fact sheet §1.3). Undefined for an empty store, and when the rules
 * do not reduce the groups to one (callers check compatibility first: an incompatible store has no group).
 */
export function findMixedLoadGroup(
  groups: readonly CompatibilityGroup[],
  ruleSet: MixingRuleSet,
): CompatibilityGroup | undefined {
  let present = new Set(groups);
  for (const rule of ruleSet.mixedLoadRules) present = applyRule(present, rule);
  if (present.size !== 1) return undefined;
  return COMPATIBILITY_GROUPS.find((group) => present.has(group));
}

function applyRule(present: ReadonlySet<CompatibilityGroup>, rule: MixedLoadRule): Set<CompatibilityGroup> {
  const next = new Set(present);
  switch (rule.kind) {
    case 'yields-to-others':
      if (next.has(rule.group) && next.size > 1) next.delete(rule.group);
      return next;
    case 'treated-as-when-with':
      if (
        next.has(rule.group) &&
        rule.whenWithAnyOf.some((other) => other !== rule.group && next.has(other))
      ) {
        next.delete(rule.group);
        next.add(rule.treatedAs);
      }
      return next;
    case 'combination-treated-as': {
      const combined = rule.groups.filter((group) => next.has(group));
      if (combined.length >= 2) {
        for (const group of combined) next.delete(group);
        next.add(rule.treatedAs);
      }
      return next;
    }
  }
}
