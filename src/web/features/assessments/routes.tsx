import type { RouteObject } from 'react-router';
import { AssessmentPage } from './assessment-page';
import { AssessmentsPage } from './assessments-page';
import { ConductPage } from './conduct-page';
import { PlanAssessmentPage } from './plan-assessment-page';
import { ProgrammePage } from './programme-page';
import { TemplateEditorPage } from './template-editor-page';
import { TemplatesPage } from './templates-page';

/** The assessments screens, mounted inside the signed-in layout by app-router.tsx. */
export const assessmentsRoutes: RouteObject[] = [
  { path: 'assessments', element: <AssessmentsPage /> },
  { path: 'assessments/new', element: <PlanAssessmentPage /> },
  { path: 'assessments/programme', element: <ProgrammePage /> },
  { path: 'assessments/templates', element: <TemplatesPage /> },
  { path: 'assessments/templates/:id', element: <TemplateEditorPage /> },
  { path: 'assessments/:id', element: <AssessmentPage /> },
  { path: 'assessments/:id/conduct', element: <ConductPage /> },
];
