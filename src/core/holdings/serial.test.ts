import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSerial } from './serial';

describe('serial normalisation', () => {
  it('drops separators and case, keeps confusables', () => {
    expect(normaliseSerial(' ab-12.3/4 ')).toBe('AB1234');
    expect(normaliseSerial('O0-I1')).toBe('O0I1');
    expect(normaliseSerial('Ñ-99')).toBe('N99');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => {
        expect(normaliseSerial(normaliseSerial(s))).toBe(normaliseSerial(s));
      }), { seed: 42, numRuns: 300 });
  });
});
