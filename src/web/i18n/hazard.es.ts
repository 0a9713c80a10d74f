/** Spanish texts of the hazard screens (the reference; hazard.en.ts has the same keys). */
export const hazardEs = {
  title: 'Peligros y señales',
};
