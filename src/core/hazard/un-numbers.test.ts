import { describe, expect, it } from 'vitest';
import { findUnNumber, UN_NUMBERS } from './un-numbers';

// Fact sheet §1.5, every row [C].
const EXPECTED: readonly [string, string][] = [
  ['0012', '1.4S'],
  ['0014', '1.4S'],
  ['0044', '1.4S'],
  ['0055', '1.4S'],
  ['0323', '1.4S'],
  ['0326', '1.1C'],
  ['0327', '1.3C'],
  ['0328', '1.2C'],
  ['0338', '1.4C'],
  ['0339', '1.4C'],
  ['0345', '1.4S'],
  ['0379', '1.4C'],
  ['0413', '1.2C'],
  ['0417', '1.3C'],
  ['0509', '1.4C'],
];

describe('UN numbers of PSC ammunition (fact sheet §1.5)', () => {
  it.each(EXPECTED)('classifies UN %s as %s', (unNumber, code) => {
    const entry = findUnNumber(unNumber);
    expect(entry && `${entry.hazardDivision}${entry.compatibilityGroup}`).toBe(code);
  });

  it('holds no UN number twice, and each row cites a source and has names in both languages', () => {
    expect(new Set(UN_NUMBERS.map((entry) => entry.unNumber)).size).toBe(UN_NUMBERS.length);
    for (const entry of UN_NUMBERS) {
      expect(entry.unNumber).toMatch(/^\d{4}$/);
      expect(entry.source.length).toBeGreaterThan(5);
      expect(entry.properShippingName.es).not.toBe('');
      expect(entry.properShippingName.en).not.toBe('');
    }
  });

  it('names UN 0012 "Cartridges for weapons, inert projectile, or Cartridges, small arms"', () => {
    expect(findUnNumber('0012')?.properShippingName.en).toBe(
      'Cartridges for weapons, inert projectile, or Cartridges, small arms',
    );
  });

  it('does not know UN numbers outside the table, nor numbers written without leading zeros', () => {
    expect(findUnNumber('9999')).toBeUndefined();
    expect(findUnNumber('12')).toBeUndefined();
  });
});
