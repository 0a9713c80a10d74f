import type { AssessmentReportModel } from './report-model';
import { REPORT_LABELS, type ReportLanguage } from './report-labels';

// The report's pdfmake document definition (pdfmake 0.3): cover, summary with a bar per section,
// findings and recommendations, corrective action plan, comparison, and the annex of every item.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  rule: '#cbd2d9',
  band: '#1c4e80',
  track: '#e4e7eb',
  good: '#2f855a',
  fair: '#c05621',
  poor: '#c53030',
  critical: '#c53030',
  major: '#c05621',
  minor: '#b7791f',
} as const;

const BAR_WIDTH = 250;

function percent(score: number | null, na: string): string {
  return score === null ? na : `${Math.round(score * 1000) / 10} %`;
}

function scoreColour(score: number, threshold: number): string {
  if (score >= threshold) return COLOURS.good;
  return score >= threshold / 2 ? COLOURS.fair : COLOURS.poor;
}

function heading(text: string, pageBreak = false): Node {
  return pageBreak
    ? { text, style: 'h1', pageBreak: 'before' }
    : { text, style: 'h1', margin: [0, 22, 0, 10] };
}

/** Photos three to a row, small enough that an item and its photos stay on one page. */
function photoRows(
  photos: ReadonlyArray<{ contentType: string; data: Buffer }>,
  notEmbedded: string,
): Node[] {
  const cells: Node[] = photos.map((photo) =>
    photo.contentType === 'image/webp'
      ? { text: notEmbedded, style: 'small', width: 160 }
      : {
          image: `data:${photo.contentType};base64,${photo.data.toString('base64')}`,
          fit: [160, 120],
          width: 160,
        },
  );
  const rows: Node[] = [];
  for (let i = 0; i < cells.length; i += 3) {
    rows.push({ columns: cells.slice(i, i + 3), columnGap: 10, margin: [0, 4, 0, 0] });
  }
  return rows;
}

function sectionBar(score: number | null, threshold: number): Node {
  const fill = score === null ? 0 : Math.max(1, score * BAR_WIDTH);
  return {
    canvas: [
      { type: 'rect', x: 0, y: 2, w: BAR_WIDTH, h: 10, r: 2, color: COLOURS.track },
      ...(score === null
        ? []
        : [{ type: 'rect', x: 0, y: 2, w: fill, h: 10, r: 2, color: scoreColour(score, threshold) }]),
      // The level-1 threshold as a mark across the bar.
      {
        type: 'line',
        x1: threshold * BAR_WIDTH,
        y1: 0,
        x2: threshold * BAR_WIDTH,
        y2: 14,
        lineWidth: 1,
        lineColor: COLOURS.ink,
      },
    ],
  };
}

const TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i === 1 ? 1 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOURS.rule,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

