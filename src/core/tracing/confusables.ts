/**
 * Characters that engraving wear, grinding and reading confuse on a serial (issue #6): each class
 * folds to one representative, so "4O7 1B2" and "407-182" compare equal after folding. Digits are
 * the representatives because serials are mostly digits. Cyrillic letters that look like a Latin
 * letter or a digit fold with it (Soviet-pattern weapons carry Cyrillic serial letters; the record
 * keeps what is marked, only the search folds).
 */
export const CONFUSABLE_CLASSES: readonly (readonly string[])[] = [
  ['0', 'O', 'Q', 'D', 'О'],
  ['1', 'I', 'L', '7', 'І'],
  ['2', 'Z'],
  ['5', 'S', 'Ѕ'],
  ['6', 'G', 'Б'],
  ['8', 'B', 'В'],
];

/** Cyrillic capitals identical in print to a Latin capital (not in a confusable class above). */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

const FOLD: ReadonlyMap<string, string> = new Map([
  ...CONFUSABLE_CLASSES.flatMap((members) => members.map((c) => [c, members[0]!] as const)),
  ...Object.entries(CYRILLIC_LOOKALIKES),
]);

/** The representative of a (normalised, upper-case) character's confusable class; itself when it has none. */
export function foldCharacter(character: string): string {
  return FOLD.get(character) ?? character;
}

/** A normalised serial (see normaliseSerial) with every character folded to its class. */
export function foldSerial(serialNormalised: string): string {
  let folded = '';
  for (const character of serialNormalised) folded += foldCharacter(character);
  return folded;
}
