import type {
  FacilityHazard,
  HazardOverview,
  RecordSignPostingRequest,
  SignPosting,
} from '../../../contracts/hazard';
import { apiRequest } from '../../api-client';

// The hazard endpoints of /api/v1, typed from the wire contracts, through the shared client's apiRequest.

const facilityPath = (id: string) => `/facilities/${encodeURIComponent(id)}`;

export const hazardApi = {
  overview: (organisationId?: string) =>
    apiRequest<HazardOverview>('GET', '/hazard/overview', undefined, { organisationId }),
  facility: (id: string) => apiRequest<FacilityHazard>('GET', `${facilityPath(id)}/hazard`),
  postings: (id: string) => apiRequest<{ items: SignPosting[] }>('GET', `${facilityPath(id)}/sign-postings`),
  recordPosting: (id: string, body: RecordSignPostingRequest) =>
    apiRequest<SignPosting>('POST', `${facilityPath(id)}/sign-postings`, body),
};

/** Links the browser follows itself (the session cookie goes with them): the PDF pack and each SVG. */
export const signPackUrl = (id: string, size: 'full' | 'half') =>
  `/api/v1${facilityPath(id)}/signs.pdf?size=${size}`;
export const signSvgUrl = (id: string, sign: string, size: 'full' | 'half' = 'full') =>
  `/api/v1${facilityPath(id)}/signs/${encodeURIComponent(sign)}.svg?size=${size}`;
