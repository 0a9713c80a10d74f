import type { TraceAnswer, TraceRequest } from '../../contracts/tracing';
import { FIREARM_STATUS_LABELS, isFirearmStatus } from '../../core/registry/firearm-statuses';
import { FIREARM_TYPE_DEFINITIONS, findFirearmType } from '../../core/registry/firearm-types';
import { TRACE_REPORT_LABELS, type TraceReportLanguage } from './trace-answer-labels';
import { renderPdf } from '../pdf-renderer';

/** Instants shown in UTC, to the minute: the document travels between agencies and countries. */
function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';
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
    margin: [0, 0, 0, 10],
  };
}

function heading(text: string): object {
  return { text, fontSize: 12, bold: true, margin: [0, 8, 0, 4], color: '#1c3d5a' };
}

/** The document definition: the request, the outcome, and the chain of custody from the ledger. */
export function traceAnswerDocument(
  request: TraceRequest,
  answer: TraceAnswer | null,
  language: TraceReportLanguage,
  kindLabel: (kind: string) => string,
): object {
  const l = TRACE_REPORT_LABELS[language];
  const status = (value: string) => (isFirearmStatus(value) ? FIREARM_STATUS_LABELS[value][language] : value);
  const type = (value: string) => {
    const found = findFirearmType(value);
    return found ? FIREARM_TYPE_DEFINITIONS[found].label[language] : value;
  };
  // Codes in entry details (a report's status, a recovery's custody) are shown in words.
  const detailValue = (key: string, value: string) =>
    key === 'status' ? status(value) : key === 'custody' ? (l.custodies[value] ?? value) : value;
  // Roboto as shipped with pdfmake has no arrows: say it in words.
  const fromTo = (from: string, to: string) =>
    language === 'es' ? `de ${from} a ${to}` : `from ${from} to ${to}`;
  const serialRead = `${request.serialObliterated ? (request.serialLegible ?? request.serial ?? '') : (request.serial ?? '')}${
    request.serialObliterated ? ` (${l.obliterated})` : ''
  }`;
  const content: object[] = [
    { text: l.title, fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
    pairs([
      [l.reference, request.reference],
      [l.caseReference, request.caseReference],
      [l.requestingAgency, request.requestingOrganisation],
      [l.pointOfContact, request.pointOfContact],
      [l.urgency, l.urgencies[request.urgency]],
      [l.submitted, when(request.createdAt)],
      [l.due, when(request.clock.dueAt)],
      [l.answered, when(request.answeredAt)],
      [l.asRead, serialRead],
    ]),
    heading(l.outcome),
    { text: request.outcome === 'match' ? l.match : l.noRecord, bold: true, margin: [0, 0, 0, 6] },
    ...(request.answerNote ? [pairs([[l.note, request.answerNote]])] : []),
  ];
  if (answer) {
    const f = answer.firearm;
    content.push(
      heading(l.firearm),
      pairs([
        [l.serial, f.serial],
        [l.manufacturer, f.manufacturer],
        [l.model, f.model || '—'],
        [l.type, type(f.type)],
        [l.calibre, f.calibre],
        [
          l.countryOfManufacture,
          `${f.countryOfManufacture}${f.yearOfManufacture ? ` (${f.yearOfManufacture})` : ''}`,
        ],
        [l.import, f.importCountry ? `${f.importCountry}${f.importYear ? ` (${f.importYear})` : ''}` : '—'],
        [l.status, status(f.status)],
        [l.nationalReference, answer.nationalReference],
      ]),
      pairs([
        [
          l.enteredSector,
          answer.enteredSector
            ? `${when(answer.enteredSector.at)} · ${answer.enteredSector.organisation} · ${answer.enteredSector.facility} · ${answer.enteredSector.sourceName}${answer.enteredSector.sourceReference ? ` (${answer.enteredSector.sourceReference})` : ''}`
            : l.none,
        ],
        [
          l.transfers,
          answer.transfers.length
            ? answer.transfers
                .map(
                  (t) => `${when(t.at)} · ${fromTo(t.from, t.to)}${t.reference ? ` (${t.reference})` : ''}`,
                )
                .join('\n')
            : l.noTransfers,
        ],
        [
          l.holder,
          `${answer.holder.organisation}${answer.holder.facility ? ` · ${answer.holder.facility}` : ''} · ${status(answer.holder.status)}`,
        ],
        [
          l.lastIssue,
          answer.lastIssue
            ? `${when(answer.lastIssue.at)} · ${answer.lastIssue.guard}${answer.lastIssue.shift ? ` · ${answer.lastIssue.shift}` : ''}`
            : l.none,
        ],
        [
          l.lastCount,
          answer.lastCount
            ? [
                when(answer.lastCount.at),
                answer.lastCount.facility,
                answer.lastCount.kind ? (l.countKinds[answer.lastCount.kind] ?? answer.lastCount.kind) : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : l.none,
        ],
        [
          l.lossOrTheft,
          answer.lossOrTheft
            ? [
                status(answer.lossOrTheft.status),
                answer.lossOrTheft.reportedAt ? when(answer.lossOrTheft.reportedAt) : null,
                answer.lossOrTheft.incidentReference,
              ]
                .filter(Boolean)
                .join(' · ')
            : l.none,
        ],
      ]),
      heading(l.lossReports),
      answer.lossReports.length
        ? {
            table: {
              headerRows: 1,
              widths: [80, 55, 110, '*', 85],
              body: [
                [l.reportedAt, l.status, l.incidentReference, l.place, l.policeReference].map((text) => ({
                  text,
                  bold: true,
                  fontSize: 9,
                })),
                ...answer.lossReports.map((r) =>
                  [
                    when(r.reportedAt),
                    status(r.status),
                    `${r.incidentReference ?? '—'}\n${r.organisation}`,
                    `${r.place ?? '—'}\n${l.occurredAt}: ${when(r.occurredAt)}\n${l.discoveredAt}: ${when(r.discoveredAt)}`,
                    r.policeReference ?? '—',
                  ].map((text) => ({ text, fontSize: 8 })),
                ),
              ],
            },
            layout: 'lightHorizontalLines',
            margin: [0, 0, 0, 6],
          }
        : { text: l.noLossReports, italics: true, fontSize: 9, margin: [0, 0, 0, 6] },
      heading(l.recoveries),
      answer.recoveries.length
        ? {
            table: {
              headerRows: 1,
              widths: [80, '*', 110, 110],
              body: [
                [l.recoveredAt, l.place, l.recoveredBy, l.custody].map((text) => ({
                  text,
                  bold: true,
                  fontSize: 9,
                })),
                ...answer.recoveries.map((r) =>
                  [
                    when(r.recoveredAt ?? r.recordedAt),
                    r.place ?? '—',
                    r.recoveredBy ?? '—',
                    `${r.custody ? (l.custodies[r.custody] ?? r.custody) : '—'}${r.facility ? `\n${r.facility}` : ''}`,
                  ].map((text) => ({ text, fontSize: 8 })),
                ),
              ],
            },
            layout: 'lightHorizontalLines',
            margin: [0, 0, 0, 6],
          }
        : { text: l.noRecoveries, italics: true, fontSize: 9, margin: [0, 0, 0, 6] },
      heading(l.timeline),
      {
        table: {
          headerRows: 1,
          widths: [90, 90, 110, '*'],
          body: [
            [l.date, l.entry, l.organisation, l.details].map((text) => ({ text, bold: true, fontSize: 9 })),
            ...answer.timeline.map((item) => [
              { text: when(item.at), fontSize: 8 },
              { text: kindLabel(item.kind), fontSize: 8 },
              { text: item.organisation, fontSize: 8 },
              {
                text: Object.entries(item.details)
                  .map(([key, value]) => `${l.detailKeys[key] ?? key}: ${detailValue(key, value)}`)
                  .join('\n'),
                fontSize: 8,
              },
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    );
  }
  return {
    info: { title: `Custodia — ${request.reference}`, creator: 'Custodia' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (current: number, total: number) => ({
      columns: [
        { text: l.footer, fontSize: 7, color: '#555555' },
        { text: `${l.page} ${current}/${total}`, fontSize: 7, alignment: 'right', width: 60 },
      ],
      margin: [40, 10, 40, 0],
    }),
    content,
  };
}

export async function renderTraceAnswerPdf(
  request: TraceRequest,
  answer: TraceAnswer | null,
  language: TraceReportLanguage,
  kindLabel: (kind: string) => string = (kind) => kind,
): Promise<Buffer> {
  return renderPdf(traceAnswerDocument(request, answer, language, kindLabel));
}
