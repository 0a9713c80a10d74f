import { describe, expect, it } from 'vitest';
import type { FirearmIdentity } from './find-duplicates';
import { findDuplicateFirearms, firearmDuplicateChecker } from './find-duplicates';
import { normaliseSerial } from './normalise-serial';

function firearm(
  line: number,
  manufacturerId: string,
  serial: string,
  model: string | null = null,
): FirearmIdentity {
  return {
    line,
    manufacturerId,
    manufacturerName: manufacturerId.toUpperCase(),
    serial,
    serialNormalised: normaliseSerial(serial),
    model,
  };
}

describe('finding the same weapon twice in a file', () => {
  it('reports each later line, naming the first line', () => {
    const errors = findDuplicateFirearms([
      firearm(2, 'glock', 'ABC123'),
      firearm(3, 'taurus', 'ABC123'),
      firearm(4, 'glock', 'abc-123'),
      firearm(5, 'glock', 'ABC 123'),
    ]);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'serial',
        code: 'DUPLICATE_FIREARM_IN_FILE',
        params: expect.objectContaining({ firstLine: 2 }),
      }),
      expect.objectContaining({
        line: 5,
        code: 'DUPLICATE_FIREARM_IN_FILE',
        params: expect.objectContaining({ firstLine: 2 }),
      }),
    ]);
    expect(errors[0]!.reason).toBe('the same weapon (GLOCK, serial abc-123) is already on line 2');
  });

  it('tells apart two models of one maker that share a serial, and not when a model is left empty', () => {
    expect(
      findDuplicateFirearms([firearm(2, 'taurus', 'K1', '82'), firearm(3, 'taurus', 'K1', '85')]),
    ).toEqual([]);
    expect(
      findDuplicateFirearms([firearm(2, 'taurus', 'K1', 'PT-92'), firearm(3, 'taurus', 'K1', 'pt 92')]).map(
        (e) => e.line,
      ),
    ).toEqual([3]);
    const withEmpty = findDuplicateFirearms([
      firearm(2, 'taurus', 'K1', '82'),
      firearm(3, 'taurus', 'K1', '85'),
      firearm(4, 'taurus', 'K1'),
    ]);
    expect(withEmpty.map((error) => [error.line, error.params?.['firstLine']])).toEqual([[4, 2]]);
  });

  it('checks as rows stream in, answering nothing for a weapon not seen before', () => {
    const check = firearmDuplicateChecker();
    expect(check(firearm(2, 'glock', 'A1'))).toBeUndefined();
    expect(check(firearm(3, 'glock', 'A2'))).toBeUndefined();
    expect(check(firearm(9, 'glock', 'a1'))?.params?.['firstLine']).toBe(2);
  });
});
