import { FIREARM_STATUS_LABELS, isFirearmStatus } from '../../core/registry/firearm-statuses';
import { FIREARM_TYPE_DEFINITIONS, findFirearmType } from '../../core/registry/firearm-types';
import { renderPdf } from '../pdf-renderer';
import { INCIDENT_REPORT_TEXT, type IncidentReportLanguage } from './incident-report-labels';
import type { IncidentReportView } from './incident-report-view';

/** Instants in UTC, to the minute: the report travels between the company, the regulator and the police. */
function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';
}

function heading(text: string): object {
  return { text, fontSize: 12, bold: true, margin: [0, 10, 0, 4], color: '#1c3d5a' };
}

function pairs(rows: ReadonlyArray<readonly [string, string]>): object {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [
        { text: label, bold: true, fontSize: 9, color: '#333333' },
        { text: value, fontSize: 9 },
      ]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4],
  };
}

/** A table with a header row, or a line saying nothing was recorded. */
function grid(
  headers: readonly string[],
  widths: ReadonlyArray<number | string>,
  rows: ReadonlyArray<readonly string[]>,
  empty: string,
): object {
  if (rows.length === 0) return { text: empty, italics: true, fontSize: 9, margin: [0, 0, 0, 4] };
  return {
    table: {
      headerRows: 1,
      widths,
      body: [
        headers.map((text) => ({ text, bold: true, fontSize: 9 })),
        ...rows.map((row) => row.map((text) => ({ text, fontSize: 9 }))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4],
  };
}

/** Free text as the company wrote it, or a line saying nothing was recorded. */
function prose(value: string | null, empty: string): object {
  return value && value.trim().length > 0
    ? { text: value, fontSize: 9, margin: [0, 0, 0, 4] }
    : { text: empty, italics: true, fontSize: 9, margin: [0, 0, 0, 4] };
}

/** The document definition of an incident report (ICoC para 63), in one language. */
export function incidentReportDocument(view: IncidentReportView, language: IncidentReportLanguage): object {
  const t = INCIDENT_REPORT_TEXT[language];
  const status = (value: string) => (isFirearmStatus(value) ? FIREARM_STATUS_LABELS[value][language] : value);
  const type = (value: string) => {
    const found = findFirearmType(value);
    return found ? FIREARM_TYPE_DEFINITIONS[found].label[language] : value;
  };
  const content: object[] = [
    { text: t.title, fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
    { text: t.subtitle, fontSize: 8, color: '#555555', margin: [0, 0, 0, 8] },
    heading(t.sections.incident),
    pairs([
      [t.reference, view.reference],
      [t.company, `${view.companyName} (${view.companyCode})`],
      [t.kind, t.kinds[view.kind]],
      [t.status, t.statuses[view.status]],
      [t.reportedBy, view.reportedBy],
      [t.reportedAt, when(view.reportedAt)],
    ]),
    heading(t.sections.timeAndPlace),
    pairs([
      [t.occurredAt, view.occurredAt ? when(view.occurredAt) : t.unknown],
      [t.discoveredAt, when(view.discoveredAt)],
      [t.place, view.place],
    ]),
    heading(t.sections.persons),
    grid(
      [t.name, t.role, t.injured],
      ['*', 140, 60],
      view.persons.map((p) => [p.name, t.roles[p.role], p.injured ? t.yes : t.no]),
      t.noneRecorded,
    ),
    heading(t.sections.weapons),
    grid(
      [t.serial, t.manufacturer, t.model, t.calibre, t.type, t.status, t.weaponRole],
      [70, '*', 50, 55, 60, 60, 60],
      view.weapons.map((w) => [
        w.serial,
        w.manufacturer,
        w.model || '—',
        w.calibre,
        type(w.type),
        status(w.status),
        w.role ? t.weaponRoles[w.role] : '—',
      ]),
      t.noneRecorded,
    ),
    heading(t.sections.ammunition),
    grid(
      [t.lot, t.calibre, t.rounds],
      ['*', 120, 70],
      view.ammunition.map((a) => [a.lot, a.calibre, String(a.rounds)]),
      t.noneRecorded,
    ),
    heading(t.sections.injuriesAndDamage),
    pairs([
      [t.injuries, view.injuries.trim() || t.noneRecorded],
      [t.damage, view.damage.trim() || t.noneRecorded],
    ]),
    heading(t.sections.circumstances),
    prose(view.circumstances, t.noneRecorded),
    heading(t.sections.measures),
    prose(view.measuresTaken, t.noneRecorded),
    heading(t.sections.policeAndNotifications),
    pairs([
      [t.policeReportNumber, view.policeReportNumber ?? t.noneRecorded],
      [t.notificationsMade, view.notificationsMade.trim() || t.noneRecorded],
    ]),
    heading(t.sections.clocks),
    grid(
      [t.clock, t.dueAt, t.clockState, t.doneAt],
      ['*', 100, 110, 100],
      view.clocks.map((c) => [t.clockNames[c.name], when(c.dueAt), t.clockStates[c.state], when(c.at)]),
      t.noneRecorded,
    ),
    heading(t.sections.regulatorThread),
    grid(
      [t.at, t.author, t.message],
      [90, 120, '*'],
      view.messages.map((m) => [
        when(m.at),
        `${m.author}\n${m.organisation}`,
        m.kind ? `${t.messageKinds[m.kind]}: ${m.text}` : m.text,
      ]),
      t.noneRecorded,
    ),
    heading(t.sections.outcome),
    view.outcome
      ? pairs([
          [t.outcome, view.outcome],
          [t.closedAt, when(view.closedAt)],
        ])
      : { text: t.notClosed, italics: true, fontSize: 9 },
  ];
  return {
    info: { title: `Custodia — ${view.reference}`, creator: 'Custodia' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (current: number, total: number) => ({
      columns: [
        {
          text: `${view.reference} · ${t.generatedAt} ${when(view.generatedAt)}\n${t.footer}`,
          fontSize: 7,
          color: '#555555',
        },
        { text: `${t.page} ${current}/${total}`, fontSize: 7, alignment: 'right', width: 60 },
      ],
      margin: [40, 10, 40, 0],
    }),
    content,
  };
}

/** The incident report as PDF bytes, in Spanish or English. */
export function buildIncidentReport(
  view: IncidentReportView,
  language: IncidentReportLanguage,
): Promise<Buffer> {
  return renderPdf(incidentReportDocument(view, language));
}
