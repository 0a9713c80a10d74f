/**
 * Tolerant matching of what people write against the reference catalogue (issue 3: "9x19mm", "9×19
 * mm" and "9 mm Parabellum" are one calibre; forms pick from the catalogue so the same make is not
 * spelled five ways). A spelling matches an entry only when its key equals the key of the entry's
 * name, id or one of its aliases: nothing is accepted by similarity alone, because a wrong calibre or
 * maker in a firearms record is worse than a refused line. Similarity only ranks the suggestions.
 */
export interface CatalogueEntryLike {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export type CatalogueMatch<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** "unknown": no entry has this key; "ambiguous": several entries do (an extended catalogue). */
      readonly reason: 'unknown' | 'ambiguous';
      /** Names of the closest entries (at most 3), nearest first; for "ambiguous", the entries that tie. */
      readonly suggestions: string[];
    };

function foldAccentsAndCase(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Words that name the same thing in calibre designations (SAAMI/CIP names and the Spanish usage of
// LAC registers): each group folds to its first member.
const CALIBRE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ...['spl', 'special', 'spc', 'spec', 'especial'].map((word) => [word, 'spl'] as const),
  ...['mag', 'magnum'].map((word) => [word, 'mag'] as const),
  ...['acp', 'auto', 'automatic', 'automatica'].map((word) => [word, 'acp'] as const),
  ...['luger', 'parabellum', 'para', 'pb'].map((word) => [word, 'luger'] as const),
  ...['kurz', 'corto', 'short', 'court'].map((word) => [word, 'kurz'] as const),
  ...['rem', 'remington'].map((word) => [word, 'rem'] as const),
  ...['win', 'winchester'].map((word) => [word, 'win'] as const),
  ['sw', 'sandw'],
]);

// Words that say "this is a calibre" without telling which: millimetres, "calibre", and the shotgun
// bore words, so "12", "12 ga", "12 gauge", "calibre 12" and "cal. 12" are one key.
const CALIBRE_NOISE: ReadonlySet<string> = new Set([
  'mm',
  'cal',
  'calibre',
  'caliber',
  'calibro',
  'ga',
  'gauge',
  'g',
  'bore',
]);

/**
 * The key a calibre spelling is compared by: case and accents folded; "×" read as "x"; the decimal
 * mark inside a number dropped ("7,62" and "7.62" are 762); "Smith & Wesson" read as "S&W" and "long
 * rifle" as "LR"; the load marks "+P" and "+P+" dropped (a load, not a calibre); then words split at
 * every non-alphanumeric and at letter–digit boundaries, synonyms folded, noise words dropped, and the
 * rest joined. So "9x19mm", "9×19 mm" and "9 x 19" are 9x19; "9 mm Parabellum" and "9mm Luger" are
 * 9luger; ".38 SPL", "38 Special" and ".38 Spl" are 38spl; ".380 ACP" is 380acp and "9 mm corto" is
 * 9kurz, which never meet 9×19's keys.
 */
export function calibreKey(written: string): string {
  return untilStable(calibreKeyOnce, written);
}

/**
 * Applies a key function until the key no longer changes, so that a key is its own key: joining the
 * words can make a new one ("m m" gives "mm", a noise word, on the next pass). Two passes settle it
 * for these key functions; the bound only guards against a future rule that would not.
 */
function untilStable(keyOnce: (written: string) => string, written: string): string {
  let key = keyOnce(written);
  for (let pass = 0; pass < 8; pass++) {
    const again = keyOnce(key);
    if (again === key) return key;
    key = again;
  }
  return key;
}

function calibreKeyOnce(written: string): string {
  const text = foldAccentsAndCase(written)
    .replace(/[×✕╳]/g, 'x')
    .replace(/\+\s*p\s*\+?/g, ' ')
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .replace(/smith[^a-z0-9]*(&|and|y)[^a-z0-9]*wesson/g, ' s&w ')
    .replace(/long[^a-z0-9]*rifle/g, ' lr ')
    .replace(/&/g, ' and ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2');
  return text
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => CALIBRE_SYNONYMS.get(word) ?? word)
    .filter((word) => !CALIBRE_NOISE.has(word))
    .join('');
}

// Legal-form words that do not tell makers apart ("Glock GmbH" is Glock, "Bersa S.A." is Bersa).
const COMPANY_NOISE: ReadonlySet<string> = new Set([
  'sa',
  'sas',
  'sac',
  'saic',
  'srl',
  'sro',
  'sl',
  'spa',
  'as',
  'ag',
  'gmbh',
  'gesmbh',
  'kg',
  'co',
  'cia',
  'inc',
  'llc',
  'ltd',
  'ltda',
  'corp',
  'corporation',
  'company',
  'plc',
  'bv',
  'nv',
]);

// "and" as the languages of makers' names write it ("Heckler und Koch", "Gabilondo y Cía").
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'y', 'e', 'et']);

// Words makers add or leave off at the end of a name ("Hatsan Arms" is Hatsan), and the "and" left
// dangling once "& Co." or "y Cía" has gone.
const TRAILING_NOISE: ReadonlySet<string> = new Set(['and', 'arms']);

