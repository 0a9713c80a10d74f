import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithLicensedMaximum, itemNeqKg, totalNeqKg } from './net-explosive-quantity';
import type { ItemQuantity } from './net-explosive-quantity';

describe('net explosive quantity (fact sheet §1.5 and §3: NEQ is propellant plus primer mix)', () => {
  it('takes rounds × NEQ per 1,000 rounds / 1,000: 20,000 rounds at 0.35 kg per 1,000 hold 7 kg', () => {
    expect(itemNeqKg({ rounds: 20_000, neqKgPer1000: 0.35 })).toBe(7);
  });

  it('takes an NEQ given in kg as it is', () => {
    expect(itemNeqKg({ neqKg: 12.5 })).toBe(12.5);
  });

  it('adds the items of a store, to the milligram', () => {
    expect(totalNeqKg([{ rounds: 20_000, neqKgPer1000: 0.35 }, { neqKg: 12.5 }])).toBe(19.5);
    expect(totalNeqKg([{ neqKg: 0.1 }, { neqKg: 0.2 }])).toBe(0.3);
    expect(totalNeqKg([{ rounds: 1, neqKgPer1000: 0.0004 }])).toBe(0);
    expect(totalNeqKg([])).toBe(0);
  });

  it('gives the same total whatever the order of the items (property, seed 42)', () => {
    const quantity: fc.Arbitrary<ItemQuantity> = fc.oneof(
      fc.record({ rounds: fc.nat(1_000_000), neqKgPer1000: fc.double({ min: 0, max: 50, noNaN: true }) }),
      fc.record({ neqKg: fc.double({ min: 0, max: 100_000, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.array(quantity, { maxLength: 20 }), (quantities) => {
        expect(totalNeqKg([...quantities].reverse())).toBe(totalNeqKg(quantities));
        const rotated = [...quantities.slice(1), ...quantities.slice(0, 1)];
        expect(totalNeqKg(rotated)).toBe(totalNeqKg(quantities));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  describe('against the licensed maximum', () => {
    it('is within the limit when holding exactly the maximum', () => {
      expect(compareWithLicensedMaximum(25, 25)).toEqual({ isWithinLimit: true, excessKg: 0, headroomKg: 0 });
    });

    it('reports the headroom below the limit', () => {
      expect(compareWithLicensedMaximum(19.5, 25)).toEqual({
        isWithinLimit: true,
        excessKg: 0,
        headroomKg: 5.5,
      });
    });

    it('reports the excess above the limit, without floating-point dust', () => {
      expect(compareWithLicensedMaximum(25.3, 25.1)).toEqual({
        isWithinLimit: false,
        excessKg: 0.2,
        headroomKg: 0,
      });
    });
  });
});
