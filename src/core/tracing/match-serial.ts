import { foldCharacter } from './confusables';
import type { SerialPattern } from './serial-pattern';

/** How a pattern lies on a serial: the best of all the ways it can be placed. */
export interface SerialMatch {
  /** Pattern characters read exactly as marked. */
  readonly literal: number;
  /** Pattern characters that matched only through a confusable class (O for 0, B for 8…). */
  readonly confusable: number;
  /** The pattern covers the whole serial, from its first to its last character. */
  readonly isWhole: boolean;
  /** Characters of the serial covered by the match (legible, `?` and `*` together). */
  readonly span: number;
}

interface Placement {
  literal: number;
  confusable: number;
  end: number;
}

/** Better placement: more literal characters, then covering more of the serial. */
function better(a: Placement | null, b: Placement | null): Placement | null {
  if (!a) return b;
  if (!b) return a;
  if (a.literal !== b.literal) return a.literal > b.literal ? a : b;
  return a.end >= b.end ? a : b;
}

/**
 * Match a parsed pattern against a normalised serial (see normaliseSerial), anywhere in it,
 * comparing characters by confusable class. Returns the best placement (most characters read
 * exactly, then the widest cover), or null when the pattern is not in the serial.
 * Serials are short (tens of characters), so trying every start with memoisation is cheap.
 */
export function matchSerial(pattern: SerialPattern, serialNormalised: string): SerialMatch | null {
  const serial = [...serialNormalised];
  const folded = serial.map(foldCharacter);
  const tokens = pattern.tokens;
  let best: (Placement & { start: number }) | null = null;
  for (let start = 0; start < serial.length; start++) {
    const memo = new Map<number, Placement | null>();
    const place = (t: number, s: number): Placement | null => {
      if (t === tokens.length) return { literal: 0, confusable: 0, end: s };
      const key = t * (serial.length + 1) + s;
      if (memo.has(key)) return memo.get(key)!;
      const token = tokens[t]!;
      let result: Placement | null = null;
      if (token.kind === 'run') {
        for (let skip = s; skip <= serial.length; skip++) result = better(result, place(t + 1, skip));
      } else if (s < serial.length) {
        if (token.kind === 'one') result = place(t + 1, s + 1);
        else if (token.folded === folded[s]) {
          const rest = place(t + 1, s + 1);
          if (rest) {
            const exact = token.character === serial[s];
            result = {
              literal: rest.literal + (exact ? 1 : 0),
              confusable: rest.confusable + (exact ? 0 : 1),
              end: rest.end,
            };
          }
        }
      }
      memo.set(key, result);
      return result;
    };
    const placement = place(0, start);
    if (!placement) continue;
    const candidate = { ...placement, start };
    if (
      !best ||
      candidate.literal > best.literal ||
      (candidate.literal === best.literal && candidate.end - candidate.start > best.end - best.start)
    )
      best = candidate;
  }
  if (!best) return null;
  return {
    literal: best.literal,
    confusable: best.confusable,
    isWhole: best.start === 0 && best.end === serial.length,
    span: best.end - best.start,
  };
}

/**
 * The rank of a candidate, 0–100, higher first (documented in docs/tracing.md):
 *
 * - 100: the serial is exactly the pattern: no wildcard, every character as marked, whole serial.
 * - otherwise 40 × (characters read exactly ÷ legible characters of the pattern)
 *           + 40 × (legible characters ÷ characters of the serial)
 *           + 10 when the pattern covers the whole serial,
 *   rounded down: at most 90, so an exact match always ranks first.
 */
export function scoreMatch(pattern: SerialPattern, serialNormalised: string, match: SerialMatch): number {
  const length = [...serialNormalised].length;
  if (pattern.isPlain && match.isWhole && match.confusable === 0 && match.literal === length) return 100;
  const legible = match.literal + match.confusable;
  const exactShare = legible === 0 ? 0 : match.literal / legible;
  const coverShare = length === 0 ? 0 : legible / length;
  return Math.floor(40 * exactShare + 40 * coverShare + (match.isWhole ? 10 : 0));
}

export interface RankedCandidate<T> {
  readonly candidate: T;
  readonly score: number;
}

/**
 * Keep the candidates whose serial the pattern matches, scored and sorted best first; ties by
 * serial, then by the caller's tiebreak key (an id), so the order never depends on input order.
 */
export function rankCandidates<T>(
  pattern: SerialPattern,
  candidates: readonly T[],
  serialOf: (candidate: T) => string,
  tiebreakOf: (candidate: T) => string,
): RankedCandidate<T>[] {
  const ranked: Array<RankedCandidate<T> & { serial: string; tiebreak: string }> = [];
  for (const candidate of candidates) {
    const serial = serialOf(candidate);
    const match = matchSerial(pattern, serial);
    if (!match) continue;
    ranked.push({
      candidate,
      score: scoreMatch(pattern, serial, match),
      serial,
      tiebreak: tiebreakOf(candidate),
    });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0) ||
      (a.tiebreak < b.tiebreak ? -1 : a.tiebreak > b.tiebreak ? 1 : 0),
  );
  return ranked.map(({ candidate, score }) => ({ candidate, score }));
}
