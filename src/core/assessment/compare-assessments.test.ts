import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from './assessment-answers';
import type { ChecklistItem, ChecklistSection, ChecklistTemplate, RrplLevel } from './checklist-template';
import { compareAssessments } from './compare-assessments';

function checklistItem(id: string, level: RrplLevel, critical = false): ChecklistItem {
  return {
    id,
    question: { es: `¿${id}?`, en: `${id}?` },
    guidance: { es: 'Guía.', en: 'Guidance.' },
    clause: 'IATG 09.10 Keys',
    level,
    weight: 1,
    critical,
    answerType: 'yes-partial-no-na',
    photoRequiredUnlessYes: false,
  };
}

function section(id: string, items: ChecklistItem[]): ChecklistSection {
  return { id, title: { es: id, en: id }, items };
}

const SECURITY = section('security', [
  checklistItem('keys', 1, true),
  checklistItem('doors', 2),
  checklistItem('alarm', 3),
]);
const ACCOUNTING = section('accounting', [checklistItem('register', 1), checklistItem('counts', 2)]);

const VERSION_1: ChecklistTemplate = {
  key: 'armoury-stockpile',
  version: 1,
  title: { es: 'Armería', en: 'Armoury' },
  thresholds: { 1: 0.8, 2: 0.8, 3: 0.8 },
  sections: [SECURITY, ACCOUNTING, section('legacy', [checklistItem('old-question', 1)])],
};

// Version 2 drops the legacy section and adds a section with a lighting item.
const VERSION_2: ChecklistTemplate = {
  ...VERSION_1,
  version: 2,
  sections: [SECURITY, ACCOUNTING, section('outside', [checklistItem('lighting', 3)])],
};

const FIRST: AssessmentAnswers = {
  keys: 'partial',
  doors: 'no',
  alarm: 'no',
  register: 'yes',
  counts: 'no',
  'old-question': 'no',
};
const FOLLOW_UP: AssessmentAnswers = {
  keys: 'yes',
  doors: 'partial',
  alarm: 'na',
  register: 'no',
  counts: 'yes',
  lighting: 'no',
};

describe('comparing a re-assessment with the previous one', () => {
  const result = compareAssessments(
    { template: VERSION_1, answers: FIRST },
    { template: VERSION_2, answers: FOLLOW_UP },
  );
  if (!result.ok) throw new Error('expected a comparison');
  const { comparison } = result;

  it('compares the score of each level and the level achieved', () => {
    expect(comparison.levels[1]).toEqual({ previous: 0.5, current: 0.5, change: 0 });
    expect(comparison.levels[2]).toEqual({ previous: 0.3, current: 0.625, change: 0.325 });
    expect(comparison.levels[3]).toEqual({ previous: 0.25, current: 0.5, change: 0.25 });
    expect(comparison.achievedLevel).toEqual({ previous: 0, current: 0 });
  });

  it('compares each section, current sections first, then the ones the new version dropped', () => {
    expect(
      comparison.sections.map(({ sectionId, previous, current, change }) => [
        sectionId,
        previous,
        current,
        change,
      ]),
    ).toEqual([
      ['security', 0.1667, 0.75, 0.5833],
      ['accounting', 0.5, 0.5, 0],
      ['outside', null, 0, null],
      ['legacy', 0, null, null],
    ]);
  });

  it('sorts findings into closed, still open, new and no longer asked', () => {
    const { closed, stillOpen, opened, notReassessed } = comparison.findings;
    expect(closed.map(({ finding, answer }) => `${finding.itemId} ${answer}`)).toEqual([
      'keys yes',
      'counts yes',
      'alarm na',
    ]);
    expect(
      stillOpen.map(({ previous, current }) => `${previous.itemId} ${previous.severity}→${current.severity}`),
    ).toEqual(['doors major→minor']);
    expect(opened.map(({ itemId, severity }) => `${itemId} ${severity}`)).toEqual([
      'register major',
      'lighting minor',
    ]);
    expect(notReassessed.map(({ itemId }) => itemId)).toEqual(['old-question']);
  });

  it('refuses to compare assessments made with different checklists', () => {
    const other = { ...VERSION_1, key: 'icoc-weapons' };
    expect(
      compareAssessments({ template: VERSION_1, answers: FIRST }, { template: other, answers: FIRST }),
    ).toEqual({
      ok: false,
      refusal: { code: 'DIFFERENT_CHECKLISTS', previous: 'armoury-stockpile', current: 'icoc-weapons' },
    });
  });
});
