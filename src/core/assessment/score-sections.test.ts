import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistTemplate, RrplLevel } from './checklist-template';
import { scoreSections } from './score-sections';

function checklistItem(
  id: string,
  level: RrplLevel,
  weight: number,
  extra: Partial<ChecklistItem> = {},
): ChecklistItem {
  return {
    id,
    question: { es: `¿${id}?`, en: `${id}?` },
    guidance: { es: 'Guía.', en: 'Guidance.' },
    clause: 'ISACS 05.20 outcome 4',
    level,
    weight,
    critical: false,
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
      items: [checklistItem('doors', 1, 3), checklistItem('alarm', 3, 1), checklistItem('windows', 1, 2)],
    },
    {
      id: 'fire',
      title: { es: 'Incendios', en: 'Fire' },
      items: [checklistItem('extinguishers', 1, 1), checklistItem('count', 1, 1, { answerType: 'number' })],
    },
  ],
};

describe('scoring each section', () => {
  it('takes the weighted share over the section items of every level, unanswered counting as "no"', () => {
    const [security, fire] = scoreSections(template, {
      doors: 'yes',
      alarm: 'partial',
      extinguishers: 'na',
      count: 4,
    });
    expect(security).toEqual({
      sectionId: 'security',
      title: { es: 'Seguridad', en: 'Security' },
      score: 0.5833, // (3 + 0.5 + 0) / 6
      answers: { yes: 1, partial: 1, no: 0, na: 0, unanswered: 1 },
    });
    // Only "not applicable" and a number item: nothing to score.
    expect(fire).toMatchObject({ sectionId: 'fire', score: null, answers: { na: 1, yes: 0, unanswered: 0 } });
  });
});
