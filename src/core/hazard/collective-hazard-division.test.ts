import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLLECTIVE_HAZARD_DIVISION_MATRIX,
  combineHazardDivisions,
  findCollectiveHazardDivision,
} from './collective-hazard-division';
import { HAZARD_DIVISIONS } from './hazard-divisions';
import type { HazardDivision } from './hazard-divisions';

const division = fc.constantFrom(...HAZARD_DIVISIONS);

describe('collective hazard division (fact sheet §1.4; ACT reg 16 Table 16, Vic reg 110 Table 110)', () => {
  it.each([
    ['1.1', '1.4', '1.1', '1.1 with anything gives 1.1'],
    ['1.1', '1.6', '1.1', '1.1 with anything gives 1.1'],
    ['1.2', '1.3', '1.1', '1.2 with 1.3 gives 1.1'],
    ['1.3', '1.4', '1.3', '1.3 with 1.4 gives 1.3'],
    ['1.5', '1.2', '1.1', '1.5 with 1.2 gives 1.1'],
    ['1.5', '1.3', '1.1', '1.5 with 1.3 gives 1.1'],
    ['1.4', '1.5', '1.5', '1.4 with X gives X'],
    ['1.4', '1.2', '1.2', '1.4 with X gives X'],
    ['1.6', '1.2', '1.2', '1.6 with 1.2 gives 1.2'],
    ['1.6', '1.3', '1.3', '1.6 with 1.3 gives 1.3'],
    ['1.6', '1.5', '1.5', 'row 1.6, column 1.5'],
    ['1.4', '1.4', '1.4', 'a division with itself is unchanged'],
  ] as [HazardDivision, HazardDivision, HazardDivision, string][])(
    '%s with %s gives %s (%s)',
    (a, b, expected) => {
      expect(combineHazardDivisions(a, b)).toBe(expected);
      expect(combineHazardDivisions(b, a)).toBe(expected);
    },
  );

  it('has a symmetric and associative matrix, so combining two at a time cannot depend on order', () => {
    for (const a of HAZARD_DIVISIONS) {
      for (const b of HAZARD_DIVISIONS) {
        expect(COLLECTIVE_HAZARD_DIVISION_MATRIX[a][b]).toBe(COLLECTIVE_HAZARD_DIVISION_MATRIX[b][a]);
        for (const c of HAZARD_DIVISIONS) {
          expect(combineHazardDivisions(combineHazardDivisions(a, b), c)).toBe(
            combineHazardDivisions(a, combineHazardDivisions(b, c)),
          );
        }
      }
    }
  });

  it('combines three or more two at a time (§1.4): 1.4, 1.6 and 1.2 give 1.2; adding 1.3 gives 1.1', () => {
    expect(findCollectiveHazardDivision(['1.4', '1.6', '1.2'])).toBe('1.2');
    expect(findCollectiveHazardDivision(['1.4', '1.6', '1.2', '1.3'])).toBe('1.1');
  });

  it('has no division for an empty store and keeps a single division', () => {
    expect(findCollectiveHazardDivision([])).toBeUndefined();
    expect(findCollectiveHazardDivision(['1.3'])).toBe('1.3');
  });

  it('gives the same division whatever the order of the items (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.array(division, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (divisions, keys) => {
        const shuffled = divisions
          .map((value) => ({ value, key: keys.next().value }))
          .sort((x, y) => x.key - y.key)
          .map(({ value }) => value);
        expect(findCollectiveHazardDivision(shuffled)).toBe(findCollectiveHazardDivision(divisions));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('keeps a store holding 1.1 at 1.1 whatever is added (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.array(division, { maxLength: 12 }), fc.nat(12), (added, position) => {
        const store = [...added];
        store.splice(Math.min(position, store.length), 0, '1.1');
        expect(findCollectiveHazardDivision(store)).toBe('1.1');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
