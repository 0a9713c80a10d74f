/** Spanish texts of the registry screens (the reference; registry.en.ts has the same keys). */
export const registryEs = {
  title: 'Registro',
};
