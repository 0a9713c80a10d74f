import { describe, expect, it } from 'vitest';
import { countsDue } from './counts-due';
import { reconcileCount, type BookWeapon } from './reconcile-count';

const w = (firearmId: string, facilityId: string | null, status = 'in-store'): BookWeapon => ({
  firearmId,
  facilityId,
  status,
});
const book = [
  w('a', 'F1'),
  w('b', 'F1'),
  w('c', 'F1', 'issued'),
  w('d', 'F2'),
  w('e', 'F1', 'under-maintenance'),
];

describe('reconciling a count', () => {
  it('matches, misses, finds extras and weapons booked in another armoury, and counts a double scan once', () => {
    const result = reconcileCount({
      facilityId: 'F1',
      kind: 'serial',
      book,
      counted: [
        { code: 'a', firearm: book[0]! },
        { code: 'a2', firearm: book[0]! },
        { code: 'd', firearm: book[3]! },
        { code: 'c', firearm: book[2]! },
        { code: 'ZZ', firearm: null },
        { code: 'e', firearm: book[4]! },
      ],
      weaponsCounted: null,
      bookLots: new Map(),
      countedLots: new Map(),
    });
    expect(result.matched).toBe(2);
    expect(result.findings.map((f) => [f.kind, f.firearmId ?? f.scannedCode])).toEqual([
      ['wrong-facility', 'd'],
      ['extra', 'c'], // issued to a guard per the book, yet on the rack
      ['extra', 'ZZ'],
      ['missing', 'b'],
    ]);
  });
  it('compares rounds per lot in a full inventory, including a lot the book does not place here', () => {
    const result = reconcileCount({
      facilityId: 'F1',
      kind: 'full',
      book: [],
      counted: [],
      weaponsCounted: null,
      bookLots: new Map([
        ['L1', 100],
        ['L2', 50],
      ]),
      countedLots: new Map([
        ['L1', 100],
        ['L2', 48],
        ['L3', 5],
      ]),
    });
    expect(result.findings.map((f) => [f.lotId, f.expected, f.counted])).toEqual([
      ['L2', 50, 48],
      ['L3', 0, 5],
    ]);
  });
  it('compares only the number in a numeric count', () => {
    const input = {
      facilityId: 'F1',
      kind: 'numeric' as const,
      book,
      counted: [],
      bookLots: new Map(),
      countedLots: new Map(),
    };
    expect(reconcileCount({ ...input, weaponsCounted: 3 }).findings).toEqual([]);
    expect(reconcileCount({ ...input, weaponsCounted: 2 }).findings[0]).toMatchObject({
      kind: 'numeric-variance',
      expected: 3,
      counted: 2,
    });
  });
});

describe('counts due', () => {
  it('dues each policy one period after its last count, or after it was set', () => {
    const items = countsDue(
      [
        { facilityId: 'F1', kind: 'serial-weekly', createdAt: '2026-11-01T00:00:00.000Z' },
        { facilityId: 'F1', kind: 'full-annual', createdAt: '2026-11-01T00:00:00.000Z' },
        { facilityId: 'F1', kind: 'armourer-change', createdAt: '2026-11-01T00:00:00.000Z' },
      ],
      (_facility, trigger) => (trigger === 'weekly' ? '2026-11-25T10:00:00.000Z' : null),
      '2026-11-28T06:00:00.000Z',
    );
    expect(items.map((i) => [i.trigger, i.dueAt, i.isOverdue])).toEqual([
      ['weekly', '2026-12-02T10:00:00.000Z', false],
      ['annual', '2027-11-01T00:00:00.000Z', false],
    ]);
    expect(
      countsDue(
        [{ facilityId: 'F1', kind: 'serial-monthly', createdAt: '2026-10-01T00:00:00.000Z' }],
        () => null,
        '2026-11-28T00:00:00.000Z',
      )[0]!.isOverdue,
    ).toBe(true);
  });
});
