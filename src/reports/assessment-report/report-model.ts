import type { LocalizedText } from '../../core/hazard/localized-text';

/** Everything the assessment report shows, gathered before rendering (no I/O in the document code). */
export interface AssessmentReportModel {
  readonly kind: 'voluntary' | 'self' | 'inspection';
  readonly companyName: string;
  readonly facilityName: string;
  readonly conductedByName: string;
  readonly plannedOn: string;
  readonly submittedAt: string | null;
  readonly assessors: readonly string[];
  readonly checklistTitle: LocalizedText;
  readonly checklistVersion: number;
  readonly achievedLevel: number;
  readonly levels: ReadonlyArray<{
    readonly level: 1 | 2 | 3;
    readonly score: number | null;
    readonly threshold: number;
    readonly achieved: boolean;
    readonly criticalFailed: readonly string[];
  }>;
  readonly sections: ReadonlyArray<{ readonly title: LocalizedText; readonly score: number | null }>;
  readonly findings: ReadonlyArray<{
    readonly itemId: string;
    readonly clause: string;
    readonly level: number;
    readonly severity: 'critical' | 'major' | 'minor';
    readonly answer: 'partial' | 'no' | 'unanswered';
    readonly question: LocalizedText;
  }>;
  readonly recommendations: ReadonlyArray<{ readonly clause: string; readonly text: string }>;
  readonly actions: ReadonlyArray<{
    readonly description: string;
    readonly owner: string;
    readonly dueOn: string;
    readonly status: 'open' | 'in-progress' | 'done' | 'verified';
    readonly evidence: string;
    readonly isOverdue: boolean;
  }>;
  readonly comparison: {
    readonly previousOn: string;
    readonly previousLevel: number;
    readonly levels: ReadonlyArray<{
      readonly level: 1 | 2 | 3;
      readonly previous: number | null;
      readonly current: number | null;
    }>;
    readonly closed: readonly string[];
    readonly stillOpen: readonly string[];
    readonly opened: readonly string[];
  } | null;
  readonly annex: ReadonlyArray<{
    readonly title: LocalizedText;
    readonly items: ReadonlyArray<{
      readonly itemId: string;
      readonly clause: string;
      readonly level: number;
      readonly isCritical: boolean;
      readonly question: LocalizedText;
      /** 'yes' | 'partial' | 'no' | 'na' | 'unanswered', or the value of a number or text item. */
      readonly answer: string | number;
      readonly note: string | null;
      readonly photos: ReadonlyArray<{ readonly contentType: string; readonly data: Buffer }>;
    }>;
  }>;
}
