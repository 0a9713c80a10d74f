import type { ListFirearmsQuery } from '../contracts/registry';
import type { Actor } from '../core/access/actor';
import { EXPORT_LABELS, type ExportLabel, type ExportLanguage } from '../reports/export-labels';
import { renderCsv, renderXlsx, type TableModel } from '../reports/table-export';
import type { Context } from './context';
import { listAuditEvents } from './list-audit-events';
import { listOrganisations } from './list-organisations';
import { listUsers } from './list-users';
import { listFacilities, listFirearms, listLots } from './registry/read-registry';
import { listIssues } from './armoury/read-issues';
import { listInbox, listIncidents } from './incidents/read-incidents';
import { AppError } from './app-error';

/** The largest export of one list; a bigger book is exported with the CLI. */
export const EXPORT_ROW_LIMIT = 100_000;

const LOT_SORTS = ['lotNumber', 'calibre', 'manufacturer', 'year'] as const;

export const EXPORTABLE_LISTS = [
  'firearms',
  'ammunition-lots',
  'facilities',
  'users',
  'organisations',
  'audit-events',
  'weapons-out',
  'incidents',
] as const;
export type ExportableList = (typeof EXPORTABLE_LISTS)[number];

export interface ExportRequest {
  readonly list: ExportableList;
  readonly format: 'csv' | 'xlsx';
  readonly language: ExportLanguage;
  /** The list's own filters, as the list endpoint takes them. */
  readonly filters: Record<string, string | undefined>;
}

function table(
  language: ExportLanguage,
  title: ExportLabel,
  keys: readonly ExportLabel[],
  rows: TableModel['rows'],
): TableModel {
  const labels = EXPORT_LABELS[language];
  return { title: labels[title], columns: keys.map((key) => ({ key, header: labels[key] })), rows };
}

