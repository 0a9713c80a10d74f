import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const AssessmentPage = lazyPage(() => import('./assessment-page'), 'AssessmentPage');
const AssessmentsPage = lazyPage(() => import('./assessments-page'), 'AssessmentsPage');
const ConductPage = lazyPage(() => import('./conduct-page'), 'ConductPage');
const PlanAssessmentPage = lazyPage(() => import('./plan-assessment-page'), 'PlanAssessmentPage');
const ProgrammePage = lazyPage(() => import('./programme-page'), 'ProgrammePage');
const TemplateEditorPage = lazyPage(() => import('./template-editor-page'), 'TemplateEditorPage');
const TemplatesPage = lazyPage(() => import('./templates-page'), 'TemplatesPage');

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
