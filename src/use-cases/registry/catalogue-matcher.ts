import { catalogueKey, closestKeys } from '../../core/holdings/catalogue-key';

export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** An index of a catalogue by normalised key (name and aliases), with suggestions for misses. */
export function catalogueMatcher(entries: readonly CatalogueEntry[]) {
  const byKey = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    for (const spelling of [entry.name, entry.id, ...entry.aliases]) byKey.set(catalogueKey(spelling), entry);
  }
  return {
    match(value: string): { ok: true; entry: CatalogueEntry } | { ok: false; suggestions: string[] } {
      const entry = byKey.get(catalogueKey(value));
      if (entry) return { ok: true, entry };
      const names = closestKeys(catalogueKey(value), [...byKey.keys()], 6)
        .map((key) => byKey.get(key)!.name)
        .filter((name, i, all) => all.indexOf(name) === i)
        .slice(0, 3);
      return { ok: false, suggestions: names };
    },
  };
}
