import type { ChecklistTemplate } from '../checklist-template';
import { ARMOURY_SECURITY_SECTIONS } from './armoury-security-sections';
import { ARMOURY_STOCKPILE_SECTIONS } from './armoury-stockpile-sections';
import { DEFAULT_THRESHOLDS } from './default-thresholds';

/**
 * Shipped checklist 1: armoury and ammunition store, physical security and stockpile management, as
 * assessed in the UNLIREC–DCAF voluntary armoury assessments (fact sheet §10 [C]: site visits measuring
 * compliance with ISACS and IATG). The UNLIREC checklists themselves were not found (§10 [U]), so the
 * items are written afresh from fact sheet §2, §4.2, §4.3 and §5, each citing its clause.
 */
export const ARMOURY_TEMPLATE: ChecklistTemplate = {
  key: 'armoury-stockpile',
  version: 1,
  title: {
    es: 'Armería y depósito de municiones: seguridad física y gestión de existencias',
    en: 'Armoury and ammunition store: physical security and stockpile management',
  },
  thresholds: DEFAULT_THRESHOLDS,
  sections: [...ARMOURY_SECURITY_SECTIONS, ...ARMOURY_STOCKPILE_SECTIONS],
};
