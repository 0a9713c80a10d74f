/** Tables of the assessments capability (migration 0004-assessments). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AssessmentTables {}
