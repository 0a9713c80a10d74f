import { z } from 'zod';
import { ANSWER_TYPES } from '../core/assessment/checklist-template';

// Wire shapes of `custodia assessment score` (issue 7), for reuse by the API.

const Threshold = z
  .number({ error: 'must be a number from 0 to 1' })
  .min(0, { error: 'must be a number from 0 to 1' })
  .max(1, { error: 'must be a number from 0 to 1' });

const LevelCode = z.literal([1, 2, 3], {
  error: (issue) => `bad level ${JSON.stringify(issue.input)} (1, 2 or 3)`,
});

export const AssessmentScoreItem = z.object(
  {
    id: z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }),
    level: LevelCode,
    weight: z
      .number({ error: 'must be a number greater than 0' })
      .positive({ error: 'must be a number greater than 0' }),
    critical: z.boolean({ error: 'must be true or false' }),
    // Optional extension of the issue's contract: number and text items take such answers and do not score.
    answerType: z
      .enum(ANSWER_TYPES, { error: 'unknown answer type (yes-partial-no-na, number or text)' })
      .optional(),
  },
  { error: 'must be an object {"id", "level", "weight", "critical"}' },
);
export type AssessmentScoreItem = z.infer<typeof AssessmentScoreItem>;

export const AssessmentScoreRequest = z.object(
  {
    template: z.object(
      {
        thresholds: z.strictObject(
          { '1': Threshold, '2': Threshold, '3': Threshold },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? 'thresholds are given only for levels "1", "2" and "3"'
                : issue.input === undefined
                  ? 'missing thresholds: give {"1": t1, "2": t2, "3": t3}'
                  : 'must be an object {"1": t1, "2": t2, "3": t3}',
          },
        ),
        items: z
          .array(AssessmentScoreItem, { error: 'must be a list of items' })
          .min(1, { error: 'the template has no item' }),
      },
      { error: 'expected an object {"thresholds": {...}, "items": [...]}' },
    ),
    answers: z.record(
      z.string(),
      z.union([z.string(), z.number()], {
        error: (issue) => `unknown answer value ${JSON.stringify(issue.input)} (yes, partial, no or na)`,
      }),
      { error: 'must be an object {"<item id>": "<answer>"}' },
    ),
  },
  { error: 'expected an object {"template": {...}, "answers": {...}}' },
);
export type AssessmentScoreRequest = z.infer<typeof AssessmentScoreRequest>;

const LevelScore = z.object({
  score: z.number().min(0).max(1).nullable(),
  threshold: z.number().min(0).max(1),
  criticalFailed: z.array(z.string()),
  achieved: z.boolean(),
});

export const AssessmentScoreResponse = z.object({
  levels: z.object({ '1': LevelScore, '2': LevelScore, '3': LevelScore }),
  achievedLevel: z.literal([0, 1, 2, 3]),
});
export type AssessmentScoreResponse = z.infer<typeof AssessmentScoreResponse>;

// The assessments API (issue 7): templates as versioned content, assessments and their follow-up.

const Text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const LocalizedTextWire = z.object({ es: z.string().max(4000), en: z.string().max(4000) });
const IsoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const Uuid = z.uuid();

export const TemplateItemWire = z.object({
  id: z.string().max(80),
  question: LocalizedTextWire,
  guidance: LocalizedTextWire,
  clause: z.string().max(200),
  level: z.number(),
  weight: z.number(),
  critical: z.boolean(),
  answerType: z.string().max(40),
  photoRequiredUnlessYes: z.boolean(),
});
export const TemplateSectionWire = z.object({
  id: z.string().max(80),
  title: LocalizedTextWire,
  items: z.array(TemplateItemWire).max(300),
});
export const TemplateContentWire = z.object({
  title: LocalizedTextWire,
  thresholds: z.object({ '1': z.number(), '2': z.number(), '3': z.number() }),
  sections: z.array(TemplateSectionWire).max(60),
});
export type TemplateContentWire = z.infer<typeof TemplateContentWire>;

export const TemplateVersionStatus = z.enum(['draft', 'published']);

export const TemplateVersionSummary = z.object({
  id: Uuid,
  key: z.string(),
  version: z.number().int(),
  status: TemplateVersionStatus,
  title: LocalizedTextWire,
  itemCount: z.number().int(),
  basedOnId: Uuid.nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type TemplateVersionSummary = z.infer<typeof TemplateVersionSummary>;

export const TemplateList = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      title: LocalizedTextWire,
      latestPublished: TemplateVersionSummary.nullable(),
      versions: z.array(TemplateVersionSummary),
    }),
  ),
});
export type TemplateList = z.infer<typeof TemplateList>;

