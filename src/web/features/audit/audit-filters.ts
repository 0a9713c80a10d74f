import type { AuditEventType } from '../../../contracts/audit';
import type { AuditQuery } from '../../api-client';
import { isAuditEventType } from './audit-event-types';

export const AUDIT_PAGE_SIZE = 25;

/** The audit log's filters as they stand in the URL (so a dashboard link can open a filtered log). */
export interface AuditFilters {
  readonly type: AuditEventType | null;
  readonly organisationId: string | null;
  /** Calendar days (YYYY-MM-DD) in the person's time zone, both included. */
  readonly from: string | null;
  readonly to: string | null;
  readonly page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const type = params.get('type');
  const from = params.get('from');
  const to = params.get('to');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    type: isAuditEventType(type) ? type : null,
    organisationId: params.get('organisationId') || null,
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function writeAuditFilters(filters: AuditFilters): Record<string, string> {
  const result: Record<string, string> = {};
  if (filters.type) result.type = filters.type;
  if (filters.organisationId) result.organisationId = filters.organisationId;
  if (filters.from) result.from = filters.from;
  if (filters.to) result.to = filters.to;
  if (filters.page > 1) result.page = String(filters.page);
  return result;
}

/** Local midnight of a calendar day, as the UTC instant the API expects. */
function startOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).toISOString();
}

function startOfNextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + 1).toISOString();
}

export function isRangeReversed(filters: AuditFilters): boolean {
  return filters.from !== null && filters.to !== null && filters.from > filters.to;
}

/** The API query: "to" is exclusive there, so the last chosen day is included by asking up to the next midnight. */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  return {
    type: filters.type ?? undefined,
    organisationId: filters.organisationId ?? undefined,
    from: filters.from ? startOfDay(filters.from) : undefined,
    to: filters.to ? startOfNextDay(filters.to) : undefined,
    limit: AUDIT_PAGE_SIZE,
    offset: (filters.page - 1) * AUDIT_PAGE_SIZE,
  };
}
