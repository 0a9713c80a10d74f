import { sweepOverdue } from '../use-cases/armoury/overdue-alerts';
import type { Context } from '../use-cases/context';
import { deliverPendingIncidentWebhooks } from '../use-cases/incidents/incident-webhook';
import type { ScheduleSettings } from './config';
import type { BackgroundJob } from './scheduler';

/** Everything the server repeats while it runs, with the interval its setting gives. */
export function backgroundJobs(ctx: Context, schedule: ScheduleSettings): BackgroundJob[] {
  return [
    // `custodia armoury sweep-overdue` runs the same sweep from cron.
    { name: 'overdue sweep', everySeconds: schedule.overdueSweepSeconds, run: () => sweepOverdue(ctx) },
    // Failed incident webhooks are retried 1, 5, 15 and 60 minutes after each failure.
    {
      name: 'incident webhook retry',
      everySeconds: schedule.incidentWebhookSeconds,
      run: () => deliverPendingIncidentWebhooks(ctx),
    },
  ];
}
