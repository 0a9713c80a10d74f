import type { Actor } from '../../core/access/actor';
import type {
  CountDiscrepancyKind,
  CountResolution,
  ShortfallReason,
  WeaponCondition,
} from '../../core/armoury/armoury-terms';
import type { DocumentLanguage } from '../../reports/armoury/armoury-report-labels';
import { renderCountReport as renderCountPdf } from '../../reports/armoury/count-report-document';
import { renderReceipt } from '../../reports/armoury/receipt-document';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { companyFor } from './company-access';
import { getCountRow, presentCount } from './read-counts';
import { presentIssues } from './read-issues';

const TIME_ZONES: Readonly<Record<string, string>> = {
  PE: 'America/Lima',
  CO: 'America/Bogota',
  BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City',
  GT: 'America/Guatemala',
  SV: 'America/El_Salvador',
  CR: 'America/Costa_Rica',
  DO: 'America/Santo_Domingo',
};

/** Times on paper are read in the country's local time (architecture: data conventions). */
export function localTime(at: string, countryCode: string, language: DocumentLanguage): string {
  const timeZone = TIME_ZONES[countryCode] ?? 'UTC';
  const text = new Intl.DateTimeFormat(language === 'es' ? 'es-PE' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
  return `${text} (${timeZone})`;
}

export async function renderIssueReceipt(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  issueId: string,
  of: 'issue' | 'return',
  language: DocumentLanguage,
): Promise<{ pdf: Buffer; fileName: string }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const row = await db
    .selectFrom('armoury_issue')
    .selectAll()
    .where('id', '=', issueId)
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  if (!row) throw notFound('Issue');
  if (of === 'return' && row.status !== 'returned')
    throw new AppError('WEAPON_NOT_RETURNED', 'The weapon has not been returned');
  const [issue] = await presentIssues(ctx, db, [row]);
  const person = await db
    .selectFrom('personnel')
    .select(['licence_number', 'licence_authority'])
    .where('id', '=', row.personnel_id)
    .executeTakeFirstOrThrow();
  let override: string | null = null;
  if (row.override_entry_id) {
    const entry = await db
      .selectFrom('ledger_entry')
      .select('payload')
      .where('id', '=', row.override_entry_id)
      .executeTakeFirst();
    if (entry) override = (JSON.parse(entry.payload) as { reason: string }).reason;
  }
  const time = (at: string) => localTime(at, organisation.country_code, language);
  const i = issue!;
  const pdf = await renderReceipt({
    language,
    of,
    companyName: organisation.name,
    facilityName: i.facilityName,
    issueId: i.id,
    ledgerEntryId: of === 'issue' ? i.issueEntryId : (i.returnEntryId ?? ''),
    guard: {
      fullName: i.personnel.fullName,
      nationalId: i.personnel.nationalId,
      licence: person.licence_number ? `${person.licence_number} (${person.licence_authority ?? ''})` : null,
    },
    weapon: {
      type: i.firearm.type,
      manufacturer: i.firearm.manufacturer,
      model: i.firearm.model,
      serial: i.firearm.serial,
    },
    ammunition: i.ammunition
      ? { lotNumber: i.ammunition.lotNumber, roundsIssued: i.ammunition.rounds }
      : null,
    post: i.post ? `${i.post.clientName} — ${i.post.siteName} — ${i.post.name}` : null,
    shift: i.shift,
    issuedAt: time(i.issuedAt),
    expectedReturnAt: time(i.expectedReturnAt),
    issuedByName: i.issuedByName,
    override,
    extended: i.extendedAssignment
      ? `${i.extendedAssignment.reason} — ${i.extendedAssignment.authorisedBy}`
      : null,
    returned:
      i.status === 'returned'
        ? {
            at: time(i.returnedAt!),
            byName: i.returnedByName ?? '',
            roundsReturned: i.roundsReturned,
            shortfallReason: i.shortfallReason as ShortfallReason | null,
            note: row.return_note,
            condition: (i.condition ?? 'serviceable') as WeaponCondition,
          }
        : null,
  });
  return {
    pdf,
    fileName: `${of === 'issue' ? 'entrega' : 'devolucion'}-${i.firearm.serial}-${i.issuedAt.slice(0, 10)}.pdf`,
  };
}

export async function renderCountReport(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  countId: string,
  language: DocumentLanguage,
): Promise<{ pdf: Buffer; fileName: string }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const row = await getCountRow(db, organisation.id, countId);
  const count = await presentCount(db, row);
  const time = (at: string) => localTime(at, organisation.country_code, language);
  const pdf = await renderCountPdf({
    language,
    companyName: organisation.name,
    facilityName: count.facilityName,
    countId: count.id,
    kind: count.kind,
    trigger: count.trigger,
    isBlind: count.isBlind,
    status: count.status,
    counterName: count.counterName,
    secondCounterName: count.secondCounterName,
    startedAt: time(count.startedAt),
    closedAt: count.closedAt ? time(count.closedAt) : null,
    summary: count.summary,
    discrepancies: count.discrepancies.map((d) => ({
      kind: d.kind as CountDiscrepancyKind,
      item: d.firearm?.serial ?? (d.lotNumber ? `${d.lotNumber}` : (d.scannedCode ?? '')),
      expected: d.expected,
      counted: d.counted,
      resolution: d.resolution as CountResolution | null,
      note: d.note,
    })),
    closeEntryId: count.closeEntryId,
  });
  return {
    pdf,
    fileName: `conteo-${count.facilityName.replace(/[^\w-]+/g, '_')}-${count.startedAt.slice(0, 10)}.pdf`,
  };
}