export const TemplateVersionDetail = TemplateVersionSummary.extend({
  content: TemplateContentWire,
});
export type TemplateVersionDetail = z.infer<typeof TemplateVersionDetail>;

export const SaveTemplateDraftRequest = z.object({ content: TemplateContentWire });
export type SaveTemplateDraftRequest = z.infer<typeof SaveTemplateDraftRequest>;

export const AssessmentKindWire = z.enum(['voluntary', 'self', 'inspection']);
export const AssessmentStatusWire = z.enum(['planned', 'in-progress', 'submitted']);
export const ChoiceAnswerWire = z.enum(['yes', 'partial', 'no', 'na']);
export const SeverityWire = z.enum(['critical', 'major', 'minor']);
export const CorrectiveActionStatus = z.enum(['open', 'in-progress', 'done', 'verified']);
export type CorrectiveActionStatus = z.infer<typeof CorrectiveActionStatus>;

export const PlanAssessmentRequest = z.object({
  kind: AssessmentKindWire,
  facilityId: Uuid,
  templateVersionId: Uuid,
  plannedOn: IsoDate,
  assessors: z.array(Text(120)).min(1, { error: 'name at least one assessor' }).max(20),
});
export type PlanAssessmentRequest = z.infer<typeof PlanAssessmentRequest>;

export const ListAssessmentsQuery = z.object({
  facilityId: Uuid.optional(),
  organisationId: Uuid.optional(),
  status: AssessmentStatusWire.optional(),
});
export type ListAssessmentsQuery = z.infer<typeof ListAssessmentsQuery>;

const LevelScoreWire = z.object({
  score: z.number().nullable(),
  threshold: z.number(),
  criticalFailed: z.array(z.string()),
  achieved: z.boolean(),
});
const SectionScoreWire = z.object({
  sectionId: z.string(),
  title: LocalizedTextWire,
  score: z.number().nullable(),
});

