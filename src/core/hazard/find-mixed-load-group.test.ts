import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import { findConflicts } from './find-conflicts';
import { findMixedLoadGroup } from './find-mixed-load-group';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

const rules = UN_TRANSPORT_MIXING_RULES;

describe('group of a mixed load under the UN transport footnotes (fact sheet §1.3)', () => {
  it.each(COMPATIBILITY_GROUPS.map((group) => [group]))(
    'keeps a store holding only %s in that group',
    (group) => {
      expect(findMixedLoadGroup([group, group], rules)).toBe(group);
    },
  );

  it.each([
    [['C', 'D'], 'E', 'footnote 1: C, D and E together are treated as E'],
    [['C', 'E'], 'E', 'footnote 1'],
    [['D', 'E'], 'E', 'footnote 1'],
    [['C', 'D', 'E'], 'E', 'footnote 1'],
    [['N', 'D'], 'D', 'footnote 2: N with C, D or E is treated as D'],
    [['N', 'C'], 'E', 'footnote 2 then footnote 1: N as D, and C with D gives E'],
    [['N', 'E'], 'E', 'footnote 2 then footnote 1'],
    [['N', 'S'], 'N', 'footnote 3: N with S is treated as N'],
    [['S', 'C'], 'C', 'S never sets the group of a mixed load'],
    [['B', 'S'], 'B', 'S never sets the group of a mixed load'],
    [['H', 'S'], 'H', 'S never sets the group of a mixed load'],
    [['N', 'C', 'S'], 'E', 'footnotes 3, 2 and 1 in turn'],
  ] as [CompatibilityGroup[], CompatibilityGroup, string][])(
    'classifies %j as %s (%s)',
    (groups, expected) => {
      expect(findMixedLoadGroup(groups, rules)).toBe(expected);
    },
  );

  it('has no group for an empty store', () => {
    expect(findMixedLoadGroup([], rules)).toBeUndefined();
  });

  it('reduces every compatible combination of groups to exactly one group', () => {
    // All 8,191 non-empty sets of groups; L is left as a single item, so only its group matters here.
    for (let mask = 1; mask < 1 << COMPATIBILITY_GROUPS.length; mask++) {
      const groups = COMPATIBILITY_GROUPS.filter((_, bit) => (mask & (1 << bit)) !== 0);
      const isCompatible =
        findConflicts(
          groups.map((compatibilityGroup) => ({ compatibilityGroup })),
          rules,
        ).length === 0;
      if (isCompatible)
        expect({ groups, group: findMixedLoadGroup(groups, rules) }).toEqual({
          groups,
          group: expect.any(String),
        });
    }
  });

  it('gives no group when a rule set loaded as data does not say how its groups combine', () => {
    expect(findMixedLoadGroup(['C', 'D'], { ...rules, mixedLoadRules: [] })).toBeUndefined();
  });
});
