import { describe, expect, it } from 'vitest';
import { isMissingStatus, missingStatusFor, statusAfterRecovery } from './incident-entries';

describe('weapon statuses of incident entries', () => {
  it('marks a lost weapon lost, and a stolen or robbed one stolen', () => {
    expect(missingStatusFor('loss')).toBe('lost');
    expect(missingStatusFor('theft')).toBe('stolen');
    expect(missingStatusFor('robbery-of-guard')).toBe('stolen');
  });

  it('puts a recovered weapon back in store, or leaves it seized with the authorities', () => {
    expect(statusAfterRecovery('company')).toBe('in-store');
    expect(statusAfterRecovery('authorities')).toBe('seized');
  });

  it('knows which statuses refuse an issue as missing', () => {
    expect(['lost', 'stolen', 'seized', 'in-store', 'issued'].filter(isMissingStatus)).toEqual([
      'lost',
      'stolen',
      'seized',
    ]);
  });
});
