import type { ChecklistTemplate } from '../checklist-template';
import { ARMOURY_TEMPLATE } from './armoury-template';
import { ICOC_WEAPONS_TEMPLATE } from './icoc-weapons-template';
import { STOCKPILE_SOPS_TEMPLATE } from './stockpile-sops-template';

/** The checklists Custodia ships as version 1, each item citing its clause (issue 7). */
export const SHIPPED_TEMPLATES: readonly ChecklistTemplate[] = [
  ARMOURY_TEMPLATE,
  ICOC_WEAPONS_TEMPLATE,
  STOCKPILE_SOPS_TEMPLATE,
];
