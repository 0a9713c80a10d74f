import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import { z } from 'zod';
import { OrganisationParams } from '../../contracts/armoury';
import {
  AcknowledgeIncidentRequest,
  ClockSettings,
  ClockSettingsList,
  ClockSettingsParams,
  CloseIncidentRequest,
  CreateIncidentRequest,
  DiscrepancyIncidentRequest,
  DiscrepancyParams,
  FirearmStatusWritten,
  InboxQuery,
  IncidentDetail,
  IncidentList,
  IncidentMessageRequest,
  IncidentParams,
  IncidentWebhookSettings,
  IncidentWritten,
  ListIncidentsQuery,
  MarkedRead,
  Notification,
  NotificationList,
  NotificationParams,
  NotificationsQuery,
  OpenDiscrepancy,
  OpenDiscrepancyList,
  RecordOutcomeRequest,
  RecoverFirearmRequest,
  ResolveDiscrepancyRequest,
  SeizeFirearmRequest,
  SubmitFollowUpRequest,
  UpdateClockSettingsRequest,
  UpdateIncidentWebhookSettingsRequest,
} from '../../contracts/incidents';
import type { Context } from '../../use-cases/context';
import {
  fileIncidentForDiscrepancy,
  listOpenDiscrepancies,
  resolveDiscrepancy,
} from '../../use-cases/incidents/discrepancies';
import { fileIncident } from '../../use-cases/incidents/file-incident';
import {
  acknowledgeIncident,
  answerRegulator,
  closeIncident,
  recordOutcome,
  requestInformation,
  submitFollowUp,
} from '../../use-cases/incidents/incident-actions';
import { renderIncidentReport } from '../../use-cases/incidents/incident-report';
import {
  listClockSettings,
  readIncidentWebhookSettings,
  updateClockSettings,
  updateIncidentWebhookSettings,
} from '../../use-cases/incidents/incident-settings';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../use-cases/incidents/notifications';
import {
  listInbox,
  listIncidents,
  readIncident,
  regulatorOverview,
} from '../../use-cases/incidents/read-incidents';
import { recoverFirearm, seizeFirearm } from '../../use-cases/incidents/recover-firearm';
import { toLedgerEntry } from '../../use-cases/registry/present-registry';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

const tags = ['incidents'];
const PdfQuery = z.object({ language: z.enum(['es', 'en']).default('es') });

