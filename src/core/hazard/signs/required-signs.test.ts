import { describe, expect, it } from 'vitest';
import { assessStore } from '../assess-store';
import type { StoreItem } from '../resolve-store-item';
import { findRequiredSignCodes } from './required-signs';
import { formatSignCode, parseSignCode } from './sign-code';

const item = (
  hazardDivision: StoreItem['hazardDivision'],
  compatibilityGroup: StoreItem['compatibilityGroup'],
): StoreItem => ({
  hazardDivision,
  compatibilityGroup,
  quantity: { neqKg: 1 },
});

describe('signs a store should carry (fact sheet §2: the sign of the most hazardous material present)', () => {
  it('asks an empty store for no sign', () => {
    expect(findRequiredSignCodes(assessStore([]))).toEqual([]);
  });

  it('asks small-arms ammunition 1.4S for fire division 4 and the 1.4S placard', () => {
    expect(findRequiredSignCodes(assessStore([item('1.4', 'S')]))).toEqual([
      'fire-division-4',
      'class-1-1.4S',
    ]);
  });

  it('follows the collective HD and the mixed-load group: 1.4S with 1.3C is 1.3C, fire division 3', () => {
    expect(findRequiredSignCodes(assessStore([item('1.4', 'S'), item('1.3', 'C')]))).toEqual([
      'fire-division-3',
      'class-1-1.3C',
    ]);
  });

  it('gives an incompatible store its division without a group, since it has none', () => {
    expect(findRequiredSignCodes(assessStore([item('1.1', 'A'), item('1.4', 'S')]))).toEqual([
      'fire-division-1',
      'class-1-1.1',
    ]);
  });

  it('adds the supplementary signs after the two main ones (example table: L → apply no water)', () => {
    expect(findRequiredSignCodes(assessStore([item('1.2', 'L')]))).toEqual([
      'fire-division-2',
      'class-1-1.2L',
      'apply-no-water',
    ]);
  });

  it('reads back every code it writes, and refuses codes that name no sign', () => {
    for (const code of ['fire-division-1', 'class-1-1.4S', 'class-1-1.1', 'chemical-hazard']) {
      expect(formatSignCode(parseSignCode(code)!)).toBe(code);
    }
    for (const code of ['fire-division-5', 'class-1-1.7S', 'class-1-1.4I', 'no-water', '']) {
      expect(parseSignCode(code)).toBeUndefined();
    }
  });
});
