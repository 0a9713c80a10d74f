import type { LevelThresholds } from '../checklist-template';

/**
 * 0.8 for every level: Custodia's default, not a figure of the standard. The RRPL method has a score
 * threshold per level (fact sheet §4.1 [C]) but the fact sheet gives no value, so a programme or a
 * regulator sets its own in a new template version.
 */
export const DEFAULT_THRESHOLDS: LevelThresholds = { 1: 0.8, 2: 0.8, 3: 0.8 };
