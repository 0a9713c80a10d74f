import { describe, expect, it } from 'vitest';
import { HAZARD_DIVISIONS, HAZARD_DIVISION_MEANINGS, isHazardDivision } from './hazard-divisions';

describe('hazard divisions (fact sheet §1.1, UN Class 1)', () => {
  it('lists exactly the six divisions 1.1 to 1.6', () => {
    expect([...HAZARD_DIVISIONS]).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
  });

  it('gives every division a meaning in Spanish and English', () => {
    for (const division of HAZARD_DIVISIONS) {
      expect(HAZARD_DIVISION_MEANINGS[division].es.length).toBeGreaterThan(10);
      expect(HAZARD_DIVISION_MEANINGS[division].en.length).toBeGreaterThan(10);
    }
    expect(Object.keys(HAZARD_DIVISION_MEANINGS).sort()).toEqual([...HAZARD_DIVISIONS]);
  });

  it('says 1.1 is a mass explosion hazard and 1.4 no significant hazard', () => {
    expect(HAZARD_DIVISION_MEANINGS['1.1'].en).toMatch(/mass explosion/i);
    expect(HAZARD_DIVISION_MEANINGS['1.1'].es).toMatch(/explosión en masa/i);
    expect(HAZARD_DIVISION_MEANINGS['1.4'].en).toMatch(/no significant hazard/i);
  });

  it.each(['1.1', '1.6'])('recognises %s as a division', (value) => {
    expect(isHazardDivision(value)).toBe(true);
  });

  it.each(['1.0', '1.7', '1', '1.4S', '', 1.1, null])('does not recognise %s as a division', (value) => {
    expect(isHazardDivision(value)).toBe(false);
  });
});
