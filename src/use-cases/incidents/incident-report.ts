import type { Actor } from '../../core/access/actor';
import { buildIncidentReport } from '../../reports/incident-report/build-incident-report';
import type { IncidentReportView } from '../../reports/incident-report/incident-report-view';
import type { Context } from '../context';
import { incidentCompanyFor, incidentRow } from './incident-company';
import { presentIncident } from './read-incidents';

/** The incident report (PDF) as the company filed it, with its clocks and the thread. */
export async function renderIncidentReport(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  language: 'es' | 'en',
): Promise<{ pdf: Buffer; reference: string }> {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'read');
  const incident = await presentIncident(ctx, db, actor, await incidentRow(db, organisation.id, incidentId));
  const authors = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [organisation.id, ...incident.messages.map((m) => m.authorOrganisationId)])
    .execute();
  const orgName = new Map(authors.map((o) => [o.id, o.name]));
  const view: IncidentReportView = {
    reference: incident.reference,
    companyName: organisation.name,
    companyCode: organisation.code,
    kind: incident.kind,
    status: incident.status,
    occurredAt: incident.occurredAt,
    discoveredAt: incident.discoveredAt,
    place: incident.place,
    persons: incident.persons.map((p) => ({ name: p.name, role: p.role, injured: p.isInjured })),
    weapons: incident.firearms.map((f) => ({
      serial: f.serial,
      manufacturer: f.manufacturer,
      model: f.model,
      calibre: f.calibre,
      type: f.type,
      status: f.currentStatus,
      role: f.role,
    })),
    ammunition: incident.ammunition.map((a) => ({ lot: a.lotNumber, calibre: a.calibre, rounds: a.rounds })),
    injuries: incident.injuries ?? '',
    damage: incident.damage ?? '',
    circumstances: incident.circumstances,
    measuresTaken: incident.measuresTaken ?? '',
    policeReportNumber: incident.policeReportNumber,
    notificationsMade: incident.notificationsMade ?? '',
    clocks: [
      {
        name: 'notification',
        dueAt: incident.clocks.notification.dueAt,
        state: incident.clocks.notification.status,
        at: incident.clocks.notification.doneAt,
      },
      {
        name: 'follow-up',
        dueAt: incident.clocks.followUp.dueAt,
        state: incident.clocks.followUp.status,
        at: incident.clocks.followUp.doneAt,
      },
    ],
    messages: incident.messages.map((m) => ({
      kind: m.kind,
      author: m.authorName,
      organisation: orgName.get(m.authorOrganisationId) ?? '',
      at: m.createdAt,
      text: m.body,
    })),
    outcome: incident.outcome,
    closedAt: incident.closedAt,
    reportedBy: incident.createdByName,
    reportedAt: incident.createdAt,
    generatedAt: ctx.now(),
  };
  return { pdf: await buildIncidentReport(view, language), reference: incident.reference };
}
