import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSerial } from '../registry/normalise-serial';
import { CONFUSABLE_CLASSES, foldSerial } from './confusables';
import { matchSerial, rankCandidates, scoreMatch } from './match-serial';
import {
  expandedLikePatterns,
  FOLDED_ASCII,
  foldedLikePattern,
  longestLegibleRun,
  parseSerialPattern,
  plainTextOf,
  type SerialPattern,
} from './serial-pattern';

const PROPERTY = { seed: 42, numRuns: 400 } as const;

function pattern(text: string): SerialPattern {
  const parsed = parseSerialPattern(text);
  if (!parsed.ok) throw new Error(`not a pattern: ${text}`);
  return parsed.pattern;
}

function score(text: string, serial: string): number | null {
  const p = pattern(text);
  const match = matchSerial(p, serial);
  return match ? scoreMatch(p, serial, match) : null;
}

/** SQL LIKE over folded serials, as both dialects evaluate it (upper-case data, `_` one character, `%` any run). */
function like(likePattern: string, text: string): boolean {
  const source = [...likePattern]
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su').test(text);
}

const SERIAL_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const serialArbitrary = fc
  .array(fc.constantFrom(...SERIAL_ALPHABET), { minLength: 3, maxLength: 14 })
  .map((chars) => chars.join(''));
const CONFUSABLE_OF = new Map(
  CONFUSABLE_CLASSES.flatMap((members) => members.map((c) => [c, members] as const)),
);

describe('parsing a serial pattern', () => {
  it('ignores case, spaces and separators, and keeps ? and * as wildcards', () => {
    expect(foldedLikePattern(pattern('4?7 1b2'))).toBe('%4_1182%');
    expect(foldedLikePattern(pattern('ab-12*9'))).toBe('%A812%9%');
    expect(plainTextOf(pattern('tza-123.45'))).toBe('TZA12345');
  });

  it('drops runs at either end, which add nothing to "any part of the serial"', () => {
    expect(foldedLikePattern(pattern('**12a**'))).toBe('%12A%');
  });

  it('refuses an empty pattern and one with no legible character', () => {
    expect(parseSerialPattern('')).toEqual({ ok: false, refusal: { code: 'PATTERN_EMPTY' } });
    expect(parseSerialPattern(' - / ')).toEqual({ ok: false, refusal: { code: 'PATTERN_EMPTY' } });
    expect(parseSerialPattern('??*?')).toEqual({ ok: false, refusal: { code: 'PATTERN_ONLY_WILDCARDS' } });
    expect(parseSerialPattern('*')).toEqual({ ok: false, refusal: { code: 'PATTERN_ONLY_WILDCARDS' } });
  });

  it('finds the longest run of legible characters, which a trigram index can use', () => {
    expect(longestLegibleRun(pattern('4?7 1B2'))).toBe('1182');
    expect(longestLegibleRun(pattern('A?B?C'))).toBe('A');
  });
});

describe('matching a serial', () => {
  it('reads the brief’s ground-off revolver "4?7 1B2" as 4x71B2, 4x7182 or 4x1182 and not 4x7183', () => {
    expect(score('4?7 1B2', '4571B2')).not.toBeNull();
    expect(score('4?7 1B2', 'XX4071820')).not.toBeNull();
    expect(score('4?7 1B2', '441182')).not.toBeNull();
    expect(score('4?7 1B2', '4571B3')).toBeNull();
  });

  it('treats the issue’s confusable pairs as one: 0/O/Q/D, 1/I/L/7, 2/Z, 5/S, 6/G, 8/B', () => {
    expect(score('0001', 'OQDL')).not.toBeNull();
    expect(score('2568', 'ZSGB')).not.toBeNull();
    expect(score('I7L1', '1111')).not.toBeNull();
    expect(score('E3', 'F3')).toBeNull();
  });

  it('folds Cyrillic look-alikes too, without changing what the record holds', () => {
    expect(foldSerial(normaliseSerial('ВО 1234'))).toBe(foldSerial('801234'));
  });

  it('lets * stand for any run, including none', () => {
    expect(score('AB*99', 'AB1234599')).not.toBeNull();
    expect(score('AB*99', 'AB99')).not.toBeNull();
    expect(score('AB*99', 'A99B')).toBeNull();
  });

  it('scores an exact serial 100, a confusable reading lower, a part lower still', () => {
    expect(score('TZA12345', 'TZA12345')).toBe(100);
    const confusable = score('TZA1234S', 'TZA12345')!;
    const part = score('A1234', 'TZA12345')!;
    const masked = score('TZA1?345', 'TZA12345')!;
    expect(confusable).toBeLessThan(100);
    expect(masked).toBeLessThan(100);
    expect(part).toBeLessThan(confusable);
  });
});

