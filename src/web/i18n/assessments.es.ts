/** Spanish texts of the assessments screens (the reference; assessments.en.ts has the same keys). */
export const assessmentsEs = {
  title: 'Evaluaciones',
};
