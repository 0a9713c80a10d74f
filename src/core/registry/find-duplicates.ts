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
  const seen = new Map<string, { line: number; model: string }[]>();
  return (firearm) => {
    const key = `${firearm.manufacturerId}\u0000${firearm.serialNormalised}`;
    const model = modelKey(firearm.model);
    const earlier = seen.get(key);
    const first = earlier?.find((other) => other.model === '' || model === '' || other.model === model);
    if (first) {
      return {
        line: firearm.line,
        column: 'serial',
        code: 'DUPLICATE_FIREARM_IN_FILE',
        reason: `the same weapon (${firearm.manufacturerName}, serial ${firearm.serial}) is already on line ${first.line}`,
        params: { firstLine: first.line, manufacturer: firearm.manufacturerName, serial: firearm.serial },
      };
    }
    if (earlier) earlier.push({ line: firearm.line, model });
    else seen.set(key, [{ line: firearm.line, model }]);
    return undefined;
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
