import type { RowError } from './row-error';
import type { FirearmDraft } from './validate-firearm-row';

export type FirearmIdentity = Pick<
  FirearmDraft,
  'line' | 'manufacturerId' | 'manufacturerName' | 'serial' | 'serialNormalised' | 'model'
>;

function modelKey(model: string | null): string {
  return (model ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{Nd}]/gu, '');
}

/**
 * A checker fed the firearm rows of one file in order: for each row it answers the error, or
 * undefined when the row names a weapon not seen before. Issue 3: a firearm is identified by
 * manufacturer + serial (+ model where the serial alone is ambiguous), and the same weapon twice in a
 * file is an error. So two rows are the same weapon when their manufacturer and normalised serial are
 * equal and their models do not tell them apart: equal after folding case and separators, or either
 * left empty. Kept as a closure so a million-row import checks as it streams.
 */
export function firearmDuplicateChecker(): (firearm: FirearmIdentity) => RowError | undefined {
  // Most weapons appear once, so the first row of each is kept flat (its line, and its model when
  // it has one); a list is made only for a second model sharing the serial. This keeps a
  // million-row file to two map entries per weapon.
  const firstLines = new Map<string, number>();
  const firstModels = new Map<string, string>();
  const laterRows = new Map<string, { line: number; model: string }[]>();
  return (firearm) => {
    const key = `${firearm.manufacturerId}\u0000${firearm.serialNormalised}`;
    const model = modelKey(firearm.model);
    const firstLine = firstLines.get(key);
    if (firstLine === undefined) {
      firstLines.set(key, firearm.line);
      if (model !== '') firstModels.set(key, model);
      return undefined;
    }
    const earlier = [{ line: firstLine, model: firstModels.get(key) ?? '' }, ...(laterRows.get(key) ?? [])];
    const same = earlier.find((other) => other.model === '' || model === '' || other.model === model);
    if (!same) {
      laterRows.set(key, [...(laterRows.get(key) ?? []), { line: firearm.line, model }]);
      return undefined;
    }
    return {
      line: firearm.line,
      column: 'serial',
      code: 'DUPLICATE_FIREARM_IN_FILE',
      reason: `the same weapon (${firearm.manufacturerName}, serial ${firearm.serial}) is already on line ${same.line}`,
      params: { firstLine: same.line, manufacturer: firearm.manufacturerName, serial: firearm.serial },
    };
  };
}

/** Every later line of a batch that repeats a weapon, each naming the first line (see the checker). */
export function findDuplicateFirearms(firearms: Iterable<FirearmIdentity>): RowError[] {
  const check = firearmDuplicateChecker();
  const errors: RowError[] = [];
  for (const firearm of firearms) {
    const error = check(firearm);
    if (error) errors.push(error);
  }
  return errors;
}
