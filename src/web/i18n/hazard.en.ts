import type { hazardEs } from './hazard.es';

export const hazardEn: typeof hazardEs = {
  title: 'Hazards and signs',
};