export const AssessmentSummary = z.object({
  id: Uuid,
  kind: AssessmentKindWire,
  status: AssessmentStatusWire,
  organisationId: Uuid,
  organisationName: z.string(),
  countryCode: z.string(),
  facilityId: Uuid,
  facilityName: z.string(),
  conductedByOrganisationId: Uuid,
  conductedByName: z.string(),
  templateVersionId: Uuid,
  templateKey: z.string(),
  templateVersion: z.number().int(),
  templateTitle: LocalizedTextWire,
  plannedOn: z.string(),
  assessors: z.array(z.string()),
  achievedLevel: z.number().int().nullable(),
  isSharedWithRegulator: z.boolean(),
  isSharedWithProgramme: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  overdueActions: z.number().int(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentList = z.object({ items: z.array(AssessmentSummary) });

export const AssessmentPhotoWire = z.object({
  id: Uuid,
  itemId: z.string(),
  contentType: z.string(),
  sha256: z.string(),
  byteLength: z.number().int(),
  createdAt: z.string(),
});
export type AssessmentPhotoWire = z.infer<typeof AssessmentPhotoWire>;

export const FindingWire = z.object({
  id: Uuid,
  itemId: z.string(),
  sectionId: z.string(),
  clause: z.string(),
  level: z.number().int(),
  answer: z.enum(['partial', 'no', 'unanswered']),
  severity: SeverityWire,
  question: LocalizedTextWire,
});
export type FindingWire = z.infer<typeof FindingWire>;

export const RecommendationWire = z.object({
  id: Uuid,
  findingId: Uuid.nullable(),
  clause: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type RecommendationWire = z.infer<typeof RecommendationWire>;

export const CorrectiveActionWire = z.object({
  id: Uuid,
  findingId: Uuid.nullable(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: CorrectiveActionStatus,
  evidence: z.string(),
  isOverdue: z.boolean(),
  updatedAt: z.string(),
});
export type CorrectiveActionWire = z.infer<typeof CorrectiveActionWire>;

export const AssessmentDetail = AssessmentSummary.extend({
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  notes: z.record(z.string(), z.string()),
  photos: z.array(AssessmentPhotoWire),
  result: z
    .object({
      levels: z.object({ '1': LevelScoreWire, '2': LevelScoreWire, '3': LevelScoreWire }),
      achievedLevel: z.number().int(),
      sections: z.array(SectionScoreWire),
      unanswered: z.array(z.string()),
    })
    .nullable(),
  findings: z.array(FindingWire),
  recommendations: z.array(RecommendationWire),
  correctiveActions: z.array(CorrectiveActionWire),
  previousAssessmentId: Uuid.nullable(),
  permissions: z.object({
    conduct: z.boolean(),
    share: z.boolean(),
    manageActions: z.boolean(),
    verifyActions: z.boolean(),
  }),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const SaveAnswersRequest = z.object({
  answers: z.record(z.string().max(80), z.union([z.string().max(4000), z.number(), z.null()])).optional(),
  notes: z.record(z.string().max(80), z.string().max(4000).nullable()).optional(),
});
export type SaveAnswersRequest = z.infer<typeof SaveAnswersRequest>;

export const SaveAnswersResponse = z.object({
  status: AssessmentStatusWire,
  updatedAt: z.string(),
  answered: z.number().int(),
});

export const PhotoUploadQuery = z.object({ itemId: z.string().min(1).max(80) });
export const AssessmentPhotoParams = z.object({ id: Uuid, photoId: Uuid });
export const CorrectiveActionParams = z.object({ id: Uuid, actionId: Uuid });

export const AddRecommendationRequest = z.object({
  findingId: Uuid.nullable().optional(),
  clause: Text(200),
  text: Text(4000),
});
export type AddRecommendationRequest = z.infer<typeof AddRecommendationRequest>;

export const AddCorrectiveActionRequest = z.object({
  findingId: Uuid.nullable().optional(),
  description: Text(4000),
  owner: Text(200),
  dueOn: IsoDate,
});
export type AddCorrectiveActionRequest = z.infer<typeof AddCorrectiveActionRequest>;

export const UpdateCorrectiveActionRequest = z.object({
  description: Text(4000).optional(),
  owner: Text(200).optional(),
  dueOn: IsoDate.optional(),
  status: CorrectiveActionStatus.optional(),
  evidence: z.string().max(4000).optional(),
});
export type UpdateCorrectiveActionRequest = z.infer<typeof UpdateCorrectiveActionRequest>;

export const ShareAssessmentRequest = z.object({
  isSharedWithRegulator: z.boolean().optional(),
  isSharedWithProgramme: z.boolean().optional(),
});
export type ShareAssessmentRequest = z.infer<typeof ShareAssessmentRequest>;

const ScoreChangeWire = z.object({
  previous: z.number().nullable(),
  current: z.number().nullable(),
  change: z.number().nullable(),
});
const ComparedFinding = z.object({
  itemId: z.string(),
  clause: z.string(),
  severity: SeverityWire,
  question: LocalizedTextWire,
});
export const AssessmentComparisonWire = z.object({
  previous: z
    .object({
      id: Uuid,
      plannedOn: z.string(),
      submittedAt: z.string().nullable(),
      achievedLevel: z.number().int().nullable(),
    })
    .nullable(),
  comparison: z
    .object({
      levels: z.object({ '1': ScoreChangeWire, '2': ScoreChangeWire, '3': ScoreChangeWire }),
      achievedLevel: z.object({ previous: z.number().int(), current: z.number().int() }),
      sections: z.array(ScoreChangeWire.extend({ sectionId: z.string(), title: LocalizedTextWire })),
      findings: z.object({
        closed: z.array(ComparedFinding.extend({ answer: z.enum(['yes', 'na']) })),
        stillOpen: z.array(ComparedFinding.extend({ previousSeverity: SeverityWire })),
        opened: z.array(ComparedFinding),
        notReassessed: z.array(ComparedFinding),
      }),
    })
    .nullable(),
});
export type AssessmentComparisonWire = z.infer<typeof AssessmentComparisonWire>;

export const ReportQuery = z.object({ lang: z.enum(['es', 'en']).default('es') });

export const ProgrammeOverview = z.object({
  assessmentsCounted: z.number().int(),
  levelsByCountry: z.array(
    z.object({
      countryCode: z.string(),
      levels: z.object({ '0': z.number(), '1': z.number(), '2': z.number(), '3': z.number() }),
    }),
  ),
  mostFailedItems: z.array(
    z.object({
      templateKey: z.string(),
      itemId: z.string(),
      clause: z.string(),
      question: LocalizedTextWire,
      failures: z.number().int(),
      assessed: z.number().int(),
    }),
  ),
  progress: z.array(
    z.object({
      facilityId: Uuid,
      facilityName: z.string(),
      organisationName: z.string(),
      countryCode: z.string(),
      templateKey: z.string(),
      firstLevel: z.number().int(),
      latestLevel: z.number().int(),
      firstScore: z.number().nullable(),
      latestScore: z.number().nullable(),
      assessments: z.number().int(),
    }),
  ),
});
export type ProgrammeOverview = z.infer<typeof ProgrammeOverview>;

export const PlanOptions = z.object({
  facilities: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      code: z.string(),
      organisationId: Uuid,
      organisationName: z.string(),
      kinds: z.array(AssessmentKindWire),
    }),
  ),
  templates: z.array(TemplateVersionSummary),
});
export type PlanOptions = z.infer<typeof PlanOptions>;
