import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistTemplate } from './checklist-template';
import { validateScoringTemplate, validateTemplate } from './validate-template';

function checklistItem(id: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    question: { es: '¿Pregunta?', en: 'Question?' },
    guidance: { es: 'Guía.', en: 'Guidance.' },
    clause: 'IATG 09.10 Keys',
    level: 1,
    weight: 1,
    critical: false,
    answerType: 'yes-partial-no-na',
    photoRequiredUnlessYes: false,
    ...overrides,
  };
}

function template(overrides: Partial<ChecklistTemplate> = {}): ChecklistTemplate {
  return {
    key: 'test-checklist',
    version: 1,
    title: { es: 'Lista', en: 'Checklist' },
    thresholds: { 1: 0.8, 2: 0.8, 3: 0.8 },
    sections: [
      { id: 's1', title: { es: 'Uno', en: 'One' }, items: [checklistItem('a'), checklistItem('b')] },
      { id: 's2', title: { es: 'Dos', en: 'Two' }, items: [checklistItem('c')] },
    ],
    ...overrides,
  };
}

const codes = (problems: ReturnType<typeof validateTemplate>) =>
  problems.map(({ path, code }) => `${path} ${code}`);

describe('validating a checklist template', () => {
  it('accepts a well-formed template', () => {
    expect(validateTemplate(template())).toEqual([]);
  });

  it('finds an item id used twice, even in different sections, and says where it was first', () => {
    const problems = validateTemplate(
      template({
        sections: [
          { id: 's1', title: { es: 'Uno', en: 'One' }, items: [checklistItem('a')] },
          { id: 's2', title: { es: 'Dos', en: 'Two' }, items: [checklistItem('a')] },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        path: 'sections[1].items[0].id',
        code: 'DUPLICATE_ITEM_ID',
        message: 'duplicate item id "a" (first at sections[0].items[0])',
      },
    ]);
  });

  it('finds a section id used twice', () => {
    const section = { id: 's1', title: { es: 'Uno', en: 'One' }, items: [checklistItem('a')] };
    const problems = validateTemplate(
      template({ sections: [section, { ...section, items: [checklistItem('b')] }] }),
    );
    expect(codes(problems)).toEqual(['sections[1].id DUPLICATE_SECTION_ID']);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the weight %s', (weight) => {
    const problems = validateTemplate(
      template({
        sections: [{ id: 's', title: { es: 'S', en: 'S' }, items: [checklistItem('a', { weight })] }],
      }),
    );
    expect(codes(problems)).toEqual(['sections[0].items[0].weight INVALID_WEIGHT']);
  });

  it.each([-0.01, 1.01, Number.NaN])('refuses the threshold %s', (value) => {
    const problems = validateTemplate(template({ thresholds: { 1: 0.8, 2: value, 3: 0.8 } }));
    expect(codes(problems)).toEqual(['thresholds.2 INVALID_THRESHOLD']);
  });

  it('accepts thresholds of exactly 0 and 1', () => {
    expect(validateTemplate(template({ thresholds: { 1: 0, 2: 1, 3: 1 } }))).toEqual([]);
  });

  it('refuses a missing threshold (templates also arrive as JSON)', () => {
    const thresholds = { 1: 0.8, 2: 0.8 } as unknown as ChecklistTemplate['thresholds'];
    expect(codes(validateTemplate(template({ thresholds })))).toEqual(['thresholds.3 INVALID_THRESHOLD']);
  });

  it('refuses a level outside 1–3, an unknown answer type, a missing clause and a missing translation', () => {
    const bad = checklistItem('a', {
      level: 4 as unknown as 1,
      answerType: 'photo' as unknown as 'text',
      clause: ' ',
      guidance: { es: 'Guía.', en: '' },
    });
    const problems = validateTemplate(
      template({ sections: [{ id: 's', title: { es: 'S', en: 'S' }, items: [bad] }] }),
    );
    expect(codes(problems)).toEqual([
      'sections[0].items[0].level INVALID_LEVEL',
      'sections[0].items[0].guidance.en MISSING_TEXT',
      'sections[0].items[0].clause MISSING_CLAUSE',
      'sections[0].items[0].answerType INVALID_ANSWER_TYPE',
    ]);
  });

  it('refuses a bad key, version, empty section and an empty title', () => {
    const problems = validateTemplate(
      template({
        key: 'Armoury Checklist',
        version: 0,
        title: { es: '', en: 'Checklist' },
        sections: [{ id: 's', title: { es: 'S', en: 'S' }, items: [] }],
      }),
    );
    expect(codes(problems)).toEqual([
      'key INVALID_KEY',
      'version INVALID_VERSION',
      'title.es MISSING_TEXT',
      'sections[0].items EMPTY_SECTION',
    ]);
  });
});

describe('validating the scoring part of a template (command-line input)', () => {
  const thresholds = { 1: 0.8, 2: 0.8, 3: 0.8 } as const;

  it('accepts a flat list of items', () => {
    expect(
      validateScoringTemplate({ thresholds, items: [{ id: 'k1', level: 1, weight: 2, critical: true }] }),
    ).toEqual([]);
  });

  it('reports duplicate ids, bad levels and non-positive weights with their paths', () => {
    const problems = validateScoringTemplate({
      thresholds,
      items: [
        { id: 'k1', level: 1, weight: 1, critical: false },
        { id: 'k1', level: 0 as unknown as 1, weight: -2, critical: false },
      ],
    });
    expect(problems.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'items[1].id: duplicate item id "k1" (first at items[0])',
      'items[1].level: the level must be 1, 2 or 3, not 0',
      'items[1].weight: the weight must be greater than 0, not -2',
    ]);
  });

  it('refuses a template without items', () => {
    expect(codes(validateScoringTemplate({ thresholds, items: [] }))).toEqual(['items NO_ITEMS']);
  });
});
