/**
 * History views of the ATF Ruling 2016-1 model: an entry is never changed; a correction is a new
 * entry whose `corrects` names the entry it corrects, and every view can show the originals, the
 * record as corrected, or both.
 *
 * An original is an entry that corrects nothing (`corrects === null`); any entry that names
 * another is a correction, whatever its kind. A correction may itself be corrected. The entries
 * that correct an original, directly or through other corrections, form its record, and the
 * record's effective entry is the LATEST of them in the order given (the original when there is
 * none): an entry corrected twice shows its second correction.
 *
 * "The order given" is the order entries were recorded: sequence order within a chain (a
 * correction is written after the entry it names, in the same book).
 */

/** What the views need of an entry: ledger entries, rows and presented entries all have it. */
export interface CorrectableEntry {
  readonly id: string;
  readonly corrects: string | null;
}

export interface HistoryRecord<T extends CorrectableEntry> {
  /** The entry as first written. */
  readonly original: T;
  /** Every correction in this record, direct or of another correction, in the order given. */
  readonly corrections: readonly T[];
  /** The entry in force: the latest correction, or the original when it was never corrected. */
  readonly effective: T;
}

export interface ResolvedHistory<T extends CorrectableEntry> {
  /** One record per original, in the order of the originals. */
  readonly records: ReadonlyArray<HistoryRecord<T>>;
  /** For each entry id, the corrections that name it directly, in the order given. */
  readonly correctedBy: ReadonlyMap<string, readonly T[]>;
  /**
   * Corrections that name no earlier entry of the list (the entry they correct was not given, or
   * comes after them), and corrections of those. Shown in the 'both' view only.
   */
  readonly unresolved: readonly T[];
}

/** Group entries (in recorded order) into records: each original with its corrections. */
export function resolveCorrections<T extends CorrectableEntry>(entries: readonly T[]): ResolvedHistory<T> {
  const recordOf = new Map<string, { original: T; corrections: T[] }>();
  const records: Array<{ original: T; corrections: T[] }> = [];
  const correctedBy = new Map<string, T[]>();
  const unresolved: T[] = [];
  for (const entry of entries) {
    if (entry.corrects === null) {
      const record: { original: T; corrections: T[] } = { original: entry, corrections: [] };
      records.push(record);
      if (!recordOf.has(entry.id)) recordOf.set(entry.id, record);
      continue;
    }
    const record = recordOf.get(entry.corrects);
    if (!record) {
      unresolved.push(entry);
      continue;
    }
    record.corrections.push(entry);
    if (!recordOf.has(entry.id)) recordOf.set(entry.id, record);
    const direct = correctedBy.get(entry.corrects);
    if (direct) direct.push(entry);
    else correctedBy.set(entry.corrects, [entry]);
  }
  return {
    records: records.map(({ original, corrections }) => ({
      original,
      corrections,
      effective: corrections[corrections.length - 1] ?? original,
    })),
    correctedBy,
    unresolved,
  };
}

/**
 * - 'original': the originals as first written, without any correction;
 * - 'corrected': the record as it stands: each original replaced, at its place, by its effective
 *   entry (its latest correction);
 * - 'both': every entry, originals and corrections, in the order given.
 */
export type HistoryView = 'original' | 'corrected' | 'both';

/** The entries a view shows, from entries in recorded order. */
export function historyView<T extends CorrectableEntry>(entries: readonly T[], view: HistoryView): T[] {
  switch (view) {
    case 'both':
      return [...entries];
    case 'original':
      return entries.filter((entry) => entry.corrects === null);
    case 'corrected':
      return resolveCorrections(entries).records.map((record) => record.effective);
  }
}
