import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDisposal,
  checkMove,
  checkRounds,
  checkRoundsOut,
  checkStockCorrection,
  checkTransferIn,
  checkTransferOut,
} from './holding-rules';

describe('holding rules', () => {
  it('accepts only positive whole rounds', () => {
    expect(checkRounds(12)).toBeNull();
    expect(checkRounds(0)?.code).toBe('ROUNDS_NOT_POSITIVE_INTEGER');
    expect(checkRounds(-3)?.code).toBe('ROUNDS_NOT_POSITIVE_INTEGER');
    expect(checkRounds(2.5)?.code).toBe('ROUNDS_NOT_POSITIVE_INTEGER');
  });

  it('never lets rounds out beyond what the lot holds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (available, requested) => {
          const refusal = checkRoundsOut(requested, available);
          expect(refusal === null).toBe(requested <= available);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });

  it('transfers only from the store to a licensed company or a regulator', () => {
    const inStore = { status: 'in-store', organisationId: 'a' };
    expect(checkTransferOut(inStore, 'b', { kind: 'psc', licensedById: 'r', deactivated: false })).toBeNull();
    expect(
      checkTransferOut(inStore, 'r', { kind: 'regulator', licensedById: null, deactivated: false }),
    ).toBeNull();
    expect(
      checkTransferOut(inStore, 'b', { kind: 'psc', licensedById: null, deactivated: false })?.code,
    ).toBe('RECEIVER_NOT_LICENSED');
    expect(
      checkTransferOut(inStore, 'p', { kind: 'law-enforcement', licensedById: null, deactivated: false })
        ?.code,
    ).toBe('RECEIVER_NOT_LICENSED');
    expect(checkTransferOut(inStore, 'b', { kind: 'psc', licensedById: 'r', deactivated: true })?.code).toBe(
      'RECEIVER_NOT_LICENSED',
    );
    expect(checkTransferOut(inStore, 'a', { kind: 'psc', licensedById: 'r', deactivated: false })?.code).toBe(
      'TRANSFER_TO_SELF',
    );
    expect(checkTransferOut({ status: 'issued', organisationId: 'a' }, 'b', undefined)?.code).toBe(
      'FIREARM_NOT_IN_STORE',
    );
  });

  it('lets only the named receiver confirm a transfer', () => {
    expect(checkTransferIn({ status: 'in-transit', inTransitToId: 'b' }, 'b')).toBeNull();
    expect(checkTransferIn({ status: 'in-transit', inTransitToId: 'b' }, 'c')?.code).toBe(
      'NOT_IN_TRANSIT_TO_YOU',
    );
    expect(checkTransferIn({ status: 'in-store', inTransitToId: null }, 'b')?.code).toBe(
      'NOT_IN_TRANSIT_TO_YOU',
    );
  });

  it('refuses to dispose of a weapon that is not held', () => {
    expect(checkDisposal({ status: 'in-store' })).toBeNull();
    expect(checkDisposal({ status: 'destroyed' })?.code).toBe('FIREARM_NOT_HELD');
    expect(checkDisposal({ status: 'stolen' })?.code).toBe('FIREARM_NOT_HELD');
    expect(checkDisposal({ status: 'issued' })?.code).toBe('FIREARM_NOT_IN_STORE');
  });

  it('refuses a move to the same facility', () => {
    expect(checkMove({ status: 'in-store', facilityId: 'f1' }, 'f1')?.code).toBe('SAME_FACILITY');
    expect(checkMove({ status: 'in-store', facilityId: 'f1' }, 'f2')).toBeNull();
  });

  it('refuses a stock correction that would leave negative rounds', () => {
    expect(checkStockCorrection(10, -10)).toBeNull();
    expect(checkStockCorrection(10, -11)?.code).toBe('STOCK_WOULD_GO_NEGATIVE');
  });
});
