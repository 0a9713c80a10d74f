import type { registryEs } from './registry.es';

export const registryEn: typeof registryEs = {
  title: 'Registry',
};
