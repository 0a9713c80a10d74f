import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_TARGETS, dueAt, responseClock } from './response-clock';

describe('the response clock of a trace request', () => {
  it('is due 24 hours after an urgent request and 5 days after a routine one by default', () => {
    expect(dueAt('2026-11-29T08:00:00.000Z', 'urgent', DEFAULT_RESPONSE_TARGETS)).toBe(
      '2026-11-30T08:00:00.000Z',
    );
    expect(dueAt('2026-11-29T08:00:00.000Z', 'routine', DEFAULT_RESPONSE_TARGETS)).toBe(
      '2026-12-04T08:00:00.000Z',
    );
  });

  it('follows the regulator’s own targets', () => {
    expect(dueAt('2026-11-29T08:00:00.000Z', 'urgent', { urgentHours: 4, routineHours: 48 })).toBe(
      '2026-11-29T12:00:00.000Z',
    );
  });

  it('turns overdue once the due time has passed without an answer', () => {
    const request = { dueAt: '2026-11-30T08:00:00.000Z', answeredAt: null };
    expect(responseClock(request, '2026-11-30T07:30:00.000Z')).toEqual({
      dueAt: request.dueAt,
      isOverdue: false,
      wasAnsweredLate: false,
      hoursLeft: 0.5,
    });
    expect(responseClock(request, '2026-11-30T10:00:00.000Z').isOverdue).toBe(true);
  });

  it('says whether an answered request was answered late, and is never overdue once answered', () => {
    const late = responseClock(
      { dueAt: '2026-11-30T08:00:00.000Z', answeredAt: '2026-11-30T09:00:00.000Z' },
      '2026-12-10T00:00:00.000Z',
    );
    expect(late).toMatchObject({ isOverdue: false, wasAnsweredLate: true, hoursLeft: null });
  });
});
