import { ARMOURY_DOCUMENT_TEXT, type DocumentLanguage } from './armoury-report-labels';
import { MM, renderPdf } from './armoury-pdf';

/** What a receipt shows: gathered by the use-case, rendered here. */
export interface ReceiptModel {
  readonly language: DocumentLanguage;
  readonly of: 'issue' | 'return';
  readonly companyName: string;
  readonly facilityName: string;
  readonly issueId: string;
  readonly ledgerEntryId: string;
  readonly guard: { readonly fullName: string; readonly nationalId: string; readonly licence: string | null };
  readonly weapon: {
    readonly type: string;
    readonly manufacturer: string;
    readonly model: string;
    readonly serial: string;
  };
  readonly ammunition: { readonly lotNumber: string; readonly roundsIssued: number } | null;
  readonly post: string | null;
  readonly shift: string | null;
  readonly issuedAt: string;
  readonly expectedReturnAt: string;
  readonly issuedByName: string;
  readonly override: string | null;
  readonly extended: string | null;
  readonly returned: {
    readonly at: string;
    readonly byName: string;
    readonly roundsReturned: number | null;
    readonly shortfallReason: keyof (typeof ARMOURY_DOCUMENT_TEXT)['es']['reasons'] | null;
    readonly note: string | null;
    readonly condition: 'serviceable' | 'damaged';
  } | null;
}

function row(label: string, value: string): object[] {
  return [
    { text: label, color: '#555555', fontSize: 9 },
    { text: value, fontSize: 10, bold: true },
  ];
}

export function receiptDocument(m: ReceiptModel): object {
  const t = ARMOURY_DOCUMENT_TEXT[m.language];
  const rows: object[][] = [
    row(t.company, m.companyName),
    row(t.facility, m.facilityName),
    row(t.guard, m.guard.fullName),
    row(t.nationalId, m.guard.nationalId),
    row(t.licence, m.guard.licence ?? t.none),
    row(t.weapon, `${m.weapon.type} · ${m.weapon.manufacturer} ${m.weapon.model}`.trim()),
    row(t.serial, m.weapon.serial),
    row(t.ammunition, m.ammunition ? `${t.lot} ${m.ammunition.lotNumber}` : t.none),
    row(t.roundsIssued, String(m.ammunition?.roundsIssued ?? 0)),
    row(t.post, m.post ?? '—'),
    row(t.shift, m.shift ?? '—'),
    row(t.issuedAt, m.issuedAt),
    row(t.expectedReturnAt, m.expectedReturnAt),
    row(t.armourer, m.of === 'issue' ? m.issuedByName : (m.returned?.byName ?? '')),
  ];
  if (m.extended) rows.push(row(t.extended, m.extended));
  if (m.override) rows.push(row(t.override, m.override));
  if (m.of === 'return' && m.returned) {
    rows.push(row(t.returnedAt, m.returned.at));
    rows.push(row(t.roundsReturned, String(m.returned.roundsReturned ?? 0)));
    if (m.returned.shortfallReason)
      rows.push(
        row(
          t.shortfallReason,
          `${t.reasons[m.returned.shortfallReason]}${m.returned.note ? ` — ${m.returned.note}` : ''}`,
        ),
      );
    rows.push(row(t.condition, t.conditions[m.returned.condition]));
  }
  const signature = (label: string, name: string) => ({
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 52 * MM, y2: 0, lineWidth: 0.7 }], margin: [0, 36, 0, 4] },
      { text: label, fontSize: 9, color: '#555555' },
      { text: name, fontSize: 10, bold: true },
    ],
  });
  return {
    pageSize: 'A5',
    pageMargins: [14 * MM, 14 * MM, 14 * MM, 14 * MM],
    info: { title: m.of === 'issue' ? t.issueReceipt : t.returnReceipt },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      {
        text: m.of === 'issue' ? t.issueReceipt : t.returnReceipt,
        fontSize: 15,
        bold: true,
        margin: [0, 0, 0, 2],
      },
      { text: `${t.reference}: ${m.issueId}`, fontSize: 8, color: '#555555', margin: [0, 0, 0, 10] },
      {
        table: { widths: [38 * MM, '*'], body: rows },
        layout: {
          hLineWidth: () => 0.3,
          vLineWidth: () => 0,
          hLineColor: () => '#bbbbbb',
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
      {
        columns: [
          signature(t.signatureGuard, m.guard.fullName),
          signature(t.signatureArmourer, m.of === 'issue' ? m.issuedByName : (m.returned?.byName ?? '')),
        ],
        columnGap: 10 * MM,
        margin: [0, 6, 0, 0],
      },
      { text: `${t.ledgerEntry}: ${m.ledgerEntryId}`, fontSize: 7, color: '#777777', margin: [0, 14, 0, 0] },
    ],
  };
}

export function renderReceipt(model: ReceiptModel): Promise<Buffer> {
  return renderPdf(receiptDocument(model));
}
