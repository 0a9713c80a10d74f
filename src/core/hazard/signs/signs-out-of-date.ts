import type { SignCode } from './sign-code';

const isFireDivision = (code: SignCode) => code.startsWith('fire-division-');
const isPlacard = (code: SignCode) => code.startsWith('class-1-');

/**
 * Issue 5: a store's signs are out of date when its fire division or its hazard placard (HD and CG)
 * differs from what was last posted, or when it holds ammunition and nothing was ever posted. An empty
 * store needs no sign, so it is never out of date. Supplementary signs do not decide it: they follow
 * from an example table (supplementary-signs.ts), not from a source.
 */
export function areSignsOutOfDate(
  required: readonly SignCode[],
  lastPosted: readonly SignCode[] | null,
): boolean {
  if (required.length === 0) return false;
  if (lastPosted === null) return true;
  for (const matches of [isFireDivision, isPlacard]) {
    const needed = required.filter(matches);
    const posted = lastPosted.filter(matches);
    if (needed.some((code) => !posted.includes(code))) return true;
    if (posted.some((code) => !needed.includes(code))) return true;
  }
  return false;
}
