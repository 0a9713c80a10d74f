import type {
  CountDiscrepancyKind,
  CountKind,
  CountResolution,
  CountTrigger,
} from '../../core/armoury/armoury-terms';
import { ARMOURY_DOCUMENT_TEXT, type DocumentLanguage } from './armoury-report-labels';
import { MM, renderPdf } from './armoury-pdf';

export interface CountReportModel {
  readonly language: DocumentLanguage;
  readonly companyName: string;
  readonly facilityName: string;
  readonly countId: string;
  readonly kind: CountKind;
  readonly trigger: CountTrigger;
  readonly isBlind: boolean;
  readonly status: 'counting' | 'reconciling' | 'closed';
  readonly counterName: string;
  readonly secondCounterName: string | null;
  readonly startedAt: string;
  readonly closedAt: string | null;
  readonly summary: {
    matched: number;
    missing: number;
    extra: number;
    wrongFacility: number;
    lotVariances: number;
  } | null;
  readonly discrepancies: ReadonlyArray<{
    kind: CountDiscrepancyKind;
    item: string;
    expected: number | null;
    counted: number | null;
    resolution: CountResolution | null;
    note: string | null;
  }>;
  readonly closeEntryId: string | null;
}

export function countReportDocument(m: CountReportModel): object {
  const t = ARMOURY_DOCUMENT_TEXT[m.language];
  const facts: Array<[string, string]> = [
    [t.company, m.companyName],
    [t.facility, m.facilityName],
    [t.kind, t.countKind[m.kind]],
    [t.trigger, t.triggers[m.trigger]],
    [t.blind, m.isBlind ? t.yes : t.no],
    [t.counter, m.counterName],
    [t.secondCounter, m.secondCounterName ?? '—'],
    [t.startedAt, m.startedAt],
    [t.closedAt, m.closedAt ?? '—'],
    [t.status, t.statuses[m.status]],
  ];
  const summary = m.summary;
  return {
    pageSize: 'A4',
    pageMargins: [18 * MM, 18 * MM, 18 * MM, 18 * MM],
    info: { title: t.countReport },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (page: number, pages: number) => ({
      text: `${t.reference} ${m.countId} · ${t.page} ${page}/${pages}`,
      fontSize: 7,
      color: '#777777',
      margin: [18 * MM, 6 * MM, 0, 0],
    }),
    content: [
      { text: t.countReport, fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
      {
        table: {
          widths: [45 * MM, '*'],
          body: facts.map(([k, v]) => [
            { text: k, color: '#555555' },
            { text: v, bold: true },
          ]),
        },
        layout: 'lightHorizontalLines',
      },
      { text: t.summary, fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      summary
        ? {
            table: {
              widths: ['*', '*', '*', '*', '*'],
              body: [
                [t.matched, t.missing, t.extra, t.wrongFacility, t.lotVariances].map((h) => ({
                  text: h,
                  bold: true,
                  fontSize: 9,
                })),
                [
                  summary.matched,
                  summary.missing,
                  summary.extra,
                  summary.wrongFacility,
                  summary.lotVariances,
                ].map((n) => ({
                  text: String(n),
                  fontSize: 14,
                  alignment: 'center',
                })),
              ],
            },
          }
        : { text: '—' },
      { text: t.discrepancies, fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      m.discrepancies.length === 0
        ? { text: t.noDiscrepancies, italics: true }
        : {
            table: {
              headerRows: 1,
              widths: [28 * MM, '*', 18 * MM, 18 * MM, 32 * MM, '*'],
              body: [
                [t.kind, t.item, t.expected, t.counted, t.resolution, t.note].map((h) => ({
                  text: h,
                  bold: true,
                  fontSize: 9,
                })),
                ...m.discrepancies.map((d) =>
                  [
                    t.discrepancyKinds[d.kind],
                    d.item,
                    d.expected === null ? '—' : String(d.expected),
                    d.counted === null ? '—' : String(d.counted),
                    d.resolution ? t.resolutions[d.resolution] : '—',
                    d.note ?? '',
                  ].map((text) => ({ text, fontSize: 9 })),
                ),
              ],
            },
            layout: 'lightHorizontalLines',
          },
      ...(m.closeEntryId
        ? [
            {
              text: `${t.ledgerEntry}: ${m.closeEntryId}`,
              fontSize: 8,
              color: '#777777',
              margin: [0, 14, 0, 0],
            },
          ]
        : []),
    ],
  };
}

export function renderCountReport(model: CountReportModel): Promise<Buffer> {
  return renderPdf(countReportDocument(model));
}
