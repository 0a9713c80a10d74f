import type { LocalizedText } from '../hazard/localized-text';

/**
 * Risk Reduction Process Levels: IATG tasks are graded 1, 2 and 3 by complexity, and RRPL 1 "will
 * reduce risk significantly" (fact sheet §4.1 [C]). Level 0 means a site does not reach level 1.
 */
export const RRPL_LEVELS = [1, 2, 3] as const;
export type RrplLevel = (typeof RRPL_LEVELS)[number];
export type AchievedLevel = 0 | RrplLevel;

export const ANSWER_TYPES = ['yes-partial-no-na', 'number', 'text'] as const;
/** Only 'yes-partial-no-na' items score; a number or text item records a fact for the report. */
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The score a site must reach for each level, a share in [0, 1] (fact sheet §4.1: "score threshold"). */
export type LevelThresholds = Readonly<Record<RrplLevel, number>>;

/** What scoring needs to know about an item; a full checklist item carries more. */
export interface ScoringItem {
  readonly id: string;
  readonly level: RrplLevel;
  readonly weight: number;
  /** Critical for its level: the site reaches this level or above only if the item is answered yes. */
  readonly critical: boolean;
  /** Absent means 'yes-partial-no-na', as in the command-line input. */
  readonly answerType?: AnswerType;
}

/** The least a scorer needs: thresholds and a flat list of items (the command-line input shape). */
export interface ScoringTemplate {
  readonly thresholds: LevelThresholds;
  readonly items: readonly ScoringItem[];
}

export interface ChecklistItem extends ScoringItem {
  readonly question: LocalizedText;
  readonly guidance: LocalizedText;
  /** The clause the item implements, e.g. "ISACS 05.20 outcome 4", "IATG 09.10 Keys", "ICoC 58(b)". */
  readonly clause: string;
  readonly answerType: AnswerType;
  /** The assessor must attach a photo whenever the answer is anything other than yes. */
  readonly photoRequiredUnlessYes: boolean;
}

export interface ChecklistSection {
  readonly id: string;
  readonly title: LocalizedText;
  readonly items: readonly ChecklistItem[];
}

/** A published version is immutable: a change makes a new version, and an assessment names the one it used. */
export interface ChecklistTemplate {
  readonly key: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly thresholds: LevelThresholds;
  readonly sections: readonly ChecklistSection[];
}

/** Every item of a template, in section order, with the section it belongs to. */
export function listTemplateItems(
  template: ChecklistTemplate,
): { readonly sectionId: string; readonly item: ChecklistItem }[] {
  return template.sections.flatMap((section) =>
    section.items.map((item) => ({ sectionId: section.id, item })),
  );
}

/** The scoring view of a checklist: its thresholds and its items, sections flattened. */
export function toScoringTemplate(template: ChecklistTemplate): ScoringTemplate {
  return {
    thresholds: template.thresholds,
    items: template.sections.flatMap((section) => section.items),
  };
}

export function isScoredItem(item: ScoringItem): boolean {
  return (item.answerType ?? 'yes-partial-no-na') === 'yes-partial-no-na';
}
