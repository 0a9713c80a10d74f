import { baseEn } from './base.en';
import type { Resources } from './es';
import { featuresEn } from './features.en';

/** English: the same keys as es.ts (the types enforce it; resources.test.ts checks it too). */
export const en: Resources = { ...baseEn, ...featuresEn };