/**
 * The key a manufacturer spelling is compared by: case and accents folded; dots and apostrophes
 * dropped so initials join ("S.A." is sa, "O.F." is of); "&", "und", "y", "e" and "et" read as "and"
 * ("S&W" is sandw, "Smith & Wesson" and "Smith and Wesson" are smithandwesson); words split at every
 * other non-alphanumeric; legal-form words dropped, then a trailing "arms" or dangling "and"; the rest
 * joined.
 */
export function manufacturerKey(written: string): string {
  return untilStable(manufacturerKeyOnce, written);
}

function manufacturerKeyOnce(written: string): string {
  const words = foldAccentsAndCase(written)
    .replace(/[.'’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !COMPANY_NOISE.has(word))
    .map((word) => (AND_WORDS.has(word) ? 'and' : word));
  while (words.length > 1 && TRAILING_NOISE.has(words.at(-1)!)) words.pop();
  return words.join('');
}

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

interface CatalogueIndex<T extends CatalogueEntryLike> {
  readonly keyOf: (written: string) => string;
  readonly byKey: ReadonlyMap<string, readonly T[]>;
  readonly keysByEntry: ReadonlyMap<T, readonly string[]>;
  /** Answers already given, by spelling as written: an import repeats the same few spellings. */
  readonly answersByWritten: Map<string, CatalogueMatch<T>>;
}

const ANSWER_CACHE_LIMIT = 10_000;
const SUGGESTION_COUNT = 3;

function buildIndex<T extends CatalogueEntryLike>(
  entries: readonly T[],
  keyOf: (written: string) => string,
): CatalogueIndex<T> {
  const byKey = new Map<string, T[]>();
  const keysByEntry = new Map<T, string[]>();
  for (const entry of entries) {
    const spellings = [entry.name, entry.id, ...entry.aliases];
    const keys = [...new Set(spellings.map(keyOf))].filter((key) => key !== '');
    keysByEntry.set(entry, keys);
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return { keyOf, byKey, keysByEntry, answersByWritten: new Map() };
}

/**
 * The entries nearest a key: each entry's distance is the least edit distance between the key and
 * any of its spellings' keys; ties go to the name first in alphabetical order, so the answer does
 * not depend on the catalogue's order.
 */
function rankSuggestions<T extends CatalogueEntryLike>(index: CatalogueIndex<T>, key: string): string[] {
  return [...index.keysByEntry]
    .map(([entry, keys]) => ({
      name: entry.name,
      distance: Math.min(...keys.map((k) => editDistance(key, k))),
    }))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, SUGGESTION_COUNT)
    .map((candidate) => candidate.name);
}

function answer<T extends CatalogueEntryLike>(index: CatalogueIndex<T>, key: string): CatalogueMatch<T> {
  const found = index.byKey.get(key) ?? [];
  if (found.length === 1) return { ok: true, value: found[0]! };
  if (found.length > 1) {
    return { ok: false, reason: 'ambiguous', suggestions: found.map((entry) => entry.name) };
  }
  return { ok: false, reason: 'unknown', suggestions: rankSuggestions(index, key) };
}

function match<T extends CatalogueEntryLike>(index: CatalogueIndex<T>, written: string): CatalogueMatch<T> {
  let found = index.answersByWritten.get(written);
  if (!found) {
    found = answer(index, index.keyOf(written));
    if (index.answersByWritten.size < ANSWER_CACHE_LIMIT) index.answersByWritten.set(written, found);
  }
  // A copy of the suggestions, so that a caller changing its answer cannot change the next one.
  return found.ok ? found : { ...found, suggestions: [...found.suggestions] };
}

// The index of a catalogue, and the answers given from it, are kept once per array: an import
// matches a million rows against the same arrays. Keyed by identity in a WeakMap, they change no
// result and go when the array goes; the arrays are read-only, so an index cannot go stale.
const calibreIndexes = new WeakMap<readonly CatalogueEntryLike[], CatalogueIndex<CatalogueEntryLike>>();
const manufacturerIndexes = new WeakMap<readonly CatalogueEntryLike[], CatalogueIndex<CatalogueEntryLike>>();

function indexFor<T extends CatalogueEntryLike>(
  cache: WeakMap<readonly CatalogueEntryLike[], CatalogueIndex<CatalogueEntryLike>>,
  entries: readonly T[],
  keyOf: (written: string) => string,
): CatalogueIndex<T> {
  let index = cache.get(entries);
  if (!index) {
    index = buildIndex<CatalogueEntryLike>(entries, keyOf);
    cache.set(entries, index);
  }
  return index as unknown as CatalogueIndex<T>;
}

/** The calibre a spelling names, or the closest 3 when none does (see `calibreKey`). */
export function matchCalibre<T extends CatalogueEntryLike>(
  input: string,
  calibres: readonly T[],
): CatalogueMatch<T> {
  return match(indexFor(calibreIndexes, calibres, calibreKey), input);
}

/** The manufacturer a spelling names, or the closest 3 when none does (see `manufacturerKey`). */
export function matchManufacturer<T extends CatalogueEntryLike>(
  input: string,
  manufacturers: readonly T[],
): CatalogueMatch<T> {
  return match(indexFor(manufacturerIndexes, manufacturers, manufacturerKey), input);
}
