import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraceRequest } from '../../../contracts/tracing';

/** The response clock of a request: hours left, overdue, or answered on time or late. */
export function ClockBadge({ request }: { request: TraceRequest }) {
  const { t } = useTranslation();
  const { clock } = request;
  if (request.status === 'answered')
    return (
      <Badge color={clock.wasAnsweredLate ? 'orange' : 'teal'} variant="light">
        {clock.wasAnsweredLate ? t('tracing.clock.answeredLate') : t('tracing.clock.onTime')}
      </Badge>
    );
  if (clock.isOverdue)
    return (
      <Badge color="red" variant="filled" data-testid="clock-overdue">
        {t('tracing.clock.overdue')}
      </Badge>
    );
  return (
    <Badge color={request.urgency === 'urgent' ? 'orange' : 'blue'} variant="light">
      {t('tracing.clock.hoursLeft', { hours: Math.max(0, Math.floor(clock.hoursLeft ?? 0)) })}
    </Badge>
  );
}