export function assessmentDocument(model: AssessmentReportModel, language: ReportLanguage): Node {
  const l = REPORT_LABELS[language];
  const threshold = model.levels[0]?.threshold ?? 0.8;
  const levelText = model.achievedLevel === 0 ? l.levelZero : `${l.level} ${model.achievedLevel}`;
  const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

  const cover: Node[] = [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 515, h: 6, color: COLOURS.band }], margin: [0, 40, 0, 24] },
    { text: l.kind[model.kind].toUpperCase(), style: 'kicker' },
    { text: l.title, style: 'coverTitle' },
    { text: model.checklistTitle[language], style: 'coverSubtitle' },
    {
      margin: [0, 30, 0, 0],
      table: {
        widths: [150, '*'],
        body: [
          [
            { text: l.company, style: 'label' },
            { text: model.companyName, style: 'value' },
          ],
          [
            { text: l.facility, style: 'label' },
            { text: model.facilityName, style: 'value' },
          ],
          [
            { text: l.date, style: 'label' },
            { text: model.plannedOn, style: 'value' },
          ],
          [
            { text: l.assessors, style: 'label' },
            { text: model.assessors.join(', '), style: 'value' },
          ],
          [
            { text: l.conductedBy, style: 'label' },
            { text: model.conductedByName, style: 'value' },
          ],
          [
            { text: l.checklist, style: 'label' },
            {
              text: `${model.checklistTitle[language]} (${l.version} ${model.checklistVersion})`,
              style: 'value',
            },
          ],
          [
            { text: l.status, style: 'label' },
            {
              text: model.submittedAt ? `${l.submittedOn} ${date(model.submittedAt)}` : l.notSubmitted,
              style: 'value',
            },
          ],
        ],
      },
      layout: TABLE_LAYOUT,
    },
    {
      margin: [0, 40, 0, 0],
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: l.levelAchieved, color: '#ffffff', fontSize: 11 },
                { text: levelText, color: '#ffffff', fontSize: 26, bold: true, margin: [0, 4, 0, 0] },
              ],
              fillColor: model.achievedLevel === 0 ? COLOURS.poor : COLOURS.good,
              margin: [14, 12, 14, 12],
            },
          ],
        ],
      },
      layout: 'noBorders',
    },
  ];

  const summary: Node[] = [
    heading(l.summary, true),
    { text: `${l.levelAchieved}: ${levelText}`, style: 'lead' },
    {
      table: {
        headerRows: 1,
        widths: [50, 70, 60, 60, '*'],
        body: [
          [l.level, l.score, l.threshold, l.achieved, l.criticalFailed].map((text) => ({
            text,
            style: 'th',
          })),
          ...model.levels.map((level) => [
            String(level.level),
            percent(level.score, l.notApplicable),
            percent(level.threshold, l.notApplicable),
            {
              text: level.achieved ? l.yes : l.no,
              color: level.achieved ? COLOURS.good : COLOURS.poor,
              bold: true,
            },
            level.criticalFailed.length === 0 ? l.none : level.criticalFailed.join(', '),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    },
    { text: l.scoreBySection, style: 'h2' },
    {
      table: {
        widths: [170, BAR_WIDTH + 4, '*'],
        body: model.sections.map((section) => [
          { text: section.title[language], fontSize: 9 },
          sectionBar(section.score, threshold),
          { text: percent(section.score, l.notApplicable), alignment: 'right', fontSize: 9 },
        ]),
      },
      layout: 'noBorders',
    },
  ];
  if (model.comparison) {
    const c = model.comparison;
    summary.push(
      { text: l.comparison, style: 'h2' },
      {
        text: `${l.previousOn} ${c.previousOn}: ${l.level} ${c.previousLevel} → ${l.level} ${model.achievedLevel}`,
      },
      {
        margin: [0, 6, 0, 0],
        table: {
          headerRows: 1,
          widths: [60, 90, 90],
          body: [
            [l.level, '←', '→'].map((text) => ({ text, style: 'th' })),
            ...c.levels.map((row) => [
              String(row.level),
              percent(row.previous, l.notApplicable),
              percent(row.current, l.notApplicable),
            ]),
          ],
        },
        layout: TABLE_LAYOUT,
      },
      {
        margin: [0, 6, 0, 0],
        ul: [
          `${l.closed}: ${c.closed.length === 0 ? l.none : c.closed.join(', ')}`,
          `${l.stillOpen}: ${c.stillOpen.length === 0 ? l.none : c.stillOpen.join(', ')}`,
          `${l.opened}: ${c.opened.length === 0 ? l.none : c.opened.join(', ')}`,
        ],
      },
    );
  }

  const findings: Node[] = [heading(l.findingsAndRecommendations, true), { text: l.findings, style: 'h2' }];
  if (model.findings.length === 0) findings.push({ text: l.noFindings, italics: true });
  else
    findings.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [58, 80, '*', 60],
        body: [
          [l.severityHeading, l.clause, l.item, l.answer].map((text) => ({ text, style: 'th' })),
          ...model.findings.map((f) => [
            { text: l.severity[f.severity], color: COLOURS[f.severity], bold: true },
            { text: f.clause, fontSize: 8.5 },
            { text: [{ text: `${f.itemId} · `, color: COLOURS.muted }, f.question[language]] },
            l.answers[f.answer],
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    });
  findings.push({ text: l.recommendations, style: 'h2' });
  if (model.recommendations.length === 0) findings.push({ text: l.noRecommendations, italics: true });
  else
    findings.push({
      table: {
        headerRows: 1,
        widths: [110, '*'],
        body: [
          [l.clause, l.recommendations].map((text) => ({ text, style: 'th' })),
          ...model.recommendations.map((r) => [{ text: r.clause, fontSize: 8.5 }, r.text]),
        ],
      },
      layout: TABLE_LAYOUT,
    });

  const actions: Node[] = [heading(l.actionPlan)];
  if (model.actions.length === 0) actions.push({ text: l.noActions, italics: true });
  else
    actions.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 80, 62, 70, 110],
        body: [
          [l.action, l.owner, l.dueOn, l.status, l.evidence].map((text) => ({ text, style: 'th' })),
          ...model.actions.map((a) => [
            a.description,
            a.owner,
            a.dueOn,
            {
              stack: [
                l.actionStatus[a.status],
                ...(a.isOverdue ? [{ text: l.overdue, color: COLOURS.poor, bold: true, fontSize: 8 }] : []),
              ],
            },
            { text: a.evidence || '—', fontSize: 8.5 },
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    });

  const annex: Node[] = [heading(l.annex, true)];
  for (const section of model.annex) {
    annex.push({ text: section.title[language], style: 'h2' });
    for (const item of section.items) {
      const answer =
        typeof item.answer === 'string' && item.answer in l.answers
          ? l.answers[item.answer as keyof typeof l.answers]
          : String(item.answer);
      const answerColour =
        item.answer === 'yes'
          ? COLOURS.good
          : item.answer === 'no' || item.answer === 'unanswered'
            ? COLOURS.poor
            : item.answer === 'partial'
              ? COLOURS.fair
              : COLOURS.muted;
      annex.push({
        unbreakable: true,
        margin: [0, 0, 0, 8],
        stack: [
          {
            columns: [
              {
                width: '*',
                text: [{ text: `${item.itemId}  `, bold: true }, item.question[language]],
              },
              { width: 80, text: answer, bold: true, color: answerColour, alignment: 'right' },
            ],
          },
          {
            text: `${l.clause}: ${item.clause} · ${l.level} ${item.level}${item.isCritical ? ` · ${l.severity.critical}` : ''}`,
            style: 'small',
          },
          ...(item.note ? [{ text: `${l.note}: ${item.note}`, italics: true, margin: [0, 2, 0, 0] }] : []),
          ...photoRows(item.photos, l.photoNotEmbedded),
          {
            canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 0.5, lineColor: COLOURS.rule }],
          },
        ],
      });
    }
  }

  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 50],
    info: { title: `${l.title} — ${model.companyName}`, creator: 'Custodia' },
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: l.title, style: 'running' },
              {
                text: `${model.companyName} · ${model.facilityName} · ${model.plannedOn}`,
                style: 'running',
                alignment: 'right',
              },
            ],
            margin: [40, 24, 40, 0],
          },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: l.generatedBy, style: 'running' },
        { text: `${l.page} ${currentPage} ${l.of} ${pageCount}`, style: 'running', alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
    }),
    content: [...cover, ...summary, ...findings, ...actions, ...annex],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: COLOURS.ink, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 10, bold: true, color: COLOURS.band, characterSpacing: 1 },
      coverTitle: { fontSize: 26, bold: true, margin: [0, 6, 0, 6] },
      coverSubtitle: { fontSize: 13, color: COLOURS.muted },
      label: { color: COLOURS.muted, fontSize: 10 },
      value: { fontSize: 11, bold: true },
      h1: { fontSize: 17, bold: true, color: COLOURS.band, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
      lead: { fontSize: 11, margin: [0, 0, 0, 8] },
      th: { bold: true, fontSize: 8.5, color: COLOURS.muted },
      small: { fontSize: 8, color: COLOURS.muted },
      running: { fontSize: 7.5, color: COLOURS.muted },
    },
  };
}
