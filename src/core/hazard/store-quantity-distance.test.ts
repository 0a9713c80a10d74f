import { describe, expect, it } from 'vitest';
import { cubeRootLaw } from './quantity-distance';
import type { QdFactorTable } from './quantity-distance';
import { findStoreQuantityDistance } from './store-quantity-distance';

// A test table, not data: round factors that make the arithmetic visible.
const table: QdFactorTable = {
  id: 'test',
  source: 'test',
  laws: {
    '1.1': { 'inhabited-building': cubeRootLaw(20) },
    '1.2': { 'inhabited-building': cubeRootLaw(30) },
    '1.3': { 'inhabited-building': cubeRootLaw(5) },
  },
};

describe('distance for a mixed store (aggregation policy is configuration: IATG 02.20 rules are [U], fact sheet §1.4)', () => {
  it('needs no distance for an empty store', () => {
    expect(findStoreQuantityDistance([], 'inhabited-building', table, 'collective-division')).toEqual({
      ok: true,
      distanceM: 0,
    });
  });

  it('takes the whole NEQ at the collective division: 1.2 with 1.3 is 1.1 (§1.4), 1,000 kg at k = 20 is 200 m', () => {
    const contents = [
      { hazardDivision: '1.2' as const, neqKg: 400 },
      { hazardDivision: '1.3' as const, neqKg: 600 },
    ];
    expect(findStoreQuantityDistance(contents, 'inhabited-building', table, 'collective-division')).toEqual({
      ok: true,
      distanceM: 200,
    });
  });

  it('takes the greatest distance of the whole NEQ at each division present (IFC §5604.1.1.3)', () => {
    const contents = [
      { hazardDivision: '1.2' as const, neqKg: 400 },
      { hazardDivision: '1.3' as const, neqKg: 600 },
    ];
    expect(
      findStoreQuantityDistance(contents, 'inhabited-building', table, 'greatest-of-each-division'),
    ).toEqual({ ok: true, distanceM: 300 });
  });

  it('gives no answer when one division present has no factor', () => {
    const contents = [
      { hazardDivision: '1.3' as const, neqKg: 600 },
      { hazardDivision: '1.4' as const, neqKg: 1 },
    ];
    expect(
      findStoreQuantityDistance(contents, 'inhabited-building', table, 'greatest-of-each-division'),
    ).toEqual({
      ok: false,
      refusal: { code: 'NO_FACTOR', hazardDivision: '1.4', distanceType: 'inhabited-building' },
    });
  });
});
