import { describe, expect, it } from 'vitest';
import type { Instant } from '../shared/brand';
import { addMinutes } from '../shared/brand';
import {
  EMPTY_THROTTLE,
  isLocked,
  recordAccountFailure,
  recordFailure,
  secondsUntilUnlocked,
} from './sign-in-throttle';

const settings = { maxFailures: 5, windowMinutes: 15, lockoutMinutes: 15 };
const t0 = '2026-11-28T06:00:00.000Z' as Instant;

describe('sign-in throttle', () => {
  it('locks on the fifth failure within the window, for the lockout period', () => {
    let state = EMPTY_THROTTLE;
    for (let i = 0; i < 4; i++) {
      const result = recordFailure(state, addMinutes(t0, i), settings);
      expect(result.lockedNow).toBe(false);
      state = result.state;
    }
    const fifth = recordFailure(state, addMinutes(t0, 4), settings);
    expect(fifth.lockedNow).toBe(true);
    expect(isLocked(fifth.state, addMinutes(t0, 5))).toBe(true);
    expect(secondsUntilUnlocked(fifth.state, addMinutes(t0, 5))).toBe(14 * 60);
    expect(isLocked(fifth.state, addMinutes(t0, 20))).toBe(false);
  });

  it('starts counting again when the window has passed', () => {
    let state = EMPTY_THROTTLE;
    for (let i = 0; i < 4; i++) state = recordFailure(state, t0, settings).state;
    const later = recordFailure(state, addMinutes(t0, 30), settings);
    expect(later.lockedNow).toBe(false);
    expect(later.state.failures).toBe(1);
  });
});

describe('per-account throttle', () => {
  it('lets the first failures through, then doubles the wait up to the ceiling', () => {
    let state = EMPTY_THROTTLE;
    const delays: number[] = [];
    const notices: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      const result = recordAccountFailure(state, addMinutes(t0, i / 10));
      delays.push(result.delaySeconds);
      notices.push(result.throttledNow);
      state = result.state;
    }
    expect(delays).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(notices.filter(Boolean)).toHaveLength(1);
    // Never a lockout longer than the ceiling: the holder can always try again within a minute.
    expect(secondsUntilUnlocked(state, addMinutes(t0, 1.1))).toBeLessThanOrEqual(60);
  });
});
