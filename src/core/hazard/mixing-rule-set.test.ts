import { describe, expect, it } from 'vitest';
import { checkMixingRuleSet } from './mixing-rule-set';
import type { MixingRuleSet } from './mixing-rule-set';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

describe('checking a mixing rule set loaded as data', () => {
  it('finds nothing wrong with the default UN transport rules', () => {
    expect(checkMixingRuleSet(UN_TRANSPORT_MIXING_RULES)).toEqual([]);
  });

  it('reports a pair allowed one way but not the other', () => {
    const ruleSet: MixingRuleSet = {
      ...UN_TRANSPORT_MIXING_RULES,
      mayShareWith: { ...UN_TRANSPORT_MIXING_RULES.mayShareWith, B: ['B', 'S', 'C'] },
    };
    expect(checkMixingRuleSet(ruleSet)).toEqual([{ code: 'NOT_SYMMETRIC', a: 'B', b: 'C' }]);
  });

  it('reports a group with no row and a letter that is not a group', () => {
    const { K: _withoutK, ...rows } = UN_TRANSPORT_MIXING_RULES.mayShareWith;
    const ruleSet = {
      ...UN_TRANSPORT_MIXING_RULES,
      mayShareWith: { ...rows, A: ['A', 'X'] },
    } as unknown as MixingRuleSet;
    const problems = checkMixingRuleSet(ruleSet);
    expect(problems).toContainEqual({ code: 'MISSING_GROUP', group: 'K' });
    expect(problems).toContainEqual({ code: 'UNKNOWN_GROUP', group: 'X' });
    // S lists K, but K's row is gone: the pair is one-sided.
    expect(problems).toContainEqual({ code: 'NOT_SYMMETRIC', a: 'K', b: 'S' });
  });
});
