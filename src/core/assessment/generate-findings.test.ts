import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistTemplate, RrplLevel } from './checklist-template';
import { findingSeverity, generateFindings } from './generate-findings';
import type { FindingAnswer } from './generate-findings';

function checklistItem(
  id: string,
  level: RrplLevel,
  critical: boolean,
  extra: Partial<ChecklistItem> = {},
): ChecklistItem {
  return {
    id,
    question: { es: `¿${id}?`, en: `${id}?` },
    guidance: { es: 'Guía.', en: 'Guidance.' },
    clause: `clause ${id}`,
    level,
    weight: 1,
    critical,
    answerType: 'yes-partial-no-na',
    photoRequiredUnlessYes: false,
    ...extra,
  };
}

const template: ChecklistTemplate = {
  key: 'test-checklist',
  version: 1,
  title: { es: 'Lista', en: 'Checklist' },
  thresholds: { 1: 0.8, 2: 0.8, 3: 0.8 },
  sections: [
    {
      id: 'security',
      title: { es: 'Seguridad', en: 'Security' },
      items: [
        checklistItem('windows', 1, false, { photoRequiredUnlessYes: true }),
        checklistItem('keys', 1, true),
        checklistItem('lighting', 3, false),
      ],
    },
    {
      id: 'accounting',
      title: { es: 'Contabilidad', en: 'Accounting' },
      items: [
        checklistItem('counts', 2, false),
        checklistItem('register', 2, true),
        checklistItem('firearms', 1, true, { answerType: 'number' }),
      ],
    },
  ],
};

describe('severity of a finding', () => {
  it.each<[boolean, RrplLevel, FindingAnswer, string]>([
    [true, 1, 'no', 'critical'],
    [true, 1, 'partial', 'critical'],
    [true, 3, 'partial', 'critical'],
    [true, 2, 'unanswered', 'critical'],
    [false, 1, 'no', 'major'],
    [false, 2, 'no', 'major'],
    [false, 2, 'unanswered', 'major'],
    [false, 3, 'no', 'minor'],
    [false, 1, 'partial', 'minor'],
    [false, 2, 'partial', 'minor'],
    [false, 3, 'partial', 'minor'],
  ])('critical %s, level %s, answered %s: %s', (critical, level, answer, severity) => {
    expect(findingSeverity({ critical, level }, answer)).toBe(severity);
  });
});

describe('generating findings from an assessment', () => {
  it('raises one for every scored item not answered yes, most severe first, then in template order', () => {
    const findings = generateFindings(template, {
      windows: 'no',
      keys: 'yes',
      lighting: 'no',
      counts: 'partial',
      register: 'partial',
      firearms: 3,
    });
    expect(findings.map(({ itemId, severity, answer }) => `${itemId} ${severity} ${answer}`)).toEqual([
      'register critical partial',
      'windows major no',
      'lighting minor no',
      'counts minor partial',
    ]);
  });

  it('carries what the report and the corrective action plan need', () => {
    const [finding] = generateFindings(template, {
      windows: 'no',
      keys: 'yes',
      lighting: 'yes',
      counts: 'yes',
      register: 'yes',
    });
    expect(finding).toEqual({
      itemId: 'windows',
      sectionId: 'security',
      clause: 'clause windows',
      level: 1,
      answer: 'no',
      severity: 'major',
      isPhotoRequired: true,
      question: { es: '¿windows?', en: 'windows?' },
    });
  });

  it('raises none for "not applicable" and none for number or text items', () => {
    expect(
      generateFindings(template, { windows: 'na', keys: 'na', lighting: 'na', counts: 'na', register: 'na' }),
    ).toEqual([]);
  });

  it('raises a finding for an unanswered item, graded like "no"', () => {
    const findings = generateFindings(template, {
      windows: 'yes',
      lighting: 'yes',
      counts: 'yes',
      register: 'yes',
    });
    expect(findings).toEqual([
      expect.objectContaining({ itemId: 'keys', answer: 'unanswered', severity: 'critical' }),
    ]);
  });
});
