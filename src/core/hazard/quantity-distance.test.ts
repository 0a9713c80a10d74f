import { describe, expect, it } from 'vitest';
import { EXAMPLE_QD_FACTORS } from './example-qd-factors';
import { computeQuantityDistance, cubeRootLaw, findQuantityDistance } from './quantity-distance';
import type { ScaledDistanceLaw } from './quantity-distance';

const distance = (neqKg: number, law: ScaledDistanceLaw) => {
  const result = computeQuantityDistance(neqKg, law);
  return result.ok ? result.distanceM : result.refusal;
};

describe('quantity-distance D = k·Q^(1/3), rounded up to the metre (fact sheet §3, Hopkinson–Cranz)', () => {
  it('gives 22.2 × 10 = 222 m for 1,000 kg at k = 22.2, without rounding floating-point noise up', () => {
    expect(distance(1000, cubeRootLaw(22.2))).toBe(222);
  });

  it('rounds up to the whole metre: 7 kg at k = 22.2 is 42.47 m, so 43 m', () => {
    expect(distance(7, cubeRootLaw(22.2))).toBe(43);
  });

  it('needs no distance for no explosive', () => {
    expect(distance(0, cubeRootLaw(22.2))).toBe(0);
  });

  it('refuses a negative or non-finite NEQ, and a factor that is not positive', () => {
    expect(distance(-1, cubeRootLaw(22.2))).toEqual({ code: 'INVALID_NEQ', neqKg: -1 });
    expect(distance(Number.NaN, cubeRootLaw(22.2))).toMatchObject({ code: 'INVALID_NEQ' });
    expect(distance(10, cubeRootLaw(0))).toEqual({ code: 'INVALID_LAW' });
    expect(distance(10, { pieces: [], source: 'empty' })).toEqual({ code: 'INVALID_LAW' });
  });

  it('keeps to a minimum distance when the law has one', () => {
    expect(distance(1, { ...cubeRootLaw(1), minimumDistanceM: 25 })).toBe(25);
    expect(distance(1_000_000, { ...cubeRootLaw(1), minimumDistanceM: 25 })).toBe(100);
  });

  it('answers only inside the range of Q a law is defined for', () => {
    const law: ScaledDistanceLaw = { ...cubeRootLaw(1.1), validNeqKg: { min: 1, max: 500_000 } };
    expect(distance(0.5, law)).toEqual({ code: 'NEQ_OUTSIDE_VALID_RANGE', neqKg: 0.5, min: 1, max: 500_000 });
    expect(distance(600_000, law)).toMatchObject({ code: 'NEQ_OUTSIDE_VALID_RANGE' });
    expect(distance(1, law)).toBe(2);
  });

  it('changes k with Q where the law says so (AASTP-1 BD2: 0.4 below 1,500 kg, 0.6 from it)', () => {
    const bd2: ScaledDistanceLaw = {
      pieces: [
        { belowNeqKg: 1_500, coefficient: 0.4, exponent: 1 / 3 },
        { coefficient: 0.6, exponent: 1 / 3 },
      ],
      source: 'AASTP-1 BD2',
    };
    expect(distance(1000, bd2)).toBe(4);
    expect(distance(1728, bd2)).toBe(8); // 0.6 × 12 = 7.2
  });

  it('refuses a Q beyond the last piece of a law whose last piece is bounded', () => {
    const bounded: ScaledDistanceLaw = {
      pieces: [{ belowNeqKg: 100, coefficient: 1, exponent: 1 / 3 }],
      source: 'test',
    };
    expect(distance(200, bounded)).toEqual({ code: 'NEQ_OUTSIDE_VALID_RANGE', neqKg: 200, min: 0, max: 100 });
  });
});

// Fixtures from the AASTP-1 blast-distance functions as coded in josh-spatial/qdmap qdcalc.py (the fact
// sheet §3 names it a test fixture for the piecewise form): k₁·Q^(2/3) for Q < 2,500 kg, k₂·Q^(1/2) for
// Q < 4,500 kg, k₃·Q^(1/3) above.
describe('piecewise forms in the example factor table (AASTP-1 BD31 and BD26; EXAMPLE, not IATG)', () => {
  const at = (
    division: '1.1' | '1.4' | '1.5',
    type: 'inside' | 'inhabited-building' | 'public-traffic-route',
    neqKg: number,
  ) => {
    const result = findQuantityDistance(EXAMPLE_QD_FACTORS, division, type, neqKg);
    return result.ok ? result.distanceM : result.refusal;
  };

  it.each([
    [1000, 150, '1.5 × 1000^(2/3) = 150'],
    [2499, 277, '1.5 × 2499^(2/3) = 276.2'],
    [2500, 275, '5.5 × 2500^(1/2) = 275: 2,500 kg is in the second piece'],
    [3000, 302, '5.5 × 3000^(1/2) = 301.2'],
    [4500, 367, '22.2 × 4500^(1/3) = 366.5: 4,500 kg is in the third piece, as in qdmap'],
    [8000, 444, '22.2 × 8000^(1/3) = 444'],
  ])('gives an inhabited-building distance for HD 1.1 at %i kg of %i m (%s)', (neqKg, expected) => {
    expect(at('1.1', 'inhabited-building', neqKg)).toBe(expected);
  });

  it.each([
    [1000, 100, '1.0 × 1000^(2/3)'],
    [3000, 198, '3.6 × 3000^(1/2) = 197.2'],
    [8000, 296, '14.8 × 20'],
  ])('gives a public-traffic-route distance for HD 1.1 at %i kg of %i m (%s)', (neqKg, expected) => {
    expect(at('1.1', 'public-traffic-route', neqKg)).toBe(expected);
  });

  it('gives an inside distance for HD 1.1 by BD5 (1.1 × 1000^(1/3) = 11 m) and treats HD 1.5 as 1.1', () => {
    expect(at('1.1', 'inside', 1000)).toBe(11);
    expect(at('1.5', 'inhabited-building', 8000)).toBe(444);
  });

  it('answers "no factor" for HD 1.4, whose IATG rule is [U], rather than a made-up distance', () => {
    expect(at('1.4', 'inhabited-building', 100)).toEqual({
      code: 'NO_FACTOR',
      hazardDivision: '1.4',
      distanceType: 'inhabited-building',
    });
  });

  it('answers nothing below 1 kg, where AASTP-1 does not define the blast-distance functions', () => {
    expect(at('1.1', 'inhabited-building', 0.35)).toMatchObject({ code: 'NEQ_OUTSIDE_VALID_RANGE', min: 1 });
  });

  it('labels itself an example', () => {
    expect(EXAMPLE_QD_FACTORS.source).toMatch(/^Example only/);
  });
});
