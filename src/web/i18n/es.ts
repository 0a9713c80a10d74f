import { baseEs } from './base.es';
import { featuresEs } from './features.es';

/** Spanish: the reference language of the interface (base texts and every feature's). en.ts must have exactly the same keys. */
export const es = { ...baseEs, ...featuresEs };

export type Resources = typeof es;
