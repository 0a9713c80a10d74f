/** Tables of the assessments capability (migration 0004-assessments). JSON columns hold text. */
export interface AssessmentTemplateVersionTable {
  id: string;
  template_key: string;
  version: number;
  /** 'draft' | 'published' */
  status: string;
  /** The ChecklistTemplate as JSON. */
  content: string;
  based_on_id: string | null;
  created_at: string;
  created_by_user_id: string | null;
  updated_at: string;
  published_at: string | null;
  published_by_user_id: string | null;
}

export interface AssessmentTable {
  id: string;
  /** 'voluntary' | 'self' | 'inspection' */
  kind: string;
  /** The assessed company. */
  organisation_id: string;
  facility_id: string;
  conducted_by_organisation_id: string;
  template_version_id: string;
  template_key: string;
  planned_on: string;
  /** JSON array of names. */
  assessors: string;
  /** 'planned' | 'in-progress' | 'submitted' */
  status: string;
  /** JSON object item id → answer. */
  answers: string;
  /** JSON object item id → note. */
  notes: string;
  shared_with_regulator: number;
  shared_with_programme: number;
  achieved_level: number | null;
  /** JSON of the score at submission (levels, sections). */
  result: string | null;
  created_at: string;
  created_by_user_id: string | null;
  updated_at: string;
  submitted_at: string | null;
  submitted_by_user_id: string | null;
}

export interface AssessmentFindingTable {
  id: string;
  assessment_id: string;
  position: number;
  item_id: string;
  section_id: string;
  clause: string;
  level: number;
  answer: string;
  severity: string;
}

export interface AssessmentRecommendationTable {
  id: string;
  assessment_id: string;
  finding_id: string | null;
  clause: string;
  text: string;
  created_at: string;
  created_by_user_id: string | null;
}

export interface CorrectiveActionTable {
  id: string;
  assessment_id: string;
  finding_id: string | null;
  description: string;
  owner: string;
  due_on: string;
  /** 'open' | 'in-progress' | 'done' | 'verified' */
  status: string;
  evidence: string;
  created_at: string;
  created_by_user_id: string | null;
  updated_at: string;
  updated_by_user_id: string | null;
}

export interface AssessmentPhotoTable {
  id: string;
  assessment_id: string;
  item_id: string;
  content_type: string;
  sha256: string;
  byte_length: number;
  data: Buffer;
  created_at: string;
  created_by_user_id: string | null;
}

export interface AssessmentTables {
  assessment_template_version: AssessmentTemplateVersionTable;
  assessment: AssessmentTable;
  assessment_finding: AssessmentFindingTable;
  assessment_recommendation: AssessmentRecommendationTable;
  corrective_action: CorrectiveActionTable;
  assessment_photo: AssessmentPhotoTable;
}
