import type { assessmentsEs } from './assessments.es';

export const assessmentsEn: typeof assessmentsEs = {
  title: 'Assessments',
};
