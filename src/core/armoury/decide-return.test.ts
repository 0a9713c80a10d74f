import { describe, expect, it } from 'vitest';
import { decideReturn } from './decide-return';

describe('deciding a return', () => {
  it('takes every round back with no reason and opens nothing', () => {
    expect(decideReturn(12, { roundsReturned: 12, shortfallReason: null, note: null })).toEqual({
      problems: [],
      roundsMissing: 0,
      discrepancy: null,
    });
  });
  it('requires a reason for fewer rounds', () => {
    expect(decideReturn(12, { roundsReturned: 10, shortfallReason: null, note: null }).problems).toEqual([
      { code: 'SHORTFALL_REASON_REQUIRED', missing: 2 },
    ]);
  });
  it('refuses more rounds back than were issued', () => {
    expect(
      decideReturn(12, { roundsReturned: 13, shortfallReason: null, note: null }).problems[0]!.code,
    ).toBe('ROUNDS_RETURNED_EXCEED_ISSUED');
  });
  it('opens a discrepancy for a discharge in service and for an unexplained shortfall, not for training', () => {
    expect(
      decideReturn(12, { roundsReturned: 10, shortfallReason: 'discharge-in-service', note: null })
        .discrepancy,
    ).toBe('discharge');
    expect(
      decideReturn(12, { roundsReturned: 10, shortfallReason: 'other', note: 'lost in the dark' })
        .discrepancy,
    ).toBe('unexplained-shortfall');
    expect(
      decideReturn(12, { roundsReturned: 10, shortfallReason: 'training', note: null }).discrepancy,
    ).toBeNull();
    expect(
      decideReturn(12, { roundsReturned: 11, shortfallReason: 'misfire-defective', note: null }).discrepancy,
    ).toBeNull();
  });
  it('requires a note when the reason is "other"', () => {
    expect(
      decideReturn(12, { roundsReturned: 10, shortfallReason: 'other', note: null }).problems[0]!.code,
    ).toBe('SHORTFALL_NOTE_REQUIRED');
  });
  it('refuses a reason when nothing is missing', () => {
    expect(
      decideReturn(12, { roundsReturned: 12, shortfallReason: 'training', note: null }).problems[0]!.code,
    ).toBe('NO_SHORTFALL_TO_EXPLAIN');
  });
});
