import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentClock as Clock } from '../../../contracts/incidents';
import { useFormatters } from '../../i18n/format';
import { StatusPill } from '../registry/status-pill';

const COLOR: Record<Clock['status'], string> = {
  pending: 'blue',
  met: 'green',
  late: 'orange',
  overdue: 'red',
};

export type ClockName = 'notification' | 'followUp';

/** A statutory clock's state as a pill (due, met, late, overdue) with the hours left or past. */
export function ClockPill({ clock, name }: { clock: Clock; name: ClockName }) {
  const { t } = useTranslation();
  const state = t(`incidents.clocks.states.${clock.status}`);
  const hours = clock.hoursLeft === null ? null : Math.floor(Math.abs(clock.hoursLeft));
  // Beyond two days, days read better than hours (a follow-up report is due in ten).
  const detail =
    hours === null
      ? null
      : clock.status === 'pending'
        ? hours > 48
          ? t('incidents.clocks.dueInDays', { count: Math.floor(hours / 24) })
          : t('incidents.clocks.dueIn', { hours })
        : clock.status === 'overdue'
          ? hours > 48
            ? t('incidents.clocks.overdueByDays', { count: Math.floor(hours / 24) })
            : t('incidents.clocks.overdueBy', { hours })
          : null;
  return (
    <span
      data-testid={`clock-${name}`}
      data-state={clock.status}
      title={t(`incidents.clocks.${name}`)}
      style={{ whiteSpace: 'nowrap' }}
    >
      <StatusPill label={detail ?? state} color={COLOR[clock.status]} />
    </span>
  );
}

/** A clock with its name, its deadline and when it was met, for the incident's page. */
export function ClockBlock({ clock, name }: { clock: Clock; name: ClockName }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t(`incidents.clocks.${name}`)}
      </Text>
      <ClockPill clock={clock} name={name} />
      <Text size="sm" c="dimmed">
        {t('incidents.clocks.dueAt', { date: format.dateTime(clock.dueAt) })}
      </Text>
      {clock.doneAt ? (
        <Text size="sm" c="dimmed">
          {t('incidents.clocks.doneAt', { date: format.dateTime(clock.doneAt) })}
        </Text>
      ) : null}
    </Stack>
  );
}
