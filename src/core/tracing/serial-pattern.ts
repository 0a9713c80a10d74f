import { foldCharacter } from './confusables';

/**
 * A serial as read from a recovered weapon, where some characters cannot be read: `?` stands for
 * one illegible character and `*` for any run of them (issue #6). Case, spaces and separators are
 * ignored as in normaliseSerial; the pattern matches any part of a serial.
 */
export type PatternToken =
  | { readonly kind: 'character'; readonly character: string; readonly folded: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'run' };

export interface SerialPattern {
  readonly tokens: readonly PatternToken[];
  /** How many characters of the pattern were legible. */
  readonly legible: number;
  /** True when the pattern has no wildcard: a whole serial may equal it exactly. */
  readonly isPlain: boolean;
}

export type PatternRefusal = { readonly code: 'PATTERN_EMPTY' } | { readonly code: 'PATTERN_ONLY_WILDCARDS' };

export function parseSerialPattern(
  input: string,
): { ok: true; pattern: SerialPattern } | { ok: false; refusal: PatternRefusal } {
  const tokens: PatternToken[] = [];
  let sawWildcard = false;
  for (const raw of input.normalize('NFKC').toUpperCase()) {
    if (raw === '?') {
      tokens.push({ kind: 'one' });
      sawWildcard = true;
    } else if (raw === '*') {
      sawWildcard = true;
      // Runs collapse: "**" is "*".
      if (tokens.at(-1)?.kind !== 'run') tokens.push({ kind: 'run' });
    } else if (/^[\p{L}\p{Nd}]$/u.test(raw)) {
      const character = raw.normalize('NFC');
      tokens.push({ kind: 'character', character, folded: foldCharacter(character) });
    }
    // Anything else is a separator and is ignored, as in normaliseSerial.
  }
  // The pattern matches any part of a serial, so a run at either end adds nothing.
  while (tokens[0]?.kind === 'run') tokens.shift();
  while (tokens.at(-1)?.kind === 'run') tokens.pop();
  const legible = tokens.filter((t) => t.kind === 'character').length;
  if (tokens.length === 0 && !sawWildcard) return { ok: false, refusal: { code: 'PATTERN_EMPTY' } };
  if (legible === 0) return { ok: false, refusal: { code: 'PATTERN_ONLY_WILDCARDS' } };
  return { ok: true, pattern: { tokens, legible, isPlain: !sawWildcard } };
}

/** The pattern's legible characters as normalised text (wildcards dropped): what an exact lookup compares. */
export function plainTextOf(pattern: SerialPattern): string {
  return pattern.tokens.map((t) => (t.kind === 'character' ? t.character : '')).join('');
}

/**
 * The pattern as an SQL LIKE pattern over folded serials: `?` → `_`, `*` → `%`, wrapped in `%…%`
 * (any part of the serial). Folded serials hold letters and digits only, so nothing needs escaping.
 */
export function foldedLikePattern(pattern: SerialPattern): string {
  const body = pattern.tokens
    .map((t) => (t.kind === 'character' ? t.folded : t.kind === 'one' ? '_' : '%'))
    .join('');
  return `%${body}%`;
}

/** The longest run of legible characters with no wildcard between them (folded): what a trigram index can use. */
export function longestLegibleRun(pattern: SerialPattern): string {
  let best = '';
  let current = '';
  for (const t of pattern.tokens) {
    if (t.kind === 'character') {
      current += t.folded;
      if (current.length > best.length) best = current;
    } else current = '';
  }
  return best;
}

/** Every representative a folded ASCII serial character can have: digits and letters, folded. */
export const FOLDED_ASCII = [
  ...new Set([...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map(foldCharacter)),
].sort();

/**
 * A pattern with no run of three legible characters cannot use a trigram index. When one `?` sits
 * between legible characters such that reading it as a definite character would make such a run,
 * the pattern is the union of those readings: one LIKE pattern per character of FOLDED_ASCII.
 * Serials with other characters (accented, Cyrillic…) are not covered by the readings and must be
 * searched separately (see storage: the folded serials outside [0-9A-Z]). Null when no `?` helps.
 */
export function expandedLikePatterns(pattern: SerialPattern): string[] | null {
  if (longestLegibleRun(pattern).length >= 3) return null;
  const tokens = pattern.tokens;
  const runAt = (from: number, step: 1 | -1) => {
    let length = 0;
    for (let i = from; i >= 0 && i < tokens.length && tokens[i]!.kind === 'character'; i += step) length++;
    return length;
  };
  let best = -1;
  let bestRun = 0;
  tokens.forEach((token, i) => {
    if (token.kind !== 'one') return;
    const run = runAt(i - 1, -1) + 1 + runAt(i + 1, 1);
    if (run > bestRun) {
      best = i;
      bestRun = run;
    }
  });
  if (bestRun < 3) return null;
  return FOLDED_ASCII.map((character) =>
    foldedLikePattern({
      ...pattern,
      tokens: tokens.map((t, i) => (i === best ? { kind: 'character', character, folded: character } : t)),
    }),
  );
}
