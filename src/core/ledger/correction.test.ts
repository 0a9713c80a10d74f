import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyView, resolveCorrections } from './correction';

const entry = (id: string, corrects: string | null = null) => ({
  id,
  corrects,
  kind: corrects ? 'correction' : 'acquisition',
});
const ids = (entries: ReadonlyArray<{ id: string }>) => entries.map((e) => e.id);

describe('history views with corrections', () => {
  const history = [
    entry('acquired'),
    entry('moved'),
    entry('fix-serial', 'acquired'),
    entry('marked'),
    entry('fix-serial-again', 'acquired'),
    entry('fix-move', 'moved'),
  ];

  it('shows the originals as first written, without corrections', () => {
    expect(ids(historyView(history, 'original'))).toEqual(['acquired', 'moved', 'marked']);
  });

  it('shows the record as corrected, each original replaced in place by its latest correction', () => {
    expect(ids(historyView(history, 'corrected'))).toEqual(['fix-serial-again', 'fix-move', 'marked']);
  });

  it('shows both, in recorded order', () => {
    expect(ids(historyView(history, 'both'))).toEqual(ids(history));
  });

  it('groups each original with its corrections and links every correction to what it corrects', () => {
    const resolved = resolveCorrections(history);
    expect(
      resolved.records.map((r) => ({
        original: r.original.id,
        corrections: ids(r.corrections),
        effective: r.effective.id,
      })),
    ).toEqual([
      {
        original: 'acquired',
        corrections: ['fix-serial', 'fix-serial-again'],
        effective: 'fix-serial-again',
      },
      { original: 'moved', corrections: ['fix-move'], effective: 'fix-move' },
      { original: 'marked', corrections: [], effective: 'marked' },
    ]);
    expect(ids(resolved.correctedBy.get('acquired') ?? [])).toEqual(['fix-serial', 'fix-serial-again']);
    expect(resolved.correctedBy.has('marked')).toBe(false);
    expect(resolved.unresolved).toEqual([]);
  });

  it('follows a correction of a correction to the original it belongs to', () => {
    const chained = [entry('a'), entry('c1', 'a'), entry('c2', 'c1'), entry('b')];
    const resolved = resolveCorrections(chained);
    expect(resolved.records[0]).toMatchObject({ original: { id: 'a' }, effective: { id: 'c2' } });
    expect(ids(resolved.records[0]!.corrections)).toEqual(['c1', 'c2']);
    expect(ids(resolved.correctedBy.get('c1') ?? [])).toEqual(['c2']);
    expect(ids(historyView(chained, 'corrected'))).toEqual(['c2', 'b']);
  });

  it('sets aside corrections of entries it was not given, or that come after them', () => {
    const partial = [
      entry('a'),
      entry('fix-missing', 'not-here'),
      entry('fix-of-that', 'fix-missing'),
      entry('early', 'late'),
      entry('late'),
    ];
    const resolved = resolveCorrections(partial);
    expect(ids(resolved.unresolved)).toEqual(['fix-missing', 'fix-of-that', 'early']);
    expect(ids(historyView(partial, 'corrected'))).toEqual(['a', 'late']);
    expect(ids(historyView(partial, 'original'))).toEqual(['a', 'late']);
    expect(ids(historyView(partial, 'both'))).toEqual(ids(partial));
  });

  it('accounts for every entry exactly once, whatever the correction links', () => {
    const histories = fc
      .array(fc.option(fc.nat(30), { nil: null }), { maxLength: 30 })
      .map((targets) => targets.map((target, i) => entry(`e${i}`, target === null ? null : `e${target}`)));
    fc.assert(
      fc.property(histories, (entries) => {
        const resolved = resolveCorrections(entries);
        const grouped = resolved.records.flatMap((r) => [r.original, ...r.corrections]);
        expect([...ids(grouped), ...ids(resolved.unresolved)].sort()).toEqual(ids(entries).sort());
        for (const record of resolved.records) {
          expect(record.effective).toBe(record.corrections.at(-1) ?? record.original);
          for (const correction of record.corrections) {
            expect(entries.indexOf(correction)).toBeGreaterThan(entries.indexOf(record.original));
          }
        }
        expect(historyView(entries, 'corrected')).toHaveLength(historyView(entries, 'original').length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