/** Incidents (issue #6): filing, the thread with the regulator, clocks, discrepancies, recovery and seizure, notifications. */
export function incidentRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/organisations/:id';
    const one = `${base}/incidents/:incidentId`;

    app.get(
      `${base}/incidents`,
      {
        schema: {
          tags,
          summary: 'The company’s incidents with their statutory clocks',
          params: OrganisationParams,
          querystring: ListIncidentsQuery,
          response: withErrors({ 200: IncidentList }),
        },
      },
      async (request) => listIncidents(ctx, actorOf(request), request.params.id, request.query),
    );
    app.post(
      `${base}/incidents`,
      {
        schema: {
          tags,
          summary:
            'File an incident (ICoC para 63); missing weapons are reported lost or stolen in the ledger and the regulator is notified',
          params: OrganisationParams,
          body: CreateIncidentRequest,
          response: withErrors({ 201: IncidentWritten }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { incidentId, entries } = await fileIncident(ctx, actor, request.params.id, request.body);
        const incident = await readIncident(ctx, actor, request.params.id, incidentId);
        return reply.code(201).send({ incident, entries: entries.map((e) => toLedgerEntry(e)) });
      },
    );
    app.get(
      one,
      {
        schema: {
          tags,
          summary: 'An incident with its weapons, rounds, people, clocks and thread',
          params: IncidentParams,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) => readIncident(ctx, actorOf(request), request.params.id, request.params.incidentId),
    );
    app.post(
      `${one}/follow-up`,
      {
        schema: {
          tags,
          summary: 'Submit the follow-up report (stops the follow-up clock)',
          params: IncidentParams,
          body: SubmitFollowUpRequest,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        submitFollowUp(ctx, actorOf(request), request.params.id, request.params.incidentId, request.body),
    );
    app.post(
      `${one}/answers`,
      {
        schema: {
          tags,
          summary: 'The company answers the regulator in the incident’s thread',
          params: IncidentParams,
          body: IncidentMessageRequest,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        answerRegulator(ctx, actorOf(request), request.params.id, request.params.incidentId, request.body),
    );
    app.post(
      `${one}/acknowledge`,
      {
        schema: {
          tags,
          summary: 'The regulator acknowledges the incident',
          params: IncidentParams,
          body: AcknowledgeIncidentRequest.optional(),
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        acknowledgeIncident(ctx, actorOf(request), request.params.id, request.params.incidentId),
    );
    app.post(
      `${one}/request-information`,
      {
        schema: {
          tags,
          summary: 'The regulator asks the company for information (the company is notified)',
          params: IncidentParams,
          body: IncidentMessageRequest,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        requestInformation(ctx, actorOf(request), request.params.id, request.params.incidentId, request.body),
    );
    app.post(
      `${one}/outcome`,
      {
        schema: {
          tags,
          summary: 'The regulator records its finding and decision',
          params: IncidentParams,
          body: RecordOutcomeRequest,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        recordOutcome(ctx, actorOf(request), request.params.id, request.params.incidentId, request.body),
    );
    app.post(
      `${one}/close`,
      {
        schema: {
          tags,
          summary: 'The regulator closes the incident',
          params: IncidentParams,
          body: CloseIncidentRequest,
          response: withErrors({ 200: IncidentDetail }),
        },
      },
      async (request) =>
        closeIncident(ctx, actorOf(request), request.params.id, request.params.incidentId, request.body),
    );
    app.get(
      `${one}/report.pdf`,
      {
        schema: {
          tags,
          summary: 'The incident report (PDF)',
          params: IncidentParams,
          querystring: PdfQuery,
        },
      },
      async (request, reply) => {
        const { pdf, reference } = await renderIncidentReport(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.incidentId,
          request.query.language,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('inline', `${reference}.pdf`))
          .send(pdf);
      },
    );
    app.post(
      `${base}/incidents/recoveries`,
      {
        schema: {
          tags,
          summary: 'A lost, stolen or seized weapon recovered: where, when, by whom and who keeps it',
          params: OrganisationParams,
          body: RecoverFirearmRequest,
          response: withErrors({ 201: FirearmStatusWritten }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await recoverFirearm(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      `${base}/incidents/seizures`,
      {
        schema: {
          tags,
          summary: 'The licensing regulator records a weapon seized by the authorities',
          params: OrganisationParams,
          body: SeizeFirearmRequest,
          response: withErrors({ 201: FirearmStatusWritten }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await seizeFirearm(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      `${base}/discrepancies`,
      {
        schema: {
          tags,
          summary: 'Open discrepancies of returns and counts, each to become an incident or be resolved',
          params: OrganisationParams,
          response: withErrors({ 200: OpenDiscrepancyList }),
        },
      },
      async (request) => listOpenDiscrepancies(ctx, actorOf(request), request.params.id),
    );
    app.post(
      `${base}/discrepancies/:source/:discrepancyId/incident`,
      {
        schema: {
          tags,
          summary: 'File the incident a discrepancy reports (its weapon and rounds are included)',
          params: DiscrepancyParams,
          body: DiscrepancyIncidentRequest,
          response: withErrors({ 201: IncidentWritten }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await fileIncidentForDiscrepancy(
              ctx,
              actorOf(request),
              request.params.id,
              request.params.source,
              request.params.discrepancyId,
              request.body,
            ),
          ),
    );
    app.post(
      `${base}/discrepancies/:source/:discrepancyId/resolve`,
      {
        schema: {
          tags,
          summary: 'Resolve a discrepancy with a written reason (no incident)',
          params: DiscrepancyParams,
          body: ResolveDiscrepancyRequest,
          response: withErrors({ 200: OpenDiscrepancy }),
        },
      },
      async (request) =>
        resolveDiscrepancy(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.source,
          request.params.discrepancyId,
          request.body,
        ),
    );

    // The regulator's side
    app.get(
      '/incidents/inbox',
      {
        schema: {
          tags,
          summary: 'Incidents of the companies the regulator licenses (administrators: all)',
          querystring: InboxQuery,
          response: withErrors({ 200: IncidentList }),
        },
      },
      async (request) => listInbox(ctx, actorOf(request), request.query),
    );
    app.get(
      '/incidents/overview',
      {
        schema: {
          tags,
          summary:
            'Incidents whose notification came late or is overdue, or whose follow-up is late or overdue',
          response: withErrors({ 200: IncidentList }),
        },
      },
      async (request) => regulatorOverview(ctx, actorOf(request)),
    );
    app.get(
      '/incidents/clock-settings',
      {
        schema: {
          tags,
          summary: 'Statutory clocks per country (notify within hours, follow-up within days)',
          response: withErrors({ 200: ClockSettingsList }),
        },
      },
      async (request) => listClockSettings(ctx, actorOf(request)),
    );
    app.put(
      '/incidents/clock-settings/:countryCode',
      {
        schema: {
          tags,
          summary: 'Set a country’s statutory clocks (administrators; the country’s regulator)',
          params: ClockSettingsParams,
          body: UpdateClockSettingsRequest,
          response: withErrors({ 200: ClockSettings }),
        },
      },
      async (request) => updateClockSettings(ctx, actorOf(request), request.params.countryCode, request.body),
    );
    app.get(
      '/incidents/webhook-settings',
      {
        schema: {
          tags,
          summary: 'The regulator’s webhook for new incidents',
          response: withErrors({ 200: IncidentWebhookSettings }),
        },
      },
      async (request) => readIncidentWebhookSettings(ctx, actorOf(request)),
    );
    app.put(
      '/incidents/webhook-settings',
      {
        schema: {
          tags,
          summary: 'Set the regulator’s webhook for new incidents (signed with HMAC-SHA256)',
          body: UpdateIncidentWebhookSettingsRequest,
          response: withErrors({ 200: IncidentWebhookSettings }),
        },
      },
      async (request) => updateIncidentWebhookSettings(ctx, actorOf(request), request.body),
    );

    // Notifications of the signed-in user
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'The caller’s notifications, newest first',
          querystring: NotificationsQuery,
          response: withErrors({ 200: NotificationList }),
        },
      },
      async (request) => listNotifications(ctx, actorOf(request), request.query),
    );
    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark every notification of the caller read',
          response: withErrors({ 200: MarkedRead }),
        },
      },
      async (request) => markAllNotificationsRead(ctx, actorOf(request)),
    );
    app.post(
      '/notifications/:notificationId/read',
      {
        schema: {
          tags,
          summary: 'Mark one of the caller’s notifications read',
          params: NotificationParams,
          response: withErrors({ 200: Notification }),
        },
      },
      async (request) => markNotificationRead(ctx, actorOf(request), request.params.notificationId),
    );
  };
}
