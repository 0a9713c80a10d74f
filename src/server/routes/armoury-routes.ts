import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import { z } from 'zod';
import {
  AlertList,
  AlertParams,
  ArmourySettings,
  ClientList,
  CloseCountRequest,
  CloseMaintenanceRequest,
  CountDiscrepancyParams,
  CountDueList,
  CountParams,
  CountPolicyList,
  CountSession,
  CountSessionList,
  Created,
  CreateClientRequest,
  CreatePersonnelRequest,
  CreatePostRequest,
  CreateSiteRequest,
  DiscrepancyList,
  IssueCheck,
  IssueCheckRequest,
  IssueFirearmRequest,
  IssueList,
  IssueParams,
  IssueRecord,
  IssueWritten,
  LabelsQuery,
  ListCountsQuery,
  ListIssuesQuery,
  ListMaintenanceQuery,
  ListPersonnelQuery,
  LookupQuery,
  LookupResult,
  MaintenanceJob,
  MaintenanceList,
  MaintenanceParams,
  OpenMaintenanceRequest,
  OperatingAuthorisation,
  OperatingAuthorisationInput,
  OrganisationParams,
  OverrideList,
  Personnel,
  PersonnelDetail,
  PersonnelList,
  PersonnelParams,
  QualificationInput,
  RecordCountRequest,
  ResolveCountDiscrepancyRequest,
  ReturnFirearmRequest,
  ReturnWritten,
  SetCountPoliciesRequest,
  StartCountRequest,
  SweepResult,
  UpdateArmourySettingsRequest,
  UpdatePersonnelRequest,
} from '../../contracts/armoury';
import { PageQuery } from '../../contracts/common';
import {
  acknowledgeAlert,
  listAlerts,
  sweepOverdueForOrganisation,
} from '../../use-cases/armoury/overdue-alerts';
import { readArmourySettings, updateArmourySettings } from '../../use-cases/armoury/armoury-settings';
import { createClient, createPost, createSite, listClients } from '../../use-cases/armoury/clients';
import {
  closeCount,
  recordCount,
  resolveCountDiscrepancy,
  startCount,
  submitCount,
} from '../../use-cases/armoury/count-sessions';
import { listCountPolicies, listCountsDue, setCountPolicies } from '../../use-cases/armoury/count-policies';
import { listCounts, readCount } from '../../use-cases/armoury/read-counts';
import { checkIssue, issueFirearm } from '../../use-cases/armoury/issue-firearm';
import { renderLabels } from '../../use-cases/armoury/labels';
import { lookupCode } from '../../use-cases/armoury/lookup';
import { closeMaintenance, listMaintenance, openMaintenance } from '../../use-cases/armoury/maintenance';
import {
  readOperatingAuthorisation,
  setOperatingAuthorisation,
} from '../../use-cases/armoury/operating-authorisation';
import {
  addQualification,
  createPersonnel,
  listPersonnel,
  readPersonnel,
  updatePersonnel,
} from '../../use-cases/armoury/personnel';
import { listDiscrepancies, listIssues, listOverrides, readIssue } from '../../use-cases/armoury/read-issues';
import { renderCountReport, renderIssueReceipt } from '../../use-cases/armoury/documents';
import { returnFirearm } from '../../use-cases/armoury/return-firearm';
import type { Context } from '../../use-cases/context';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

const tags = ['armoury'];

