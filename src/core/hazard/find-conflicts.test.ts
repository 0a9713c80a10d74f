import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import { findConflicts } from './find-conflicts';
import type { MixingItem } from './find-conflicts';
import type { MixingRuleSet } from './mixing-rule-set';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

const rules = UN_TRANSPORT_MIXING_RULES;
const items = (...groups: CompatibilityGroup[]): MixingItem[] =>
  groups.map((compatibilityGroup) => ({ compatibilityGroup }));
const pairs = (conflicts: ReturnType<typeof findConflicts>) => conflicts.map(({ a, b }) => `${a}${b}`);

// The fact sheet §1.3 principles restated independently of the table: S goes with everything except A
// and L (footnote 6); A and L only with themselves (footnote 5); C, D, E and N mix; B, F, G, H, J and K
// go only with their own group and S (addendum §1 confirms H with S only for US storage).
function mayShareByPrinciple(x: CompatibilityGroup, y: CompatibilityGroup): boolean {
  if (x === y) return true;
  if ([x, y].some((group) => group === 'A' || group === 'L')) return false;
  if (x === 'S' || y === 'S') return true;
  const cden = ['C', 'D', 'E', 'N'];
  return cden.includes(x) && cden.includes(y);
}

describe('conflicts under the UN transport mixed-loading rules (fact sheet §1.3)', () => {
  it('finds none for small-arms cartridges 1.4S with smokeless powder 1.4C', () => {
    expect(findConflicts(items('S', 'C'), rules)).toEqual([]);
  });

  it('finds A with S, naming the rule that forbids it (footnote 6: 1.4S not with A)', () => {
    expect(findConflicts(items('S', 'A'), rules)).toEqual([
      {
        a: 'A',
        b: 'S',
        reason: {
          es: 'A solo puede compartir almacén con A (reglas de carga mixta de transporte de la ONU)',
          en: 'A may share a store only with A (UN transport mixed-loading rules)',
        },
      },
    ]);
  });

  it('names each pair once, letters in alphabetical order, whatever the order and repetition of items', () => {
    expect(pairs(findConflicts(items('S', 'A', 'S', 'A', 'B', 'L'), rules))).toEqual([
      'AB',
      'AL',
      'AS',
      'BL',
      'LS',
    ]);
  });

  it('explains a pair by the group with the shorter list of partners', () => {
    const [conflict] = findConflicts(items('C', 'B'), rules);
    expect(conflict?.reason.en).toBe('B may share a store only with B, S (UN transport mixed-loading rules)');
  });

  it('agrees with the fact sheet principles for every pair of distinct groups', () => {
    for (const x of COMPATIBILITY_GROUPS) {
      for (const y of COMPATIBILITY_GROUPS) {
        if (x === y) continue;
        expect({ x, y, compatible: findConflicts(items(x, y), rules).length === 0 }).toEqual({
          x,
          y,
          compatible: mayShareByPrinciple(x, y),
        });
      }
    }
  });

  it('keeps G apart from C, D and E: footnote 4 is only [P] and conditional, so it is not applied', () => {
    expect(pairs(findConflicts(items('G', 'C'), rules))).toEqual(['CG']);
  });

  describe('L only with the identical type (footnote 5)', () => {
    it('lets L items of the same UN number share a store', () => {
      const store = [
        { compatibilityGroup: 'L' as const, unNumber: '0248' },
        { compatibilityGroup: 'L' as const, unNumber: '0248' },
      ];
      expect(findConflicts(store, rules)).toEqual([]);
    });

    it('refuses L items of different UN numbers, reported once as L with L', () => {
      const store: MixingItem[] = [
        { compatibilityGroup: 'L', unNumber: '0248' },
        { compatibilityGroup: 'L', unNumber: '0249' },
        { compatibilityGroup: 'L', unNumber: '0249' },
      ];
      expect(findConflicts(store, rules)).toEqual([
        {
          a: 'L',
          b: 'L',
          reason: {
            es: 'L solo puede compartir almacén con artículos idénticos (mismo número ONU) (reglas de carga mixta de transporte de la ONU)',
            en: 'L may share a store only with identical items (same UN number) (UN transport mixed-loading rules)',
          },
        },
      ]);
    });

    it('refuses two L items without UN numbers, which cannot be shown to be identical', () => {
      expect(pairs(findConflicts(items('L', 'L'), rules))).toEqual(['LL']);
    });

    it('accepts a single L item on its own', () => {
      expect(findConflicts(items('L'), rules)).toEqual([]);
    });
  });

  it('finds nothing in an empty store', () => {
    expect(findConflicts([], rules)).toEqual([]);
  });

  it('follows another rule set loaded as data, including a group that may not share with itself', () => {
    const strict: MixingRuleSet = {
      ...rules,
      id: 'test-strict',
      name: { es: 'prueba', en: 'test rules' },
      mayShareWith: {
        ...rules.mayShareWith,
        C: ['D', 'E', 'N', 'S'],
        S: ['S'],
        B: ['B'],
        D: ['C', 'D', 'E', 'N'],
        E: ['C', 'D', 'E', 'N'],
        N: ['C', 'D', 'E', 'N'],
        F: ['F'],
        G: ['G'],
        H: ['H'],
        J: ['J'],
        K: ['K'],
      },
    };
    expect(findConflicts(items('C', 'C'), strict)).toEqual([
      {
        a: 'C',
        b: 'C',
        reason: {
          es: 'C solo puede compartir almacén con D, E, N, S (prueba)',
          en: 'C may share a store only with D, E, N, S (test rules)',
        },
      },
    ]);
    expect(pairs(findConflicts(items('D', 'S'), strict))).toEqual(['DS']);
  });
});
