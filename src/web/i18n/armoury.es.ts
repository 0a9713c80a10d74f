/** Spanish texts of the armoury screens (the reference; armoury.en.ts has the same keys). */
export const armouryEs = {
  title: 'Armería',
};
