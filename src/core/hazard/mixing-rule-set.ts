import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import type { LocalizedText } from './localized-text';

/**
 * How the mixed load of several compatible groups is classified. Rules are applied in order to the
 * set of distinct groups present; when one group remains, it is the group of the mixed load.
 */
export type MixedLoadRule =
  /** The group drops out when any other group is present (e.g. S beside B gives B). */
  | { readonly kind: 'yields-to-others'; readonly group: CompatibilityGroup; readonly source: string }
  /** The group is treated as another when it shares the store with any of the listed groups. */
  | {
      readonly kind: 'treated-as-when-with';
      readonly group: CompatibilityGroup;
      readonly treatedAs: CompatibilityGroup;
      readonly whenWithAnyOf: readonly CompatibilityGroup[];
      readonly source: string;
    }
  /** Two or more of the listed groups together are treated as one group. */
  | {
      readonly kind: 'combination-treated-as';
      readonly groups: readonly CompatibilityGroup[];
      readonly treatedAs: CompatibilityGroup;
      readonly source: string;
    };

/**
 * A set of mixing rules as data, so that a country can select another set (e.g. the IATG 01.50 §7.1
 * storage table once it is obtained) without a code change. Custodia ships only the UN transport rules.
 */
export interface MixingRuleSet {
  readonly id: string;
  readonly name: LocalizedText;
  readonly source: string;
  /** Symmetric: the groups each group may share a store with. */
  readonly mayShareWith: Readonly<Record<CompatibilityGroup, readonly CompatibilityGroup[]>>;
  /** Groups whose items may share only with items of the identical type (same UN number). */
  readonly isolatedByType: readonly CompatibilityGroup[];
  readonly mixedLoadRules: readonly MixedLoadRule[];
}

export type MixingRuleSetProblem =
  | { readonly code: 'MISSING_GROUP'; readonly group: CompatibilityGroup }
  | { readonly code: 'UNKNOWN_GROUP'; readonly group: string }
  | { readonly code: 'NOT_SYMMETRIC'; readonly a: CompatibilityGroup; readonly b: CompatibilityGroup };

/**
 * Problems that make a rule set loaded as data unusable: a group without a row, an unknown letter,
 * or a pair allowed one way and not the other. An empty list means the set can be selected.
 */
export function checkMixingRuleSet(ruleSet: MixingRuleSet): MixingRuleSetProblem[] {
  const problems: MixingRuleSetProblem[] = [];
  const known = new Set<string>(COMPATIBILITY_GROUPS);
  for (const group of COMPATIBILITY_GROUPS) {
    const row = ruleSet.mayShareWith[group] as readonly string[] | undefined;
    if (row === undefined) {
      problems.push({ code: 'MISSING_GROUP', group });
      continue;
    }
    for (const other of row) {
      if (!known.has(other)) problems.push({ code: 'UNKNOWN_GROUP', group: other });
    }
  }
  for (const [index, a] of COMPATIBILITY_GROUPS.entries()) {
    for (const b of COMPATIBILITY_GROUPS.slice(index + 1)) {
      const aWithB = ruleSet.mayShareWith[a]?.includes(b) ?? false;
      const bWithA = ruleSet.mayShareWith[b]?.includes(a) ?? false;
      if (aWithB !== bWithA) problems.push({ code: 'NOT_SYMMETRIC', a, b });
    }
  }
  return problems;
}