async function model(ctx: Context, actor: Actor, request: ExportRequest): Promise<TableModel> {
  const f = request.filters;
  const yesNo = (value: boolean) => EXPORT_LABELS[request.language][value ? 'yes' : 'no'];
  switch (request.list) {
    case 'firearms': {
      const query: ListFirearmsQuery = {
        organisationId: f.organisationId,
        facilityId: f.facilityId,
        status: f.status,
        type: f.type,
        serial: f.serial,
        sort: (f.sort as ListFirearmsQuery['sort']) ?? 'serial',
        direction: f.direction === 'desc' ? 'desc' : 'asc',
        limit: EXPORT_ROW_LIMIT,
        offset: 0,
      };
      const { items } = await listFirearms(ctx, actor, query);
      return table(
        request.language,
        'firearms',
        [
          'serial',
          'manufacturer',
          'model',
          'type',
          'calibre',
          'countryOfManufacture',
          'yearOfManufacture',
          'importCountry',
          'importYear',
          'status',
          'permitNumber',
          'permitExpiresOn',
          'inadequatelyMarked',
        ],
        items.map((i) => ({ ...i, inadequatelyMarked: yesNo(i.inadequatelyMarked) })),
      );
    }
    case 'ammunition-lots': {
      const { items } = await listLots(ctx, actor, {
        organisationId: f.organisationId,
        facilityId: f.facilityId,
        lotNumber: f.lotNumber,
        calibre: f.calibre,
        sort: LOT_SORTS.find((s) => s === f.sort) ?? 'lotNumber',
        direction: f.direction === 'desc' ? 'desc' : 'asc',
        limit: EXPORT_ROW_LIMIT,
        offset: 0,
      });
      return table(
        request.language,
        'ammunitionLots',
        [
          'lotNumber',
          'manufacturer',
          'calibre',
          'year',
          'unNumber',
          'hazardDivision',
          'compatibilityGroup',
          'neqKgPer1000',
          'totalRounds',
        ],
        items.map(({ stock: _stock, ...lot }) => lot),
      );
    }
    case 'facilities': {
      const items = await listFacilities(ctx, actor, f.organisationId);
      return table(
        request.language,
        'facilities',
        ['code', 'name', 'kind', 'address', 'licenceNumber', 'licenceExpiresOn', 'maxNeqKg'],
        items.map(({ securityFeatures: _features, photos: _photos, ...facility }) => facility),
      );
    }
    case 'users': {
      const items = await listUsers(ctx, actor, f.organisationId);
      return table(
        request.language,
        'users',
        ['name', 'email', 'roles', 'status', 'language'],
        items.map((u) => ({
          name: u.displayName,
          email: u.email,
          roles: u.roles.join(' '),
          status: u.status,
          language: u.language,
        })),
      );
    }
    case 'organisations': {
      const items = await listOrganisations(ctx, actor, f.kind);
      return table(
        request.language,
        'organisations',
        ['code', 'name', 'kind', 'country'],
        items.map((o) => ({ code: o.code, name: o.name, kind: o.kind, country: o.countryCode })),
      );
    }
    case 'weapons-out': {
      // The weapons-out board (issue 14, defect 13): one company's weapons out now, oldest due first.
      if (!f.organisationId) throw missingFilter('organisationId');
      const { items } = await listIssues(ctx, actor, f.organisationId, {
        status: 'out',
        isOverdue: f.isOverdue === 'true' ? true : undefined,
        facilityId: f.facilityId,
        limit: EXPORT_ROW_LIMIT,
        offset: 0,
      });
      return table(
        request.language,
        'weaponsOut',
        [
          'serial',
          'manufacturer',
          'model',
          'guard',
          'nationalId',
          'facility',
          'post',
          'shift',
          'rounds',
          'issuedAt',
          'expectedReturnAt',
          'overdue',
        ],
        items.map((i) => ({
          serial: i.firearm.serial,
          manufacturer: i.firearm.manufacturer,
          model: i.firearm.model,
          guard: i.personnel.fullName,
          nationalId: i.personnel.nationalId,
          facility: i.facilityName,
          post: i.post ? `${i.post.name} (${i.post.siteName})` : null,
          shift: i.shift,
          rounds: i.ammunition?.rounds ?? null,
          issuedAt: i.issuedAt,
          expectedReturnAt: i.expectedReturnAt,
          overdue: yesNo(i.isOverdue),
        })),
      );
    }
    case 'incidents': {
      // A company's incident list, or (without organisationId) the regulator's inbox.
      const filters = {
        status: f.status as never,
        kind: f.kind as never,
        limit: EXPORT_ROW_LIMIT,
        offset: 0,
      };
      const { items } = f.organisationId
        ? await listIncidents(ctx, actor, f.organisationId, filters)
        : await listInbox(ctx, actor, filters);
      return table(
        request.language,
        'incidents',
        ['reference', 'organisation', 'kind', 'status', 'discoveredAt', 'place', 'firearmCount', 'rounds'],
        items.map((i) => ({
          reference: i.reference,
          organisation: i.organisationName,
          kind: i.kind,
          status: i.status,
          discoveredAt: i.discoveredAt,
          place: i.place,
          firearmCount: i.firearmCount,
          rounds: i.roundsInvolved,
        })),
      );
    }
    case 'audit-events': {
      const { items } = await listAuditEvents(ctx, actor, {
        organisationId: f.organisationId,
        type: f.type as never,
        from: f.from,
        to: f.to,
        limit: 500,
        offset: 0,
      });
      return table(
        request.language,
        'auditEvents',
        ['at', 'event', 'organisation', 'actor', 'ip', 'details'],
        items.map((e) => ({
          at: e.at,
          event: e.type,
          organisation: e.organisationId,
          actor: e.actorUserId,
          ip: e.ip,
          details: JSON.stringify(e.details),
        })),
      );
    }
  }
}

function missingFilter(field: string): AppError {
  const message = `This list is exported for one organisation: give ${field}`;
  return new AppError('VALIDATION_FAILED', message, {
    fields: [{ location: 'query', path: field, message }],
  });
}

/** A list as the person sees it (same scope, same filters), as CSV or XLSX. */
export async function exportList(
  ctx: Context,
  actor: Actor,
  request: ExportRequest,
): Promise<{ body: string | Buffer; contentType: string; fileName: string }> {
  const m = await model(ctx, actor, request);
  const fileName = `${request.list}-${ctx.now().slice(0, 10)}.${request.format}`;
  return request.format === 'csv'
    ? { body: renderCsv(m), contentType: 'text/csv; charset=utf-8', fileName }
    : {
        body: await renderXlsx(m),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
      };
}
