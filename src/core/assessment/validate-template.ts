import { ANSWER_TYPES, RRPL_LEVELS } from './checklist-template';
import type { ChecklistTemplate, ScoringItem, ScoringTemplate } from './checklist-template';

export type TemplateProblemCode =
  | 'INVALID_KEY'
  | 'INVALID_VERSION'
  | 'MISSING_TEXT'
  | 'MISSING_CLAUSE'
  | 'INVALID_THRESHOLD'
  | 'NO_ITEMS'
  | 'EMPTY_SECTION'
  | 'INVALID_ID'
  | 'DUPLICATE_SECTION_ID'
  | 'DUPLICATE_ITEM_ID'
  | 'INVALID_LEVEL'
  | 'INVALID_WEIGHT'
  | 'INVALID_FLAG'
  | 'INVALID_ANSWER_TYPE';

/** One thing wrong with a template, located by a path such as `sections[1].items[0].weight`. */
export interface TemplateProblem {
  readonly path: string;
  readonly code: TemplateProblemCode;
  readonly message: string;
}

// Keys and ids are stable machine names: comparisons between assessments match items by id.
const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * Problems with the scoring part of a template: thresholds for levels 1–3 in [0, 1], at least one
 * item, unique item ids, levels 1–3 and weights greater than zero. Empty when the template is usable.
 * Checked at run time as well as by the types, because templates also arrive as JSON.
 */
export function validateScoringTemplate(template: ScoringTemplate): TemplateProblem[] {
  const problems = checkThresholds(template);
  if (template.items.length === 0) problems.push(problem('items', 'NO_ITEMS', 'the template has no item'));
  const firstPathById = new Map<string, string>();
  template.items.forEach((item, index) => {
    problems.push(...checkScoringItem(item, `items[${index}]`, firstPathById));
  });
  return problems;
}

/** Everything validateScoringTemplate checks, plus the checklist's texts, sections and metadata. */
export function validateTemplate(template: ChecklistTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (typeof template.key !== 'string' || !SLUG.test(template.key)) {
    problems.push(problem('key', 'INVALID_KEY', 'the key must be lower-case letters, digits and hyphens'));
  }
  if (!Number.isInteger(template.version) || template.version < 1) {
    problems.push(problem('version', 'INVALID_VERSION', 'the version must be a whole number from 1'));
  }
  problems.push(...checkText(template.title, 'title'), ...checkThresholds(template));
  if (template.sections.length === 0)
    problems.push(problem('sections', 'NO_ITEMS', 'the template has no section'));

  const sectionPathById = new Map<string, string>();
  const itemPathById = new Map<string, string>();
  template.sections.forEach((section, sectionIndex) => {
    const sectionPath = `sections[${sectionIndex}]`;
    problems.push(
      ...checkId(section.id, `${sectionPath}.id`, sectionPathById, 'DUPLICATE_SECTION_ID', 'section'),
    );
    problems.push(...checkText(section.title, `${sectionPath}.title`));
    if (section.items.length === 0) {
      problems.push(problem(`${sectionPath}.items`, 'EMPTY_SECTION', 'the section has no item'));
    }
    section.items.forEach((item, itemIndex) => {
      const path = `${sectionPath}.items[${itemIndex}]`;
      problems.push(...checkScoringItem(item, path, itemPathById));
      problems.push(
        ...checkText(item.question, `${path}.question`),
        ...checkText(item.guidance, `${path}.guidance`),
      );
      if (typeof item.clause !== 'string' || item.clause.trim() === '') {
        problems.push(
          problem(`${path}.clause`, 'MISSING_CLAUSE', 'every item names the clause it implements'),
        );
      }
      if (!(ANSWER_TYPES as readonly string[]).includes(item.answerType)) {
        problems.push(
          problem(
            `${path}.answerType`,
            'INVALID_ANSWER_TYPE',
            `unknown answer type "${String(item.answerType)}"`,
          ),
        );
      }
      if (typeof item.photoRequiredUnlessYes !== 'boolean') {
        problems.push(problem(`${path}.photoRequiredUnlessYes`, 'INVALID_FLAG', 'must be true or false'));
      }
    });
  });
  return problems;
}

function checkThresholds(template: Pick<ScoringTemplate, 'thresholds'>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const level of RRPL_LEVELS) {
    const threshold: unknown = template.thresholds[level];
    if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
      problems.push(
        problem(`thresholds.${level}`, 'INVALID_THRESHOLD', 'the threshold must be a number from 0 to 1'),
      );
    }
  }
  return problems;
}

function checkScoringItem(
  item: ScoringItem,
  path: string,
  firstPathById: Map<string, string>,
): TemplateProblem[] {
  const problems = checkId(item.id, `${path}.id`, firstPathById, 'DUPLICATE_ITEM_ID', 'item');
  if (!(RRPL_LEVELS as readonly number[]).includes(item.level)) {
    problems.push(
      problem(`${path}.level`, 'INVALID_LEVEL', `the level must be 1, 2 or 3, not ${String(item.level)}`),
    );
  }
  if (typeof item.weight !== 'number' || !Number.isFinite(item.weight) || item.weight <= 0) {
    problems.push(
      problem(
        `${path}.weight`,
        'INVALID_WEIGHT',
        `the weight must be greater than 0, not ${String(item.weight)}`,
      ),
    );
  }
  if (typeof item.critical !== 'boolean') {
    problems.push(problem(`${path}.critical`, 'INVALID_FLAG', 'must be true or false'));
  }
  return problems;
}

function checkId(
  id: string,
  path: string,
  firstPathById: Map<string, string>,
  duplicateCode: 'DUPLICATE_ITEM_ID' | 'DUPLICATE_SECTION_ID',
  what: 'item' | 'section',
): TemplateProblem[] {
  if (typeof id !== 'string' || id === '')
    return [problem(path, 'INVALID_ID', `the ${what} id must not be empty`)];
  const first = firstPathById.get(id);
  if (first !== undefined)
    return [problem(path, duplicateCode, `duplicate ${what} id "${id}" (first at ${first})`)];
  firstPathById.set(id, path.replace(/\.id$/, ''));
  return [];
}

function checkText(text: { es: string; en: string } | undefined, path: string): TemplateProblem[] {
  return (['es', 'en'] as const)
    .filter((language) => typeof text?.[language] !== 'string' || text[language].trim() === '')
    .map((language) => problem(`${path}.${language}`, 'MISSING_TEXT', `the ${language} text is missing`));
}

function problem(path: string, code: TemplateProblemCode, message: string): TemplateProblem {
  return { path, code, message };
}
