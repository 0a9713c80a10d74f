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

/*
 * Per-account throttling (issue #15, OWASP ASVS 2.2.1 and the Authentication Cheat Sheet's
 * "account lockout" advice): the hard lockout above applies to one account from one source address,
 * so nobody can lock an account holder out from elsewhere. Across all addresses an account's
 * failures only slow attempts down: after a few free failures each further one makes the next
 * attempt wait twice as long as the last, up to a short ceiling — guessing from many addresses is
 * slowed to one try per ceiling, while the holder waits at most that long.
 */
export interface AccountThrottleSettings {
  /** Failures allowed in the window before any delay. */
  readonly freeFailures: number;
  readonly windowMinutes: number;
  readonly firstDelaySeconds: number;
  readonly maxDelaySeconds: number;
}

export const ACCOUNT_THROTTLE: AccountThrottleSettings = {
  freeFailures: 3,
  windowMinutes: 15,
  firstDelaySeconds: 1,
  maxDelaySeconds: 60,
};

/** One more failure on an account: the next attempt waits `delaySeconds` (0 while failures are free). */
export function recordAccountFailure(
  state: ThrottleState,
  at: Instant,
  settings: AccountThrottleSettings = ACCOUNT_THROTTLE,
): { state: ThrottleState; delaySeconds: number; throttledNow: boolean } {
  const windowOpen =
    state.windowStartedAt !== null && addMinutes(state.windowStartedAt, settings.windowMinutes) > at;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : at;
  const over = failures - settings.freeFailures;
  if (over <= 0)
    return { state: { failures, windowStartedAt, lockedUntil: null }, delaySeconds: 0, throttledNow: false };
  const delaySeconds = Math.min(settings.firstDelaySeconds * 2 ** (over - 1), settings.maxDelaySeconds);
  const lockedUntil = new Date(Date.parse(at) + delaySeconds * 1000).toISOString() as Instant;
  return { state: { failures, windowStartedAt, lockedUntil }, delaySeconds, throttledNow: over === 1 };
}
