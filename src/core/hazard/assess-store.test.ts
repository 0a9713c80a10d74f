import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessStore } from './assess-store';
import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import { DEFAULT_HAZARD_RULES } from './hazard-rules';
import { HAZARD_DIVISIONS } from './hazard-divisions';
import type { StoreItem } from './resolve-store-item';

const cartridges1_4S: StoreItem = {
  unNumber: '0012',
  hazardDivision: '1.4',
  compatibilityGroup: 'S',
  quantity: { rounds: 20_000, neqKgPer1000: 0.35 },
};
const item = (code: string, neqKg = 1): StoreItem => ({
  hazardDivision: code.slice(0, 3) as StoreItem['hazardDivision'],
  compatibilityGroup: code.slice(3) as StoreItem['compatibilityGroup'],
  quantity: { neqKg },
});

const storeItemOf = (groups: readonly CompatibilityGroup[]): fc.Arbitrary<StoreItem> =>
  fc.record({
    hazardDivision: fc.constantFrom(...HAZARD_DIVISIONS),
    compatibilityGroup: fc.constantFrom(...groups),
    quantity: fc.oneof(
      fc.record({ rounds: fc.nat(100_000), neqKgPer1000: fc.double({ min: 0, max: 10, noNaN: true }) }),
      fc.record({ neqKg: fc.double({ min: 0, max: 1_000, noNaN: true }) }),
    ),
  });
const storeItem = storeItemOf(COMPATIBILITY_GROUPS);

describe('assessing what a store holds', () => {
  it('classifies a typical PSC armoury: 9 mm cartridges 1.4S and smokeless powder 1.4C', () => {
    expect(
      assessStore([
        cartridges1_4S,
        { unNumber: '0509', hazardDivision: '1.4', compatibilityGroup: 'C', quantity: { neqKg: 2.5 } },
      ]),
    ).toEqual({
      isCompatible: true,
      conflicts: [],
      hazardDivision: '1.4',
      compatibilityGroup: 'C',
      fireDivision: 4,
      supplementarySigns: [],
      neqKg: 9.5,
    });
  });

  it('gives the issue example: UN 0012 with 1.2C is compatible, 1.2C (fact sheet §1.3, §1.4), FD 2, 19.5 kg', () => {
    expect(assessStore([cartridges1_4S, item('1.2C', 12.5)])).toMatchObject({
      isCompatible: true,
      hazardDivision: '1.2',
      compatibilityGroup: 'C',
      fireDivision: 2,
      neqKg: 19.5,
    });
  });

  it('reports an incompatible store with no group, but still its collective HD and fire division', () => {
    const assessment = assessStore([cartridges1_4S, item('1.1A')]);
    expect(assessment).toMatchObject({
      isCompatible: false,
      hazardDivision: '1.1',
      compatibilityGroup: null,
      fireDivision: 1,
      neqKg: 8,
    });
    expect(assessment.conflicts.map(({ a, b }) => `${a}${b}`)).toEqual(['AS']);
  });

  it('gives nulls for an empty store, which is compatible and holds nothing', () => {
    expect(assessStore([])).toEqual({
      isCompatible: true,
      conflicts: [],
      hazardDivision: null,
      compatibilityGroup: null,
      fireDivision: null,
      supplementarySigns: [],
      neqKg: 0,
    });
  });

  it('uses the fire-division mapping of the rules it is given', () => {
    const rules = {
      ...DEFAULT_HAZARD_RULES,
      fireDivisionMapping: { ...DEFAULT_HAZARD_RULES.fireDivisionMapping, '1.6': 2 as const },
    };
    expect(assessStore([item('1.6N')], rules).fireDivision).toBe(2);
  });

  it('lists the supplementary signs of what it holds', () => {
    expect(assessStore([item('1.3J'), item('1.3J')]).supplementarySigns).toEqual([
      'wear-breathing-apparatus',
    ]);
  });

  it('gives the same assessment whatever the order of the items (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.array(storeItem, { maxLength: 10 }), fc.infiniteStream(fc.nat()), (items, keys) => {
        const shuffled = items
          .map((value) => ({ value, key: keys.next().value }))
          .sort((x, y) => x.key - y.key)
          .map(({ value }) => value);
        expect(assessStore(shuffled)).toEqual(assessStore(items));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('keeps a store holding 1.1 at HD 1.1 and FD 1, whatever is added (property, seed 42)', () => {
    fc.assert(
      fc.property(storeItem, fc.array(storeItem, { maxLength: 10 }), (held, added) => {
        const withDivision11: StoreItem = { ...held, hazardDivision: '1.1' };
        const assessment = assessStore([withDivision11, ...added]);
        expect(assessment.hazardDivision).toBe('1.1');
        expect(assessment.fireDivision).toBe(1);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('keeps a compatible store without A or L compatible when 1.4S is added (property, seed 42; §1.3 footnote 6)', () => {
    // Items drawn from a few groups at a time, so that many stores hold several groups; the filter
    // keeps those the rules call compatible.
    const withoutAOrL = COMPATIBILITY_GROUPS.filter((group) => group !== 'A' && group !== 'L');
    const compatibleWithoutAOrL = fc
      .subarray(withoutAOrL, { minLength: 1, maxLength: 3 })
      .chain((groups) => fc.array(storeItemOf(groups), { maxLength: 6 }))
      .filter((items) => assessStore(items).isCompatible);
    fc.assert(
      fc.property(compatibleWithoutAOrL, fc.nat(6), (items, position) => {
        const store = [...items];
        store.splice(Math.min(position, store.length), 0, cartridges1_4S);
        const assessment = assessStore(store);
        expect(assessment.isCompatible).toBe(true);
        expect(assessment.compatibilityGroup).not.toBeNull();
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
