import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSerial } from './normalise-serial';

const PROPERTY = { seed: 42, numRuns: 300 } as const;

describe('normalising a serial', () => {
  it.each([
    ['AB-12 345', 'AB12345'],
    ['ab 12.345', 'AB12345'],
    ['  ab/12_345\t', 'AB12345'],
    ['No. 1234#', 'NO1234'],
    ['“TMP-0042”', 'TMP0042'],
    ['ＡＢ１２', 'AB12'],
  ])('reads %j as %j', (written, expected) => {
    expect(normaliseSerial(written)).toBe(expected);
  });

  it('does not fold confusable characters: O is not 0 and I is not 1 (tracing does that)', () => {
    expect(normaliseSerial('O0I1')).toBe('O0I1');
    expect(normaliseSerial('ABO123')).not.toBe(normaliseSerial('AB0123'));
  });

  it('keeps the letters of other scripts, such as the Cyrillic letters of Soviet-pattern serials', () => {
    expect(normaliseSerial('хл 1234')).toBe('ХЛ1234');
    expect(normaliseSerial('ХЛ1234')).not.toBe(normaliseSerial('XL1234'));
  });

  it('gives an empty serial when nothing but separators was written', () => {
    expect(normaliseSerial(' - / . ')).toBe('');
  });

  it('is idempotent on any string of any script (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (serial) => {
        const once = normaliseSerial(serial);
        expect(normaliseSerial(once)).toBe(once);
      }),
      PROPERTY,
    );
  });

  it('is idempotent on every single code point, including Hangul jamo that compose', () => {
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const once = normaliseSerial(String.fromCodePoint(codePoint));
      if (normaliseSerial(once) !== once) throw new Error(`not idempotent at U+${codePoint.toString(16)}`);
    }
    const jamo = '\u1100-\u1161';
    expect(normaliseSerial(normaliseSerial(jamo))).toBe(normaliseSerial(jamo));
  });

  it('keeps only upper-case letters and digits (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (serial) => {
        const once = normaliseSerial(serial);
        expect(once).toMatch(/^[\p{L}\p{Nd}]*$/u);
        expect(once).toBe(once.toUpperCase());
      }),
      PROPERTY,
    );
  });

  it('ignores separators and case wherever they are put in an ASCII serial (property, seed 42)', () => {
    const serial = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'),
      minLength: 1,
      maxLength: 12,
    });
    const separators = fc.array(fc.constantFrom(' ', '-', '.', '/', '_', '\t'), { maxLength: 12 });
    fc.assert(
      fc.property(serial, separators, fc.boolean(), (written, inserted, isLower) => {
        let variant = written;
        inserted.forEach((separator, index) => {
          const at = index % (variant.length + 1);
          variant = variant.slice(0, at) + separator + variant.slice(at);
        });
        if (isLower) variant = variant.toLowerCase();
        expect(normaliseSerial(variant)).toBe(written);
      }),
      PROPERTY,
    );
  });
});
