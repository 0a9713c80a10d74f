import type { Instant } from '../shared/brand';
import { addMinutes } from '../shared/brand';

/**
 * Temporary lockout after repeated failed sign-ins (OWASP ASVS 2.2.1). Counted per e-mail address
 * whether or not an account exists, so the answer never tells an attacker which addresses are real.
 */
export interface ThrottleSettings {
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockoutMinutes: number;
}

export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: Instant | null;
  readonly lockedUntil: Instant | null;
}

export const EMPTY_THROTTLE: ThrottleState = { failures: 0, windowStartedAt: null, lockedUntil: null };

export function isLocked(state: ThrottleState, at: Instant): boolean {
  return state.lockedUntil !== null && state.lockedUntil > at;
}

export function secondsUntilUnlocked(state: ThrottleState, at: Instant): number {
  if (!isLocked(state, at) || state.lockedUntil === null) return 0;
  return Math.ceil((Date.parse(state.lockedUntil) - Date.parse(at)) / 1000);
}

/** The state after one more failure, and whether this failure started a lockout. */
export function recordFailure(
  state: ThrottleState,
  at: Instant,
  settings: ThrottleSettings,
): { state: ThrottleState; lockedNow: boolean } {
  const windowOpen =
    state.windowStartedAt !== null && addMinutes(state.windowStartedAt, settings.windowMinutes) > at;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : at;
  if (failures >= settings.maxFailures) {
    return {
      state: { failures: 0, windowStartedAt: null, lockedUntil: addMinutes(at, settings.lockoutMinutes) },
      lockedNow: true,
    };
  }
  return { state: { failures, windowStartedAt, lockedUntil: null }, lockedNow: false };
}
