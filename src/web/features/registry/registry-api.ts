import type { SeizeFirearmRequest } from '../../../contracts/incidents';
import type { z } from 'zod';
import type { Catalogue, TransferRecipients } from '../../../contracts/catalogue';
import type { ImportJob as ImportJobSchema } from '../../../contracts/imports';
import type {
  AcquireFirearmRequest,
  AmmunitionLot,
  BookIntegrity as BookIntegritySchema,
  ConsumeAmmunitionRequest,
  CorrectFirearmRequest,
  CorrectStockRequest,
  DisposeFirearmRequest,
  EntryWritten as EntryWrittenSchema,
  Facility,
  Firearm,
  FirearmDetail as FirearmDetailSchema,
  LedgerEntry,
  MarkingInput,
  ReceiveAmmunitionRequest,
  RegisterFacilityRequest,
  ReturnAmmunitionRequest,
} from '../../../contracts/registry';
import { apiRequest, apiUpload } from '../../api-client';

/*
 * The registry's endpoints of /api/v1, typed from the wire contracts, through the shared client's
 * request (session cookie, CSRF token, translated errors).
 */

export type FirearmDetail = z.infer<typeof FirearmDetailSchema>;
export type BookIntegrity = z.infer<typeof BookIntegritySchema>;
export type EntryWritten = z.infer<typeof EntryWrittenSchema>;
export type CatalogueData = z.infer<typeof Catalogue>;
export type Recipient = z.infer<typeof TransferRecipients>['items'][number];
export type ImportJob = z.infer<typeof ImportJobSchema>;
export type ImportKind = ImportJob['kind'];
export type HistoryView = 'both' | 'original' | 'corrected';
export type ExportList = 'firearms' | 'ammunition-lots' | 'facilities';

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
}

/** Query parameters of a list, as the URL and the export link carry them. */
export type ListQuery = Record<string, string | undefined>;

const enc = encodeURIComponent;

const post = <T>(path: string, body: unknown) => apiRequest<T>('POST', path, body);
const get = <T>(path: string, query?: ListQuery) => apiRequest<T>('GET', path, undefined, query);

export const registryApi = {
  facilities: (organisationId?: string) => get<{ items: Facility[] }>('/facilities', { organisationId }),
  facility: (id: string) => get<Facility>(`/facilities/${enc(id)}`),
  registerFacility: (body: z.input<typeof RegisterFacilityRequest>) =>
    post<EntryWritten>('/facilities', body),

  firearms: (query: ListQuery) => get<Page<Firearm>>('/firearms', query),
  firearm: (id: string) => get<FirearmDetail>(`/firearms/${enc(id)}`),
  acquire: (organisationId: string, body: z.input<typeof AcquireFirearmRequest>) =>
    post<EntryWritten>(`/organisations/${enc(organisationId)}/firearms`, body),
  transferOut: (
    id: string,
    body: { idempotencyKey: string; toOrganisationId: string; reference: string | null },
  ) => post<EntryWritten>(`/firearms/${enc(id)}/transfer-out`, body),
  transferIn: (id: string, body: { idempotencyKey: string; facilityId: string }) =>
    post<EntryWritten>(`/firearms/${enc(id)}/transfer-in`, body),
  move: (id: string, body: { idempotencyKey: string; toFacilityId: string }) =>
    post<EntryWritten>(`/firearms/${enc(id)}/moves`, body),
  mark: (id: string, body: { idempotencyKey: string; marking: z.input<typeof MarkingInput> }) =>
    post<EntryWritten>(`/firearms/${enc(id)}/markings`, body),
  dispose: (id: string, body: z.input<typeof DisposeFirearmRequest>) =>
    post<EntryWritten>(`/firearms/${enc(id)}/disposal`, body),
  /** The regulator's seizure record (incidents API): the weapon's status becomes "seized". */
  seize: (
    organisationId: string,
    firearmId: string,
    body: Omit<z.input<typeof SeizeFirearmRequest>, 'firearmId'>,
  ) => post<EntryWritten>(`/organisations/${enc(organisationId)}/incidents/seizures`, { ...body, firearmId }),
  correctFirearm: (id: string, body: z.input<typeof CorrectFirearmRequest>) =>
    post<EntryWritten>(`/firearms/${enc(id)}/corrections`, body),

  lots: (query: ListQuery) => get<Page<AmmunitionLot>>('/ammunition-lots', query),
  lot: (id: string) => get<AmmunitionLot>(`/ammunition-lots/${enc(id)}`),
  receive: (organisationId: string, body: z.input<typeof ReceiveAmmunitionRequest>) =>
    post<EntryWritten>(`/organisations/${enc(organisationId)}/ammunition`, body),
  consume: (id: string, body: z.input<typeof ConsumeAmmunitionRequest>) =>
    post<EntryWritten>(`/ammunition-lots/${enc(id)}/consumption`, body),
  returnToSupplier: (id: string, body: z.input<typeof ReturnAmmunitionRequest>) =>
    post<EntryWritten>(`/ammunition-lots/${enc(id)}/returns`, body),
  correctStock: (id: string, body: z.input<typeof CorrectStockRequest>) =>
    post<EntryWritten>(`/ammunition-lots/${enc(id)}/corrections`, body),

  history: (id: string, view: HistoryView) => get<{ items: LedgerEntry[] }>(`/history/${enc(id)}`, { view }),
  integrity: (organisationId: string) =>
    get<BookIntegrity>(`/organisations/${enc(organisationId)}/book-integrity`),
  verify: (organisationId: string) =>
    post<BookIntegrity>(`/organisations/${enc(organisationId)}/book-integrity/verify`, {}),

  catalogue: () => get<CatalogueData>('/catalogue'),
  recipients: (organisationId: string) =>
    get<{ items: Recipient[] }>('/transfer-recipients', { organisationId }),

  startImport: (organisationId: string, kind: ImportKind, file: File, facilityCode: string | null) => {
    // The server reads the fields before the file, so they go first.
    const form = new FormData();
    form.append('kind', kind);
    if (facilityCode) form.append('facilityCode', facilityCode);
    form.append('file', file, file.name);
    return apiUpload<ImportJob>(`/organisations/${enc(organisationId)}/imports`, form);
  },
  addFacilityPhoto: (facilityId: string, input: { photoId: string; idempotencyKey: string }) =>
    post<EntryWritten>(`/facilities/${enc(facilityId)}/photos`, input),
  uploadPhoto: (organisationId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiUpload<{ id: string; sha256: string }>(`/organisations/${enc(organisationId)}/photos`, form);
  },
  importJob: (id: string) => get<ImportJob>(`/imports/${enc(id)}`),
  commitImport: (id: string) => post<ImportJob>(`/imports/${enc(id)}/commit`, {}),
};

/** Links the browser follows itself (the session cookie goes with them): files to download. */
export function exportUrl(
  list: ExportList,
  format: 'csv' | 'xlsx',
  language: string,
  query: ListQuery,
): string {
  const params = new URLSearchParams({ format, lang: language });
  for (const [key, value] of Object.entries(query)) {
    if (value) params.set(key, value);
  }
  return `/api/v1/exports/${list}?${params.toString()}`;
}

export const importReportUrl = (jobId: string) => `/api/v1/imports/${enc(jobId)}/report?format=csv`;
export const importTemplateUrl = (kind: ImportKind, format: 'csv' | 'xlsx') =>
  `/api/v1/import-templates/${kind}?format=${format}`;
