import { describe, expect, it } from 'vitest';
import { areSignsOutOfDate } from './signs-out-of-date';

const required = ['fire-division-4', 'class-1-1.4S'];

describe('signs out of date (issue 5)', () => {
  it('is out of date when the store holds ammunition and nothing was ever posted', () => {
    expect(areSignsOutOfDate(required, null)).toBe(true);
  });

  it('is never out of date for an empty store', () => {
    expect(areSignsOutOfDate([], null)).toBe(false);
    expect(areSignsOutOfDate([], ['fire-division-1'])).toBe(false);
  });

  it('is up to date when the last posting carries the fire division and the placard, in any order', () => {
    expect(areSignsOutOfDate(required, ['class-1-1.4S', 'fire-division-4'])).toBe(false);
  });

  it('is out of date when the fire division differs', () => {
    expect(areSignsOutOfDate(['fire-division-3', 'class-1-1.3C'], ['fire-division-4', 'class-1-1.3C'])).toBe(
      true,
    );
  });

  it('is out of date when the placard differs, even with the same fire division (1.4S → 1.4C)', () => {
    expect(areSignsOutOfDate(['fire-division-4', 'class-1-1.4C'], required)).toBe(true);
  });

  it('is out of date when a posting lacks the placard, or carries a stale one beside the right one', () => {
    expect(areSignsOutOfDate(required, ['fire-division-4'])).toBe(true);
    expect(areSignsOutOfDate(required, [...required, 'class-1-1.3C'])).toBe(true);
  });

  it('does not turn on supplementary signs (their table is an example)', () => {
    expect(areSignsOutOfDate([...required, 'apply-no-water'], required)).toBe(false);
  });
});
