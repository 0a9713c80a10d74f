import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRE_DIVISION_MAPPING, findFireDivision } from './fire-division';
import type { FireDivisionMapping } from './fire-division';
import type { HazardDivision } from './hazard-divisions';

describe('fire division from the collective hazard division (fact sheet §2, mapping [U]; addendum §2 [P])', () => {
  it.each([
    ['1.1', 1],
    ['1.2', 2],
    ['1.3', 3],
    ['1.4', 4],
    ['1.5', 1],
    ['1.6', 4],
  ] as [HazardDivision, number][])('maps HD %s to FD %i by default', (division, fireDivision) => {
    expect(findFireDivision(division)).toBe(fireDivision);
  });

  it('follows a country mapping instead of the default (1.6 as FD 3, say)', () => {
    const mapping: FireDivisionMapping = { ...DEFAULT_FIRE_DIVISION_MAPPING, '1.6': 3 };
    expect(findFireDivision('1.6', mapping)).toBe(3);
    expect(findFireDivision('1.4', mapping)).toBe(4);
  });
});
