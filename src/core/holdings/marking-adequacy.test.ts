import { describe, expect, it } from 'vitest';
import { isInadequatelyMarked } from './marking-adequacy';

const mark = (m: boolean, c: boolean, s: boolean, appliedLater = false) => ({ includesManufacturer: m, includesCountryOfManufacture: c, includesSerial: s, appliedLater });

describe('ITI para 8 marking adequacy', () => {
  it('accepts marks that together carry manufacturer, country and serial', () => {
    expect(isInadequatelyMarked(false, [mark(true, true, false), mark(false, false, true)])).toBe(false);
  });
  it('flags marks that lack the country of manufacture', () => {
    expect(isInadequatelyMarked(false, [mark(true, false, true)])).toBe(true);
  });
  it('flags a weapon given a serial until a mark with the serial is applied', () => {
    expect(isInadequatelyMarked(true, [mark(true, true, true)])).toBe(true);
    expect(isInadequatelyMarked(true, [mark(true, true, false), mark(false, false, true, true)])).toBe(false);
  });
  it('takes the record itself when no marking was recorded', () => {
    expect(isInadequatelyMarked(false, [])).toBe(false);
  });
});
