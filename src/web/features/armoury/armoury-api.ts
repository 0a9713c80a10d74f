import type { z } from 'zod';
import type {
  AlertList,
  ArmourySettings,
  ClientList,
  CountDueList,
  CountSession,
  CountSessionList,
  CreateClientRequest,
  CreatePersonnelRequest,
  UpdatePersonnelRequest,
  CreatePostRequest,
  CreateSiteRequest,
  IssueCheck,
  IssueCheckRequest,
  IssueFirearmRequest,
  IssueList,
  IssueRecord,
  IssueWritten,
  LookupResult,
  MaintenanceJob,
  MaintenanceList,
  OperatingAuthorisation,
  Personnel,
  PersonnelDetail,
  PersonnelList,
  QualificationInput,
  RecordCountRequest,
  ResolveCountDiscrepancyRequest,
  ReturnFirearmRequest,
  ReturnWritten,
  StartCountRequest,
  OpenMaintenanceRequest,
  CloseMaintenanceRequest,
} from '../../../contracts/armoury';
import type { AmmunitionLot, Facility } from '../../../contracts/registry';
import { apiRequest } from '../../api-client';

/*
 * The armoury endpoints of /api/v1 (issue #4), typed from the wire contracts, through the shared
 * client's apiRequest (session cookie, CSRF token, ApiError with the server's code).
 */

export type IssueRecordData = z.infer<typeof IssueRecord>;
export type IssueCheckData = z.infer<typeof IssueCheck>;
export type IssueWrittenData = z.infer<typeof IssueWritten>;
export type ReturnWrittenData = z.infer<typeof ReturnWritten>;
export type LookupMatch = z.infer<typeof LookupResult>['matches'][number];
export type PersonnelData = z.infer<typeof Personnel>;
export type PersonnelDetailData = z.infer<typeof PersonnelDetail>;
export type ClientData = z.infer<typeof ClientList>['items'][number];
export type SettingsData = z.infer<typeof ArmourySettings>;
export type AlertData = z.infer<typeof AlertList>['items'][number];
export type MaintenanceJobData = z.infer<typeof MaintenanceJob>;
export type CountSessionData = z.infer<typeof CountSession>;
export type CountDueData = z.infer<typeof CountDueList>['items'][number];
export type CountSummaryData = z.infer<typeof CountSessionList>['items'][number];
export type AuthorisationData = z.infer<typeof OperatingAuthorisation>;

const enc = encodeURIComponent;
type Query = Record<string, string | number | undefined>;
const get = <T>(path: string, query?: Query) => apiRequest<T>('GET', path, undefined, query);
const post = <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {});

const org = (id: string) => `/organisations/${enc(id)}`;
const arm = (id: string) => `${org(id)}/armoury`;

