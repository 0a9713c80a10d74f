import type { armouryEs } from './armoury.es';

export const armouryEn: typeof armouryEs = {
  title: 'Armoury',
};
