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
