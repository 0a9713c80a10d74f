/**
 * History views of the ATF Ruling 2016-1 model: entries are never changed; a correction is a new
 * entry naming the one it corrects. A view shows the originals, the corrections, or both.
 */
export type HistoryView = 'both' | 'original' | 'corrected';

export interface HistoryItem {
  readonly id: string;
  readonly kind: string;
  readonly corrects: string | null;
}

/** For each entry, the corrections that name it, oldest first. */
export function correctionsByEntry<T extends HistoryItem>(entries: readonly T[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.corrects) out.set(entry.corrects, [...(out.get(entry.corrects) ?? []), entry.id]);
  }
  return out;
}

/**
 * 'original': the record as first written, without corrections. 'corrected': the record as it
 * stands, each corrected entry replaced by its corrections. 'both': everything, in order.
 */
export function historyView<T extends HistoryItem>(entries: readonly T[], view: HistoryView): T[] {
  if (view === 'original') return entries.filter((e) => e.kind !== 'correction');
  if (view === 'corrected') {
    const corrected = correctionsByEntry(entries);
    return entries.filter((e) => !corrected.has(e.id));
  }
  return [...entries];
}