describe('matching properties (fast-check, seed 42)', () => {
  it('a serial always finds itself, with the top score', () => {
    fc.assert(
      fc.property(serialArbitrary, (serial) => {
        expect(score(serial, serial)).toBe(100);
      }),
      PROPERTY,
    );
  });

  it('masking any characters with ? still finds the serial (one legible character left)', () => {
    fc.assert(
      fc.property(
        serialArbitrary,
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        fc.nat(),
        (serial, mask, keep) => {
          const chars = [...serial];
          const kept = keep % chars.length;
          const masked = chars.map((c, i) => (mask[i] && i !== kept ? '?' : c)).join('');
          expect(score(masked, serial)).not.toBeNull();
        },
      ),
      PROPERTY,
    );
  });

  it('a confusable substitution anywhere still finds the serial', () => {
    fc.assert(
      fc.property(serialArbitrary, fc.array(fc.nat(), { minLength: 14, maxLength: 14 }), (serial, picks) => {
        const read = [...serial]
          .map((c, i) => {
            const members = CONFUSABLE_OF.get(c);
            return members ? members[picks[i]! % members.length]! : c;
          })
          .join('');
        expect(score(read, serial)).not.toBeNull();
      }),
      PROPERTY,
    );
  });

  it('a part of the serial, with a * for a worn run, still finds it', () => {
    fc.assert(
      fc.property(serialArbitrary, fc.nat(), fc.nat(), fc.nat(), (serial, a, b, c) => {
        const start = a % serial.length;
        const end = start + 1 + (b % (serial.length - start));
        const part = serial.slice(start, end);
        const cut = c % part.length;
        const withRun = `${part.slice(0, cut)}*${part.slice(cut + 1)}`;
        expect(score(part, serial)).not.toBeNull();
        if (/[A-Z0-9]/.test(withRun.replace('*', ''))) expect(score(withRun, serial)).not.toBeNull();
      }),
      PROPERTY,
    );
  });

  it('ranking puts the exact match first, whatever the other candidates', () => {
    fc.assert(
      fc.property(
        serialArbitrary,
        fc.array(serialArbitrary, { maxLength: 30 }),
        fc.nat(),
        (serial, others, at) => {
          const candidates = others.filter((o) => o !== serial);
          candidates.splice(at % (candidates.length + 1), 0, serial);
          // Readers of the exact serial also match its confusable twins and any serial containing it.
          const ranked = rankCandidates(
            pattern(serial),
            candidates,
            (s) => s,
            (s) => s,
          );
          expect(ranked[0]).toEqual({ candidate: serial, score: 100 });
          expect(ranked.slice(1).every((r) => r.score < 100)).toBe(true);
        },
      ),
      PROPERTY,
    );
  });

  it('the SQL LIKE pattern over folded serials selects exactly the serials the matcher accepts', () => {
    const patternArbitrary = fc
      .array(fc.constantFrom(...SERIAL_ALPHABET, '?', '*', 'O', 'B', '7'), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(patternArbitrary, serialArbitrary, (text, serial) => {
        const parsed = parseSerialPattern(text);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const selected = like(foldedLikePattern(parsed.pattern), foldSerial(serial));
        expect(selected).toBe(matchSerial(parsed.pattern, serial) !== null);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('reading one illegible character every way, for the index', () => {
  it('turns "4?7" into one trigram-searchable LIKE pattern per folded character', () => {
    const expanded = expandedLikePatterns(pattern('4?7'))!;
    expect(expanded).toContain('%401%');
    expect(expanded).toContain('%4A1%');
    expect(expanded).toHaveLength(FOLDED_ASCII.length);
    expect(expandedLikePatterns(pattern('4?7A'))).not.toBeNull();
    expect(expandedLikePatterns(pattern('1*23'))).toBeNull();
    expect(expandedLikePatterns(pattern('AB12'))).toBeNull();
  });

  it('together the readings select exactly the ASCII serials the pattern matches (fast-check, seed 42)', () => {
    const patternArbitrary = fc
      .array(fc.constantFrom(...SERIAL_ALPHABET.slice(20), '?', '*'), { minLength: 2, maxLength: 6 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(patternArbitrary, serialArbitrary, (text, serial) => {
        const parsed = parseSerialPattern(text);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const expanded = expandedLikePatterns(parsed.pattern);
        fc.pre(expanded !== null);
        const folded = foldSerial(serial);
        expect(expanded!.some((p) => like(p, folded))).toBe(matchSerial(parsed.pattern, serial) !== null);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
