import { describe, expect, it } from 'vitest';
import type { Instant } from '../shared/brand';
import { judgeSession, needsTouch } from './session-policy';

const limits = { idleMinutes: 30, absoluteMinutes: 12 * 60 };
const created = '2026-11-28T06:00:00.000Z' as Instant;

describe('session policy', () => {
  it('keeps a session that was used recently and is young', () => {
    expect(
      judgeSession(
        { createdAt: created, lastSeenAt: created },
        limits,
        '2026-11-28T06:29:59.000Z' as Instant,
      ),
    ).toEqual({ valid: true });
  });

  it('ends a session idle for the idle period', () => {
    expect(
      judgeSession(
        { createdAt: created, lastSeenAt: created },
        limits,
        '2026-11-28T06:30:00.000Z' as Instant,
      ),
    ).toEqual({
      valid: false,
      reason: 'IDLE_TIMEOUT',
    });
  });

  it('ends a busy session at its absolute lifetime', () => {
    const at = '2026-11-28T18:00:00.000Z' as Instant;
    expect(
      judgeSession({ createdAt: created, lastSeenAt: '2026-11-28T17:59:00.000Z' as Instant }, limits, at),
    ).toEqual({
      valid: false,
      reason: 'ABSOLUTE_TIMEOUT',
    });
  });

  it('touches the session at most once a minute', () => {
    expect(
      needsTouch({ createdAt: created, lastSeenAt: created }, '2026-11-28T06:00:59.000Z' as Instant),
    ).toBe(false);
    expect(
      needsTouch({ createdAt: created, lastSeenAt: created }, '2026-11-28T06:01:00.000Z' as Instant),
    ).toBe(true);
  });
});
