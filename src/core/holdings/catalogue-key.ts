/**
 * The key a catalogue spelling is compared by: lower case, no accents, "×" as "x", no spaces,
 * dots, hyphens or "mm", and the common words for the same thing folded ("parabellum", "luger",
 * "para" → 9x19; "special"/"spl"/"spc" → special; "gauge"/"ga"/"calibre" → ga).
 */
export function catalogueKey(value: string): string {
  let key = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/×/g, 'x')
    .replace(/&/g, ' and ');
  key = key
    .replace(/\b(parabellum|luger|para)\b/g, ' x19 ')
    .replace(/\b(special|spl|spc|spec)\b/g, ' special ')
    .replace(/\b(gauge|ga|calibre|caliber|cal)\b/g, ' ga ')
    .replace(/\bmm\b/g, ' ')
    .replace(/mm\b/g, ' ');
  key = key.replace(/[^a-z0-9]+/g, '');
  // "9 x19" from "9 mm Parabellum" and "9x19x19" from "9x19 Parabellum" are the same calibre.
  key = key.replace(/(x19)+/g, 'x19');
  // "ga12" and "12ga" are the same shotgun bore.
  key = key.replace(/^ga(\d+)$/, '$1ga');
  return key;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The keys nearest to a key by edit distance (Levenshtein), nearest first, ties by key. */
export function closestKeys(key: string, keys: readonly string[], count: number): string[] {
  return [...keys]
    .map((candidate) => ({ candidate, d: distance(key, candidate) }))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((x) => x.candidate);
}
