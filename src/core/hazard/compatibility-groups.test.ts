import { describe, expect, it } from 'vitest';
import {
  COMPATIBILITY_GROUPS,
  COMPATIBILITY_GROUP_MEANINGS,
  isCompatibilityGroup,
} from './compatibility-groups';

describe('compatibility groups (fact sheet §1.2)', () => {
  it('lists A–H, J, K, L, N and S, in alphabetical order', () => {
    expect(COMPATIBILITY_GROUPS.join('')).toBe('ABCDEFGHJKLNS');
  });

  it('gives every group a meaning in Spanish and English', () => {
    for (const group of COMPATIBILITY_GROUPS) {
      expect(COMPATIBILITY_GROUP_MEANINGS[group].es.length).toBeGreaterThan(10);
      expect(COMPATIBILITY_GROUP_MEANINGS[group].en.length).toBeGreaterThan(10);
    }
    expect(Object.keys(COMPATIBILITY_GROUP_MEANINGS).sort().join('')).toBe('ABCDEFGHJKLNS');
  });

  it('describes A as primary explosive, H as white phosphorus and S as confined to the package', () => {
    expect(COMPATIBILITY_GROUP_MEANINGS.A.en).toMatch(/primary explosive/i);
    expect(COMPATIBILITY_GROUP_MEANINGS.H.es).toMatch(/fósforo blanco/);
    expect(COMPATIBILITY_GROUP_MEANINGS.S.en).toMatch(/confined within the package/);
  });

  it.each(['I', 'M', 'O', 'P', 'Q', 'R', 'T', 's', 'AB', ''])('has no group %s', (value) => {
    expect(isCompatibilityGroup(value)).toBe(false);
  });
});
