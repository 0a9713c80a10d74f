import { describe, expect, it } from 'vitest';
import { listTemplateItems, toScoringTemplate } from '../checklist-template';
import type { ChecklistTemplate } from '../checklist-template';
import { scoreAssessment } from '../score-assessment';
import { validateTemplate } from '../validate-template';
import { ARMOURY_TEMPLATE } from './armoury-template';
import { ICOC_WEAPONS_TEMPLATE } from './icoc-weapons-template';
import { SHIPPED_TEMPLATES } from './shipped-templates';
import { STOCKPILE_SOPS_TEMPLATE } from './stockpile-sops-template';

// Fact sheet §4.2 [C]: the IATG 09.10 clauses and their RRPL levels (contents of IATG 09.10:2011).
const IATG_09_10_LEVELS: Record<string, number> = {
  'Stockpile risk assessment': 1,
  'Development of physical security systems': 1,
  'Security regulations': 1,
  'Security plan': 1,
  'Staff selection and vetting systems': 2,
  Keys: 1,
  'Combination locks': 3,
  'Entry to ammunition storage areas': 2,
  'Doors and gates': 2,
  Windows: 1,
  'Locks and padlocks': 2,
};

// Fact sheet §0 [C]: levels in the contents of IATG 01.50:2015.
const IATG_01_50_LEVELS: Record<string, number> = { '§6.1': 1, '§6.1.1': 1, '§6.2': 2, '§7': 2, '§7.2': 1 };

const KNOWN_CLAUSE =
  /^(ISACS 05\.20 outcome [1-7]|IATG 09\.10 .+|IATG 01\.50 §[\d.]+|IATG 02\.50|IATG 03\.10|ICoC (5[6-9]|6[0-3])(\([a-e]\))?|ICoC 60–62|ICoC 45–49|PoA II\.17)$/;

const items = (template: ChecklistTemplate) => listTemplateItems(template).map(({ item }) => item);
const clauses = (template: ChecklistTemplate) => new Set(items(template).map(({ clause }) => clause));

describe.each(SHIPPED_TEMPLATES.map((template) => [template.key, template] as const))(
  'shipped checklist %s',
  (_key, template) => {
    it('passes the template validator', () => {
      expect(validateTemplate(template)).toEqual([]);
    });

    it('cites a known clause on every item', () => {
      expect(items(template).filter(({ clause }) => !KNOWN_CLAUSE.test(clause))).toEqual([]);
    });

    it('keeps the fact sheet level of every IATG 09.10 and IATG 01.50 clause it cites', () => {
      for (const { id, clause, level } of items(template)) {
        const iatg0910 = /^IATG 09\.10 (.+)$/.exec(clause)?.[1];
        if (iatg0910 !== undefined) expect({ id, level }).toEqual({ id, level: IATG_09_10_LEVELS[iatg0910] });
        const iatg0150 = /^IATG 01\.50 (§[\d.]+)$/.exec(clause)?.[1];
        if (iatg0150 !== undefined) expect({ id, level }).toEqual({ id, level: IATG_01_50_LEVELS[iatg0150] });
      }
    });

    it('asks every yes/no question in Spanish and English, as a question in each', () => {
      for (const { id, question, guidance, answerType } of items(template)) {
        expect(question.es, id).not.toBe(question.en);
        expect(guidance.es, id).not.toBe(guidance.en);
        if (answerType !== 'yes-partial-no-na') continue;
        expect(question.es, id).toMatch(/^¿.+\?$/);
        expect(question.en, id).toMatch(/^[A-Z].+\?$/);
      }
    });

    it('asks for photos only on yes/no items', () => {
      const photoOnFacts = items(template).filter(
        ({ answerType, photoRequiredUnlessYes }) =>
          answerType !== 'yes-partial-no-na' && photoRequiredUnlessYes,
      );
      expect(photoOnFacts).toEqual([]);
    });

    it('has scored items at every level and a critical item at level 1', () => {
      const scored = items(template).filter(({ answerType }) => answerType === 'yes-partial-no-na');
      expect(new Set(scored.map(({ level }) => level))).toEqual(new Set([1, 2, 3]));
      expect(scored.some(({ level, critical }) => level === 1 && critical)).toBe(true);
    });

    it('reaches level 3 when everything is met, and level 0 when nothing is', () => {
      const scoring = toScoringTemplate(template);
      const answerAll = (answer: string) => Object.fromEntries(scoring.items.map(({ id }) => [id, answer]));
      expect(scoreAssessment(scoring, answerAll('yes')).achievedLevel).toBe(3);
      expect(scoreAssessment(scoring, answerAll('no')).achievedLevel).toBe(0);
      // The full checklist scores the same as its flat list of items.
      expect(scoreAssessment(template, answerAll('partial'))).toEqual(
        scoreAssessment(scoring, answerAll('partial')),
      );
    });

    it('uses the default threshold of 0.8 at every level', () => {
      expect(template.thresholds).toEqual({ 1: 0.8, 2: 0.8, 3: 0.8 });
    });
  },
);

describe('the set of shipped checklists', () => {
  it('has three templates with distinct keys, each at version 1', () => {
    expect(SHIPPED_TEMPLATES.map(({ key, version }) => `${key}@${version}`)).toEqual([
      'armoury-stockpile@1',
      'icoc-weapons@1',
      'stockpile-sops@1',
    ]);
  });

  it('covers every ISACS 05.20 outcome and every IATG 09.10 clause of the fact sheet in the armoury checklist', () => {
    const cited = clauses(ARMOURY_TEMPLATE);
    for (const outcome of [1, 2, 3, 4, 5, 6, 7]) expect(cited).toContain(`ISACS 05.20 outcome ${outcome}`);
    for (const clause of Object.keys(IATG_09_10_LEVELS)) expect(cited).toContain(`IATG 09.10 ${clause}`);
    for (const clause of ['IATG 02.50', 'IATG 03.10', 'IATG 01.50 §7']) expect(cited).toContain(clause);
  });

  it('covers ICoC paragraphs 56 to 63 in the ICoC checklist', () => {
    const cited = [...clauses(ICOC_WEAPONS_TEMPLATE)].join(' | ');
    for (const paragraph of [
      'ICoC 56',
      'ICoC 57',
      'ICoC 58(a)',
      'ICoC 58(e)',
      'ICoC 59',
      'ICoC 60–62',
      'ICoC 63',
    ]) {
      expect(cited).toContain(paragraph);
    }
  });

  it('asks whether each stockpile SOP exists and whether it is applied', () => {
    const ids = new Set(items(STOCKPILE_SOPS_TEMPLATE).map(({ id }) => id));
    const sops = [
      'inventory',
      'key-control',
      'issue-return',
      'counts',
      'incident-notification',
      'security-plan',
      'risk-assessment',
    ];
    for (const sop of sops) {
      expect(ids).toContain(`${sop}-written`);
      expect(ids).toContain(`${sop}-applied`);
    }
  });
});
