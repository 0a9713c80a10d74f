import { describe, expect, it } from 'vitest';
import { resolveStoreItem } from './resolve-store-item';

const problem = (input: Parameters<typeof resolveStoreItem>[0]) => {
  const result = resolveStoreItem(input);
  return result.ok ? undefined : result.problem;
};

describe('resolving an item to its classification and quantity', () => {
  it('classifies by UN number (fact sheet §1.5: UN 0012 is 1.4S)', () => {
    expect(resolveStoreItem({ unNumber: '0012', rounds: 20_000, neqKgPer1000: 0.35 })).toEqual({
      ok: true,
      item: {
        unNumber: '0012',
        hazardDivision: '1.4',
        compatibilityGroup: 'S',
        quantity: { rounds: 20_000, neqKgPer1000: 0.35 },
      },
    });
  });

  it('takes an explicit HD and CG without a UN number', () => {
    expect(resolveStoreItem({ hazardDivision: '1.2', compatibilityGroup: 'C', neqKg: 12.5 })).toEqual({
      ok: true,
      item: { hazardDivision: '1.2', compatibilityGroup: 'C', quantity: { neqKg: 12.5 } },
    });
  });

  it('accepts an unknown UN number when the HD and CG are given, and keeps the number', () => {
    expect(
      resolveStoreItem({ unNumber: '0248', hazardDivision: '1.2', compatibilityGroup: 'L', neqKg: 1 }),
    ).toMatchObject({
      ok: true,
      item: { unNumber: '0248', hazardDivision: '1.2', compatibilityGroup: 'L' },
    });
  });

  it('accepts an HD and CG that agree with a known UN number', () => {
    expect(
      resolveStoreItem({ unNumber: '0339', hazardDivision: '1.4', compatibilityGroup: 'C', neqKg: 1 }).ok,
    ).toBe(true);
  });

  it('refuses an unknown UN number without HD and CG', () => {
    expect(problem({ unNumber: '9999', neqKg: 1 })).toEqual({ code: 'UNKNOWN_UN_NUMBER', unNumber: '9999' });
    expect(problem({ unNumber: '9999', hazardDivision: '1.4', neqKg: 1 })).toEqual({
      code: 'UNKNOWN_UN_NUMBER',
      unNumber: '9999',
    });
  });

  it('refuses an item with neither UN number nor both HD and CG', () => {
    expect(problem({ neqKg: 1 })).toEqual({ code: 'MISSING_CLASSIFICATION' });
    expect(problem({ compatibilityGroup: 'S', neqKg: 1 })).toEqual({ code: 'MISSING_CLASSIFICATION' });
  });

  it('refuses an unknown division or group', () => {
    expect(problem({ hazardDivision: '1.7', compatibilityGroup: 'S', neqKg: 1 })).toEqual({
      code: 'UNKNOWN_HAZARD_DIVISION',
      value: '1.7',
    });
    expect(problem({ hazardDivision: '1.4', compatibilityGroup: 'I', neqKg: 1 })).toEqual({
      code: 'UNKNOWN_COMPATIBILITY_GROUP',
      value: 'I',
    });
  });

  it('refuses an HD or CG that contradicts a known UN number, since the number fixes the code', () => {
    expect(problem({ unNumber: '0012', hazardDivision: '1.2', compatibilityGroup: 'C', neqKg: 1 })).toEqual({
      code: 'CLASSIFICATION_MISMATCH',
      unNumber: '0012',
      expected: '1.4S',
      given: '1.2C',
    });
    expect(problem({ unNumber: '0012', compatibilityGroup: 'C', neqKg: 1 })).toMatchObject({ given: '1.4C' });
  });

  it('refuses an item without a quantity, or with rounds but no NEQ per 1,000', () => {
    expect(problem({ unNumber: '0012' })).toEqual({ code: 'MISSING_QUANTITY' });
    expect(problem({ unNumber: '0012', rounds: 100 })).toEqual({ code: 'MISSING_QUANTITY' });
    expect(problem({ unNumber: '0012', neqKgPer1000: 0.35 })).toEqual({ code: 'MISSING_QUANTITY' });
  });

  it('refuses an item giving both forms of quantity', () => {
    expect(problem({ unNumber: '0012', rounds: 100, neqKgPer1000: 0.35, neqKg: 1 })).toEqual({
      code: 'AMBIGUOUS_QUANTITY',
    });
  });

  it('refuses negative, fractional or non-finite quantities', () => {
    expect(problem({ unNumber: '0012', neqKg: -0.1 })).toEqual({
      code: 'INVALID_QUANTITY',
      field: 'neqKg',
      value: -0.1,
    });
    expect(problem({ unNumber: '0012', rounds: -1, neqKgPer1000: 0.35 })).toMatchObject({ field: 'rounds' });
    expect(problem({ unNumber: '0012', rounds: 1.5, neqKgPer1000: 0.35 })).toMatchObject({ field: 'rounds' });
    expect(problem({ unNumber: '0012', rounds: 10, neqKgPer1000: Number.POSITIVE_INFINITY })).toMatchObject({
      field: 'neqKgPer1000',
    });
  });
});
