import type { z } from 'zod';
import type {
  IncidentWebhookSettings,
  UpdateIncidentWebhookSettingsRequest,
  ClockSettings,
  ClockSettingsList,
  CreateIncidentRequest,
  DiscrepancyIncidentRequest,
  DiscrepancySource,
  FirearmStatusWritten,
  IncidentDetail,
  IncidentList,
  IncidentWritten,
  InboxQuery,
  ListIncidentsQuery,
  MarkedRead,
  Notification,
  NotificationList,
  OpenDiscrepancy,
  OpenDiscrepancyList,
  RecoverFirearmRequest,
  UpdateClockSettingsRequest,
} from '../../../contracts/incidents';
import type { Personnel } from '../../../contracts/armoury';
import type { AmmunitionLot, Facility, Firearm } from '../../../contracts/registry';
import { apiRequest } from '../../api-client';

/*
 * The incident endpoints of /api/v1 (issue #6), typed from the wire contracts, through the shared
 * client's apiRequest (session cookie, CSRF token, ApiError with the server's code and details).
 */

export type IncidentQuery = Partial<Record<keyof z.input<typeof InboxQuery>, string>>;
export type NewIncident = z.input<typeof CreateIncidentRequest>;
export type NewDiscrepancyIncident = z.input<typeof DiscrepancyIncidentRequest>;
export type Recovery = z.input<typeof RecoverFirearmRequest>;
export type DiscrepancySourceCode = z.infer<typeof DiscrepancySource>;
export type ListQuery = Partial<Record<keyof z.input<typeof ListIncidentsQuery>, string>>;

const enc = encodeURIComponent;
const get = <T>(path: string, query?: Record<string, string | undefined>) =>
  apiRequest<T>('GET', path, undefined, query);
const post = <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {});

const org = (organisationId: string) => `/organisations/${enc(organisationId)}`;
const incident = (organisationId: string, incidentId: string) =>
  `${org(organisationId)}/incidents/${enc(incidentId)}`;
const discrepancy = (organisationId: string, source: DiscrepancySourceCode, id: string) =>
  `${org(organisationId)}/discrepancies/${enc(source)}/${enc(id)}`;

export const incidentsApi = {
  webhookSettings: () => get<z.infer<typeof IncidentWebhookSettings>>('/incidents/webhook-settings'),
  updateWebhookSettings: (body: z.input<typeof UpdateIncidentWebhookSettingsRequest>) =>
    apiRequest<z.infer<typeof IncidentWebhookSettings>>('PUT', '/incidents/webhook-settings', body),
  list: (organisationId: string, query: ListQuery) =>
    get<IncidentList>(`${org(organisationId)}/incidents`, query),
  create: (organisationId: string, body: NewIncident) =>
    post<IncidentWritten>(`${org(organisationId)}/incidents`, body),
  get: (organisationId: string, incidentId: string) =>
    get<IncidentDetail>(incident(organisationId, incidentId)),
  followUp: (organisationId: string, incidentId: string, report: string) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/follow-up`, { report }),
  answer: (organisationId: string, incidentId: string, body: string) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/answers`, { body }),
  acknowledge: (organisationId: string, incidentId: string) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/acknowledge`),
  requestInformation: (organisationId: string, incidentId: string, body: string) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/request-information`, { body }),
  recordOutcome: (organisationId: string, incidentId: string, outcome: string) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/outcome`, { outcome }),
  close: (organisationId: string, incidentId: string, note: string | null) =>
    post<IncidentDetail>(`${incident(organisationId, incidentId)}/close`, { note }),
  recover: (organisationId: string, body: Recovery) =>
    post<z.infer<typeof FirearmStatusWritten>>(`${org(organisationId)}/incidents/recoveries`, body),

  discrepancies: (organisationId: string) =>
    get<z.infer<typeof OpenDiscrepancyList>>(`${org(organisationId)}/discrepancies`),
  discrepancyToIncident: (
    organisationId: string,
    source: DiscrepancySourceCode,
    id: string,
    body: NewDiscrepancyIncident,
  ) => post<IncidentWritten>(`${discrepancy(organisationId, source, id)}/incident`, body),
  resolveDiscrepancy: (organisationId: string, source: DiscrepancySourceCode, id: string, reason: string) =>
    post<OpenDiscrepancy>(`${discrepancy(organisationId, source, id)}/resolve`, { reason }),

  inbox: (query: IncidentQuery) => get<IncidentList>('/incidents/inbox', query),
  overview: () => get<IncidentList>('/incidents/overview'),
  clockSettings: () => get<z.infer<typeof ClockSettingsList>>('/incidents/clock-settings'),
  updateClockSettings: (countryCode: string, body: z.input<typeof UpdateClockSettingsRequest>) =>
    apiRequest<ClockSettings>('PUT', `/incidents/clock-settings/${enc(countryCode)}`, body),

  notifications: () => get<z.infer<typeof NotificationList>>('/notifications', { limit: '20' }),
  markRead: (notificationId: string) => post<Notification>(`/notifications/${enc(notificationId)}/read`),
  markAllRead: () => post<z.infer<typeof MarkedRead>>('/notifications/read-all'),

  /** The company's weapons whose serial contains the text (the registry's own list and search). */
  findFirearms: (organisationId: string, serial: string) =>
    get<{ items: Firearm[]; total: number }>('/firearms', { organisationId, serial, limit: '20' }),
  lots: (organisationId: string) =>
    get<{ items: AmmunitionLot[]; total: number }>('/ammunition-lots', { organisationId, limit: '500' }),
  facilities: (organisationId: string) => get<{ items: Facility[] }>('/facilities', { organisationId }),
  personnel: (organisationId: string) =>
    get<{ items: Personnel[]; total: number }>(`${org(organisationId)}/personnel`, { limit: '500' }),
};

/** The incident report, a link the browser follows itself (the session cookie goes with it). */
export const incidentReportUrl = (organisationId: string, incidentId: string, language: 'es' | 'en') =>
  `/api/v1${incident(organisationId, incidentId)}/report.pdf?language=${language}`;

/** The national list of lost and stolen firearms with the iARMS fields (the regulator's), to download. */
export const lostStolenUrl = (format: 'csv' | 'json') => `/api/v1/lost-stolen-firearms?format=${format}`;
