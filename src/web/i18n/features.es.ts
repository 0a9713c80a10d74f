import { armouryEs } from './armoury.es';
import { assessmentsEs } from './assessments.es';
import { hazardEs } from './hazard.es';
import { incidentsEs } from './incidents.es';
import { registryEs } from './registry.es';
import { tracingEs } from './tracing.es';

/** The texts of every feature's screens, fetched after sign-in (the sign-in page needs only the base). */
export const featuresEs = {
  registry: registryEs,
  tracing: tracingEs,
  hazard: hazardEs,
  assessments: assessmentsEs,
  armoury: armouryEs,
  incidents: incidentsEs,
};
