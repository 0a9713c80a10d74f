import { describe, expect, it } from 'vitest';
import {
  clockOf,
  DEFAULT_CLOCK_RULE,
  incidentClocks,
  incidentReference,
  needsRegulatorAttention,
} from './incident-clock';

const discovered = '2026-11-28T06:00:00.000Z';

describe('statutory clocks of an incident', () => {
  it('is pending before the deadline, with the hours left', () => {
    expect(clockOf(discovered, 24, null, '2026-11-28T18:00:00.000Z')).toEqual({
      status: 'pending',
      dueAt: '2026-11-29T06:00:00.000Z',
      doneAt: null,
      hoursLeft: 12,
    });
  });

  it('is overdue 25 hours after a discovery with no notification', () => {
    const clock = clockOf(discovered, 24, null, '2026-11-29T07:00:00.000Z');
    expect(clock.status).toBe('overdue');
    expect(clock.hoursLeft).toBe(-1);
  });

  it('is met when done on or before the deadline, late when after', () => {
    expect(clockOf(discovered, 24, '2026-11-29T06:00:00.000Z', '2026-12-30T00:00:00.000Z').status).toBe(
      'met',
    );
    const late = clockOf(discovered, 24, '2026-11-29T06:00:00.001Z', '2026-11-29T07:00:00.000Z');
    expect(late).toMatchObject({ status: 'late', doneAt: '2026-11-29T06:00:00.001Z', hoursLeft: null });
  });

  it('runs both clocks from the discovery: 24 hours and 10 days by default', () => {
    const clocks = incidentClocks(
      {
        discoveredAt: discovered,
        regulatorNotifiedAt: '2026-11-28T08:00:00.000Z',
        followUpSubmittedAt: null,
      },
      DEFAULT_CLOCK_RULE,
      '2026-12-08T07:00:00.000Z',
    );
    expect(clocks.notification).toMatchObject({ status: 'met', dueAt: '2026-11-29T06:00:00.000Z' });
    expect(clocks.followUp).toMatchObject({ status: 'overdue', dueAt: '2026-12-08T06:00:00.000Z' });
    expect(needsRegulatorAttention(clocks)).toBe(true);
  });

  it('follows the country rule (Peru: 48 hours)', () => {
    const clocks = incidentClocks(
      {
        discoveredAt: discovered,
        regulatorNotifiedAt: '2026-11-29T20:00:00.000Z',
        followUpSubmittedAt: null,
      },
      { notifyWithinHours: 48, followUpWithinDays: 10 },
      '2026-11-29T20:00:00.000Z',
    );
    expect(clocks.notification.status).toBe('met');
    expect(needsRegulatorAttention(clocks)).toBe(false);
  });

  it('numbers incidents per organisation and year', () => {
    expect(incidentReference('SEGUR', 2026, 7)).toBe('SEGUR-INC-2026-0007');
    expect(incidentReference('PSC-ANDINA', 2027, 12345)).toBe('PSC-ANDINA-INC-2027-12345');
  });
});