export const armouryApi = {
  facilities: (organisationId: string) => get<{ items: Facility[] }>('/facilities', { organisationId }),
  lots: (organisationId: string, facilityId: string) =>
    get<{ items: AmmunitionLot[]; total: number }>('/ammunition-lots', {
      organisationId,
      facilityId,
      limit: 500,
    }),
  firearm: (id: string) => get<{ calibreId?: string; calibre?: string }>(`/firearms/${enc(id)}`),
  settings: (organisationId: string) => get<SettingsData>(`${org(organisationId)}/armoury-settings`),
  lookup: (organisationId: string, code: string) =>
    get<z.infer<typeof LookupResult>>(`${arm(organisationId)}/lookup`, { code }),

  check: (organisationId: string, body: z.input<typeof IssueCheckRequest>) =>
    post<IssueCheckData>(`${arm(organisationId)}/issue-checks`, body),
  issue: (organisationId: string, body: z.input<typeof IssueFirearmRequest>) =>
    post<IssueWrittenData>(`${arm(organisationId)}/issues`, body),
  returnFirearm: (organisationId: string, body: z.input<typeof ReturnFirearmRequest>) =>
    post<ReturnWrittenData>(`${arm(organisationId)}/returns`, body),
  issues: (organisationId: string, query: Query) =>
    get<z.infer<typeof IssueList>>(`${arm(organisationId)}/issues`, query),
  issueRecord: (organisationId: string, issueId: string) =>
    get<IssueRecordData>(`${arm(organisationId)}/issues/${enc(issueId)}`),
  alerts: (organisationId: string) => get<z.infer<typeof AlertList>>(`${arm(organisationId)}/alerts`),
  acknowledgeAlert: (organisationId: string, alertId: string) =>
    post<{ ok: true }>(`${arm(organisationId)}/alerts/${enc(alertId)}/acknowledgement`),

  personnel: (organisationId: string, query: Query) =>
    get<z.infer<typeof PersonnelList>>(`${org(organisationId)}/personnel`, query),
  person: (organisationId: string, personnelId: string) =>
    get<PersonnelDetailData>(`${org(organisationId)}/personnel/${enc(personnelId)}`),
  addQualification: (organisationId: string, personnelId: string, body: z.input<typeof QualificationInput>) =>
    post<PersonnelDetailData>(`${org(organisationId)}/personnel/${enc(personnelId)}/qualifications`, body),
  clients: (organisationId: string) => get<z.infer<typeof ClientList>>(`${org(organisationId)}/clients`),
  createClient: (organisationId: string, body: z.input<typeof CreateClientRequest>) =>
    post<{ id: string }>(`${org(organisationId)}/clients`, body),
  createSite: (organisationId: string, body: z.input<typeof CreateSiteRequest>) =>
    post<{ id: string }>(`${org(organisationId)}/sites`, body),
  createPost: (organisationId: string, body: z.input<typeof CreatePostRequest>) =>
    post<{ id: string }>(`${org(organisationId)}/posts`, body),
  authorisation: (organisationId: string) =>
    get<AuthorisationData>(`${org(organisationId)}/operating-authorisation`),

  maintenance: (organisationId: string, status: 'open' | 'closed' | 'all') =>
    get<z.infer<typeof MaintenanceList>>(`${arm(organisationId)}/maintenance`, { status }),
  openMaintenance: (organisationId: string, body: z.input<typeof OpenMaintenanceRequest>) =>
    post<MaintenanceJobData>(`${arm(organisationId)}/maintenance`, body),
  closeMaintenance: (organisationId: string, jobId: string, body: z.input<typeof CloseMaintenanceRequest>) =>
    post<MaintenanceJobData>(`${arm(organisationId)}/maintenance/${enc(jobId)}/completion`, body),

  countsDue: (organisationId: string) =>
    get<z.infer<typeof CountDueList>>(`${arm(organisationId)}/counts-due`),
  counts: (organisationId: string) => get<z.infer<typeof CountSessionList>>(`${arm(organisationId)}/counts`),
  count: (organisationId: string, countId: string) =>
    get<CountSessionData>(`${arm(organisationId)}/counts/${enc(countId)}`),
  startCount: (organisationId: string, body: z.input<typeof StartCountRequest>) =>
    post<CountSessionData>(`${arm(organisationId)}/counts`, body),
  recordCount: (organisationId: string, countId: string, body: z.input<typeof RecordCountRequest>) =>
    post<CountSessionData>(`${arm(organisationId)}/counts/${enc(countId)}/items`, body),
  submitCount: (organisationId: string, countId: string) =>
    post<CountSessionData>(`${arm(organisationId)}/counts/${enc(countId)}/submission`),
  resolveDiscrepancy: (
    organisationId: string,
    countId: string,
    discrepancyId: string,
    body: z.input<typeof ResolveCountDiscrepancyRequest>,
  ) =>
    post<CountSessionData>(
      `${arm(organisationId)}/counts/${enc(countId)}/discrepancies/${enc(discrepancyId)}/resolution`,
      body,
    ),
  closeCount: (organisationId: string, countId: string) =>
    post<CountSessionData>(`${arm(organisationId)}/counts/${enc(countId)}/closure`, {
      idempotencyKey: crypto.randomUUID(),
    }),
};

/** Links the browser opens itself (the session cookie goes with them). */
export const receiptUrl = (organisationId: string, issueId: string, of: 'issue' | 'return', lang: string) =>
  `/api/v1${arm(organisationId)}/issues/${enc(issueId)}/receipt.pdf?of=${of}&lang=${lang === 'en' ? 'en' : 'es'}`;
export const countReportUrl = (organisationId: string, countId: string, lang: string) =>
  `/api/v1${arm(organisationId)}/counts/${enc(countId)}/report.pdf?lang=${lang === 'en' ? 'en' : 'es'}`;
export const badgeLabelsUrl = (organisationId: string, personnelIds: readonly string[]) =>
  `/api/v1${arm(organisationId)}/labels.pdf?subject=badges&ids=${enc(personnelIds.join(','))}`;
export const photoUrl = (photoId: string) => `/api/v1/photos/${enc(photoId)}`;

export const personnelPath = (organisationId: string, personnelId?: string) =>
  `${org(organisationId)}/personnel${personnelId ? `/${enc(personnelId)}` : ''}`;
export const createPersonnel = (organisationId: string, body: z.input<typeof CreatePersonnelRequest>) =>
  post<PersonnelData>(personnelPath(organisationId), body);
export const settingsPath = (organisationId: string) => `${org(organisationId)}/armoury-settings`;
export type UpdatePersonnelBody = z.input<typeof UpdatePersonnelRequest>;
