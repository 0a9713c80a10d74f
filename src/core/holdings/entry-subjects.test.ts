import { describe, expect, it } from 'vitest';
import { subjectsOf } from './entry-subjects';

describe('entry subjects', () => {
  it('names the firearm, lot and facilities an entry touches, once each', () => {
    expect(subjectsOf({ firearmId: 'f', fromFacilityId: 'a', toFacilityId: 'b' })).toEqual(['a', 'b', 'f']);
    expect(subjectsOf({ lotId: 'l', facilityId: 'a', rounds: 3 })).toEqual(['a', 'l']);
    expect(
      subjectsOf({
        correctsEntryId: 'e',
        firearm: { firearmId: 'f', changes: {} },
        stock: { lotId: 'l', facilityId: 'a', roundsDelta: 1 },
      }),
    ).toEqual(['a', 'f', 'l']);
  });

  it('names the lot of the rounds an armoury issue or return carries', () => {
    expect(
      subjectsOf({ issueId: 'i', firearmId: 'f', facilityId: 'a', ammunition: { lotId: 'l', rounds: 6 } }),
    ).toEqual(['a', 'f', 'l']);
    expect(
      subjectsOf({
        issueId: 'i',
        firearmId: 'f',
        facilityId: 'a',
        ammunition: { lotId: 'l', roundsIssued: 6, roundsReturned: 5 },
      }),
    ).toEqual(['a', 'f', 'l']);
    expect(subjectsOf({ issueId: 'i', firearmId: 'f', facilityId: 'a', ammunition: null })).toEqual([
      'a',
      'f',
    ]);
  });
});