/** Armoury operations (issue #4): every path names the company as /organisations/{id}. */
export function armouryRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/organisations/:id';

    // Personnel
    app.get(
      `${base}/personnel`,
      {
        schema: {
          tags,
          summary: 'Personnel of a company (guards, escorts, supervisors, armourers)',
          params: OrganisationParams,
          querystring: ListPersonnelQuery,
          response: withErrors({ 200: PersonnelList }),
        },
      },
      async (request) => listPersonnel(ctx, actorOf(request), request.params.id, request.query),
    );
    app.post(
      `${base}/personnel`,
      {
        schema: {
          tags,
          summary: 'Add a person (badge QR identifier generated)',
          params: OrganisationParams,
          body: CreatePersonnelRequest,
          response: withErrors({ 201: Personnel }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createPersonnel(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      `${base}/personnel/:personnelId`,
      {
        schema: {
          tags,
          summary: 'One person with qualifications and the weapons they hold now',
          params: PersonnelParams,
          response: withErrors({ 200: PersonnelDetail }),
        },
      },
      async (request) => readPersonnel(ctx, actorOf(request), request.params.id, request.params.personnelId),
    );
    app.put(
      `${base}/personnel/:personnelId`,
      {
        schema: {
          tags,
          summary: 'Change a person (status, licence, role, photo, linked user)',
          params: PersonnelParams,
          body: UpdatePersonnelRequest,
          response: withErrors({ 200: Personnel }),
        },
      },
      async (request) =>
        updatePersonnel(ctx, actorOf(request), request.params.id, request.params.personnelId, request.body),
    );
    app.post(
      `${base}/personnel/:personnelId/qualifications`,
      {
        schema: {
          tags,
          summary: 'Record a training or qualification result',
          params: PersonnelParams,
          body: QualificationInput,
          response: withErrors({ 201: PersonnelDetail }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await addQualification(
              ctx,
              actorOf(request),
              request.params.id,
              request.params.personnelId,
              request.body,
            ),
          ),
    );

    // Clients, sites, posts
    app.get(
      `${base}/clients`,
      {
        schema: {
          tags,
          summary: 'Clients with their sites and posts',
          params: OrganisationParams,
          response: withErrors({ 200: ClientList }),
        },
      },
      async (request) => ({ items: await listClients(ctx, actorOf(request), request.params.id) }),
    );
    app.post(
      `${base}/clients`,
      {
        schema: {
          tags,
          summary: 'Add a client',
          params: OrganisationParams,
          body: CreateClientRequest,
          response: withErrors({ 201: Created }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createClient(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      `${base}/sites`,
      {
        schema: {
          tags,
          summary: 'Add a site of a client',
          params: OrganisationParams,
          body: CreateSiteRequest,
          response: withErrors({ 201: Created }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createSite(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      `${base}/posts`,
      {
        schema: {
          tags,
          summary: 'Add a guard post at a site, with the weapons and rounds it may carry',
          params: OrganisationParams,
          body: CreatePostRequest,
          response: withErrors({ 201: Created }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createPost(ctx, actorOf(request), request.params.id, request.body)),
    );

    // Authorisation and settings
    app.get(
      `${base}/operating-authorisation`,
      {
        schema: {
          tags,
          summary: "The company's operating authorisation",
          params: OrganisationParams,
          response: withErrors({ 200: OperatingAuthorisation }),
        },
      },
      async (request) => readOperatingAuthorisation(ctx, actorOf(request), request.params.id),
    );
    app.put(
      `${base}/operating-authorisation`,
      {
        schema: {
          tags,
          summary: 'Record the operating authorisation (its licensing regulator or an administrator)',
          params: OrganisationParams,
          body: OperatingAuthorisationInput,
          response: withErrors({ 200: OperatingAuthorisation }),
        },
      },
      async (request) => setOperatingAuthorisation(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      `${base}/armoury-settings`,
      {
        schema: {
          tags,
          summary: 'Armoury settings with the country defaults they override',
          params: OrganisationParams,
          response: withErrors({ 200: ArmourySettings }),
        },
      },
      async (request) => readArmourySettings(ctx, actorOf(request), request.params.id),
    );
    app.put(
      `${base}/armoury-settings`,
      {
        schema: {
          tags,
          summary: 'Change armoury settings (null restores the country default)',
          params: OrganisationParams,
          body: UpdateArmourySettingsRequest,
          response: withErrors({ 200: ArmourySettings }),
        },
      },
      async (request) => updateArmourySettings(ctx, actorOf(request), request.params.id, request.body),
    );

    // Issue and return
    app.post(
      `${base}/armoury/issue-checks`,
      {
        schema: {
          tags,
          summary: 'What an issue would be refused for, without writing anything',
          params: OrganisationParams,
          body: IssueCheckRequest,
          response: withErrors({ 200: IssueCheck }),
        },
      },
      async (request) => checkIssue(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      `${base}/armoury/issues`,
      {
        schema: {
          tags,
          summary:
            'Issue a weapon and rounds to a guard (ledger entries); refused: 409 CONFLICT, details.refusals',
          params: OrganisationParams,
          body: IssueFirearmRequest,
          response: withErrors({ 201: IssueWritten, 200: IssueWritten }),
        },
      },
      async (request, reply) => {
        const written = await issueFirearm(ctx, actorOf(request), request.params.id, request.body);
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.post(
      `${base}/armoury/returns`,
      {
        schema: {
          tags,
          summary: 'Return a weapon and rounds (ledger entry)',
          params: OrganisationParams,
          body: ReturnFirearmRequest,
          response: withErrors({ 201: ReturnWritten, 200: ReturnWritten }),
        },
      },
      async (request, reply) => {
        const written = await returnFirearm(ctx, actorOf(request), request.params.id, request.body);
        return reply.code(written.replayed ? 200 : 201).send(written);
      },
    );
    app.get(
      `${base}/armoury/issues`,
      {
        schema: {
          tags,
          summary: 'Weapons-out board (status=out) and issue history, with overdue flags',
          params: OrganisationParams,
          querystring: ListIssuesQuery,
          response: withErrors({ 200: IssueList }),
        },
      },
      async (request) => listIssues(ctx, actorOf(request), request.params.id, request.query),
    );
    app.get(
      `${base}/armoury/issues/:issueId`,
      {
        schema: {
          tags,
          summary: 'One issue',
          params: IssueParams,
          response: withErrors({ 200: IssueRecord }),
        },
      },
      async (request) => readIssue(ctx, actorOf(request), request.params.id, request.params.issueId),
    );
    app.get(
      `${base}/armoury/issues/:issueId/receipt.pdf`,
      {
        schema: {
          tags,
          summary: 'Receipt of an issue, or of its return when returned (PDF)',
          params: IssueParams,
          querystring: z.object({
            of: z.enum(['issue', 'return']).default('issue'),
            lang: z.enum(['es', 'en']).default('es'),
          }),
        },
      },
      async (request, reply) => {
        const document = await renderIssueReceipt(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.issueId,
          request.query.of,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('inline', document.fileName))
          .send(document.pdf);
      },
    );
    app.get(
      `${base}/armoury/overrides`,
      {
        schema: {
          tags,
          summary: 'Supervisor overrides of refused issues (the regulator reads these)',
          params: OrganisationParams,
          querystring: PageQuery,
          response: withErrors({ 200: OverrideList }),
        },
      },
      async (request) => listOverrides(ctx, actorOf(request), request.params.id, request.query),
    );
    app.get(
      `${base}/armoury/discrepancies`,
      {
        schema: {
          tags,
          summary: 'Discrepancies opened by returns (discharges, unexplained shortfalls)',
          params: OrganisationParams,
          querystring: z.object({ status: z.enum(['open', 'closed', 'all']).default('open') }),
          response: withErrors({ 200: DiscrepancyList }),
        },
      },
      async (request) => listDiscrepancies(ctx, actorOf(request), request.params.id, request.query.status),
    );
    app.get(
      `${base}/armoury/alerts`,
      {
        schema: {
          tags,
          summary: 'In-app alerts: weapons not back by their expected time',
          params: OrganisationParams,
          querystring: z.object({ status: z.enum(['unacknowledged', 'all']).default('unacknowledged') }),
          response: withErrors({ 200: AlertList }),
        },
      },
      async (request) => listAlerts(ctx, actorOf(request), request.params.id, request.query.status),
    );
    app.post(
      `${base}/armoury/alerts/:alertId/acknowledgement`,
      {
        schema: {
          tags,
          summary: 'Acknowledge an alert',
          params: AlertParams,
          response: withErrors({ 200: z.object({ ok: z.literal(true) }) }),
        },
      },
      async (request) => {
        await acknowledgeAlert(ctx, actorOf(request), request.params.id, request.params.alertId);
        return { ok: true as const };
      },
    );
    app.post(
      `${base}/armoury/overdue-sweep`,
      {
        schema: {
          tags,
          summary: 'Look for overdue weapons now (the server also does this periodically)',
          params: OrganisationParams,
          response: withErrors({ 200: SweepResult }),
        },
      },
      async (request) => sweepOverdueForOrganisation(ctx, actorOf(request), request.params.id),
    );

    // Maintenance
    app.get(
      `${base}/armoury/maintenance`,
      {
        schema: {
          tags,
          summary: 'Maintenance queue',
          params: OrganisationParams,
          querystring: ListMaintenanceQuery,
          response: withErrors({ 200: MaintenanceList }),
        },
      },
      async (request) => listMaintenance(ctx, actorOf(request), request.params.id, request.query),
    );
    app.post(
      `${base}/armoury/maintenance`,
      {
        schema: {
          tags,
          summary: 'Send a weapon to maintenance (ledger entry)',
          params: OrganisationParams,
          body: OpenMaintenanceRequest,
          response: withErrors({ 201: MaintenanceJob }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await openMaintenance(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      `${base}/armoury/maintenance/:jobId/completion`,
      {
        schema: {
          tags,
          summary: 'Record the result of a maintenance job (ledger entry)',
          params: MaintenanceParams,
          body: CloseMaintenanceRequest,
          response: withErrors({ 200: MaintenanceJob }),
        },
      },
      async (request) =>
        closeMaintenance(ctx, actorOf(request), request.params.id, request.params.jobId, request.body),
    );

    // Stock counts
    app.get(
      `${base}/armoury/count-policies`,
      {
        schema: {
          tags,
          summary: 'Count policies of every facility',
          params: OrganisationParams,
          response: withErrors({ 200: CountPolicyList }),
        },
      },
      async (request) => ({ items: await listCountPolicies(ctx, actorOf(request), request.params.id) }),
    );
    app.put(
      `${base}/armoury/count-policies`,
      {
        schema: {
          tags,
          summary: "Set a facility's count policies",
          params: OrganisationParams,
          body: SetCountPoliciesRequest,
          response: withErrors({ 200: CountPolicyList }),
        },
      },
      async (request) => ({
        items: await setCountPolicies(ctx, actorOf(request), request.params.id, request.body),
      }),
    );
    app.get(
      `${base}/armoury/counts-due`,
      {
        schema: {
          tags,
          summary: 'Counts due and overdue under the policies',
          params: OrganisationParams,
          response: withErrors({ 200: CountDueList }),
        },
      },
      async (request) => ({ items: await listCountsDue(ctx, actorOf(request), request.params.id) }),
    );
    app.get(
      `${base}/armoury/counts`,
      {
        schema: {
          tags,
          summary: 'Count sessions',
          params: OrganisationParams,
          querystring: ListCountsQuery,
          response: withErrors({ 200: CountSessionList }),
        },
      },
      async (request) => listCounts(ctx, actorOf(request), request.params.id, request.query),
    );
    app.post(
      `${base}/armoury/counts`,
      {
        schema: {
          tags,
          summary: 'Start a count session',
          params: OrganisationParams,
          body: StartCountRequest,
          response: withErrors({ 201: CountSession }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await startCount(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      `${base}/armoury/counts/:countId`,
      {
        schema: {
          tags,
          summary: 'A count session (blind: no expected values while counting)',
          params: CountParams,
          response: withErrors({ 200: CountSession }),
        },
      },
      async (request) => readCount(ctx, actorOf(request), request.params.id, request.params.countId),
    );
    app.post(
      `${base}/armoury/counts/:countId/items`,
      {
        schema: {
          tags,
          summary: 'Record what was counted (scans, lots, numeric count)',
          params: CountParams,
          body: RecordCountRequest,
          response: withErrors({ 200: CountSession }),
        },
      },
      async (request) =>
        recordCount(ctx, actorOf(request), request.params.id, request.params.countId, request.body),
    );
    app.post(
      `${base}/armoury/counts/:countId/submission`,
      {
        schema: {
          tags,
          summary: 'Finish counting and reconcile against the book',
          params: CountParams,
          response: withErrors({ 200: CountSession }),
        },
      },
      async (request) => submitCount(ctx, actorOf(request), request.params.id, request.params.countId),
    );
    app.post(
      `${base}/armoury/counts/:countId/discrepancies/:discrepancyId/resolution`,
      {
        schema: {
          tags,
          summary: 'Resolve a discrepancy: found, recorded error (correction entry) or reported loss',
          params: CountDiscrepancyParams,
          body: ResolveCountDiscrepancyRequest,
          response: withErrors({ 200: CountSession }),
        },
      },
      async (request) =>
        resolveCountDiscrepancy(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.countId,
          request.params.discrepancyId,
          request.body,
        ),
    );
    app.post(
      `${base}/armoury/counts/:countId/closure`,
      {
        schema: {
          tags,
          summary: 'Close a reconciled count (ledger entry; 409 while a discrepancy is unresolved)',
          params: CountParams,
          body: CloseCountRequest,
          response: withErrors({ 200: CountSession }),
        },
      },
      async (request) =>
        closeCount(ctx, actorOf(request), request.params.id, request.params.countId, request.body),
    );
    app.get(
      `${base}/armoury/counts/:countId/report.pdf`,
      {
        schema: {
          tags,
          summary: 'Count report (PDF)',
          params: CountParams,
          querystring: z.object({ lang: z.enum(['es', 'en']).default('es') }),
        },
      },
      async (request, reply) => {
        const document = await renderCountReport(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.countId,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('inline', document.fileName))
          .send(document.pdf);
      },
    );

    // Labels and lookup
    app.get(
      `${base}/armoury/labels.pdf`,
      {
        schema: {
          tags,
          summary: 'QR label sheets for weapons or badges (PDF)',
          params: OrganisationParams,
          querystring: LabelsQuery,
        },
      },
      async (request, reply) => {
        const document = await renderLabels(ctx, actorOf(request), request.params.id, request.query);
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('inline', document.fileName))
          .send(document.pdf);
      },
    );
    app.get(
      `${base}/armoury/lookup`,
      {
        schema: {
          tags,
          summary: 'Resolve a scanned code to a weapon, lot or person',
          params: OrganisationParams,
          querystring: LookupQuery,
          response: withErrors({ 200: LookupResult }),
        },
      },
      async (request) => lookupCode(ctx, actorOf(request), request.params.id, request.query.code),
    );
  };
}
