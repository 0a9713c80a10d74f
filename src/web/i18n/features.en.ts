import { armouryEn } from './armoury.en';
import { assessmentsEn } from './assessments.en';
import { hazardEn } from './hazard.en';
import { incidentsEn } from './incidents.en';
import { registryEn } from './registry.en';
import { tracingEn } from './tracing.en';

import type { featuresEs } from './features.es';

/** English texts of every feature's screens (same keys as features.es.ts). */
export const featuresEn: typeof featuresEs = {
  registry: registryEn,
  tracing: tracingEn,
  hazard: hazardEn,
  assessments: assessmentsEn,
  armoury: armouryEn,
  incidents: incidentsEn,
};
